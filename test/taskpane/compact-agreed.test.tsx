/** @jest-environment jsdom */
// Issue 28 point 7: after agreement every box is compact (its text read-only, ‘Aanvulling’ and
// ‘Corrigeren’); only the box being amended opens, one at a time, and focus moves into it.
// Pixel heights are the e2e suite's to measure; this tests the structure.
import { screen, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { expectNoAxeViolations, openPart, renderFormOnWord, stopHost } from "./helpers";

afterEach(stopHost);

const AGREED = "20200901";
const group = (name: string | RegExp) => screen.getByRole("group", { name });

describe("agreed boxes are compact until opened", () => {
  test("a table step shows its cells' text with no editor open", async () => {
    const { user, container } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(user, /^Stap 5/);
    const step = screen.getByRole("region", { name: /^Stap 5/ });
    expect(within(step).queryAllByRole("textbox")).toEqual([]);
    const row = group("Afspraken, rij 1");
    expect(within(row).getByRole("group", { name: "Afspraak" })).toHaveTextContent("Huisbezoek");
    expect(within(row).getByRole("button", { name: "Aanvulling bij ‘Afspraak’" })).toBeInTheDocument();
    expect(within(row).getByRole("button", { name: "Corrigeren: ‘Afspraak’" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("one box open at a time; opening moves focus into its editor, Sluiten back to its button", async () => {
    const { user, container } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(user, /^Stap 5/);
    const step = () => screen.getByRole("region", { name: /^Stap 5/ });
    await user.click(screen.getByRole("button", { name: "Aanvulling bij ‘Afspraak’" }));
    expect(within(step()).getAllByRole("textbox")).toHaveLength(1);
    expect(within(group("Afspraak")).getByRole("textbox", { name: /Aanvulling bij ‘Afspraak’/ })).toHaveFocus();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole("button", { name: "Corrigeren: ‘Wanneer’" }));
    // the first closed, only the second is open, and the cursor is in it
    expect(within(step()).getAllByRole("textbox")).toHaveLength(1);
    expect(within(group("Afspraak")).queryByRole("textbox")).toBeNull();
    const wanneer = within(group("Wanneer")).getByRole("textbox");
    expect(wanneer).toHaveValue("Wekelijks");
    expect(wanneer).toHaveFocus();

    await user.click(within(group("Wanneer")).getByRole("button", { name: "Sluiten" }));
    expect(within(step()).queryAllByRole("textbox")).toEqual([]);
    expect(screen.getByRole("button", { name: "Corrigeren: ‘Wanneer’" })).toHaveFocus();
  });

  test("an unsaved correction in a closed box is named there, and kept", async () => {
    const { user } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(user, /^Stap 5/);
    await user.click(screen.getByRole("button", { name: "Corrigeren: ‘Wanneer’" }));
    await user.type(within(group("Wanneer")).getByRole("textbox"), " op dinsdag");
    await user.click(screen.getByRole("button", { name: "Corrigeren: ‘Afspraak’" }));
    expect(group("Wanneer")).toHaveTextContent("Correctie nog niet opgeslagen");
    await user.click(screen.getByRole("button", { name: "Corrigeren: ‘Wanneer’" }));
    expect(within(group("Wanneer")).getByRole("textbox")).toHaveValue("Wekelijks op dinsdag");
  });
});
