/** @jest-environment jsdom */
// Filling at the speed of talk: before agreement there is no per-box button (a box is saved when
// it is left, a table row when focus leaves the row), tables are filled like a grid (Tab order is
// cell to cell, Enter in the last cell adds a row), and after agreement a correction keeps its
// explicit button.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TEMPLATE } from "../../src/domain";
import { stepLabel } from "../../src/taskpane/components/parts";
import { filledValues } from "handreiking-fixtures/form-values";
import {
  clickWhenEnabled,
  documentNow,
  expectNoAxeViolations,
  openPart,
  PETRA,
  renderFormOnWord,
  stopHost,
} from "./helpers";

afterEach(stopHost);

const AGREED = "20200901";
const row = (name: string) => screen.getByRole("group", { name });
const cell = (rowGroup: HTMLElement, column: string) =>
  within(within(rowGroup).getByRole("group", { name: column })).getAllByRole("textbox")[0]!;
/** What Tab walks through, in order (the browser's order: DOM order, without tabindex -1 or disabled). */
const tabOrder = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>("input, button, select, textarea, [tabindex]")).filter(
    (el) => el.getAttribute("tabindex") !== "-1" && !(el as HTMLButtonElement).disabled,
  );

describe("before agreement: no per-box buttons", () => {
  test("no step shows a save button for a box or a cell", async () => {
    const { user, container } = await renderFormOnWord();
    for (const step of TEMPLATE.steps) {
      await openPart(user, new RegExp(`^${stepLabel(step).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      expect(screen.queryByRole("button", { name: /opslaan/i })).not.toBeInTheDocument();
    }
    await expectNoAxeViolations(container);
  });

  test("the boxes one person fills are one log entry, saying which steps and how many boxes", async () => {
    const { user, gateway } = await renderFormOnWord();
    const before = (await documentNow()).data!.changeLog.length; // the conversion's own entries
    await user.click(within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox"));
    await user.paste("ES");
    await user.click(within(screen.getByRole("group", { name: "Datum MDO" })).getByRole("textbox"));
    await user.paste("01-09-2020");
    await user.click(document.body);
    await waitFor(() => expect(gateway.callsOf("writeBox")).toHaveLength(2));
    await act(() => gateway.settled());
    const log = (await documentNow()).data!.changeLog;
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({
      kind: "edit",
      initials: "PH",
      filled: ["initialen", "datumMdo"],
      description: "Ingevuld in het MDO, 12:00: Basisgegevens (2 vakken).",
    });
    expect(
      await within(screen.getByRole("group", { name: "Initialen jeugdige" })).findByText(
        "Opgeslagen · PH 20200902, Ambiq",
      ),
    ).toBeInTheDocument();
  });

  test("Escape puts the saved text back; leaving the box then saves nothing", async () => {
    const { user, gateway } = await renderFormOnWord();
    const input = within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox");
    await user.click(input);
    await user.paste("ES");
    await user.keyboard("{Escape}");
    expect(input).toHaveValue("");
    await user.click(document.body);
    expect(gateway.callsOf("writeBox")).toEqual([]);
  });
});

describe("tables as a grid", () => {
  test("Tab goes from cell to cell and row to row; the remove buttons are out of the way", async () => {
    const { user } = await renderFormOnWord();
    await openPart(user, /^Stap 2 – Betrokkenen/);
    const table = screen.getByRole("region", { name: "Betrokkenen" });
    const columns = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.id === "betrokkenen")?.columns ?? [];
    const rows = within(table).getAllByRole("group", { name: /^Betrokkenen, rij \d+$/ });
    const cells = rows.flatMap((r) => columns.map((c) => cell(r, c.label)));
    expect(tabOrder(table)).toEqual([...cells, within(table).getByRole("button", { name: "Rij toevoegen" })]);
    expect(within(rows[0]!).getByRole("button", { name: "Rij verwijderen" })).toHaveAttribute("tabindex", "-1");
    expect(rows[0]).toHaveAttribute("aria-keyshortcuts", "Control+Delete");
  });

  test("Enter in the last cell of the last row adds a row, puts the cursor in its first cell and saves the row left", async () => {
    const { user, gateway, container } = await renderFormOnWord();
    await openPart(user, /^Stap 4 – Gezamenlijke doelen/);
    // the template brings three empty rows: the last is the third
    const first = row("Doelen, rij 3");
    await user.click(cell(first, "Doel"));
    await user.paste("Naar school");
    await user.click(cell(first, "Termijn"));
    await user.paste("3 maanden");
    // Enter waits while Word answers (selecting the cell), as ‘Rij toevoegen’ shows
    await waitFor(() => expect(screen.getByRole("button", { name: "Rij toevoegen" })).toBeEnabled());
    await user.keyboard("{Enter}");
    const second = await screen.findByRole("group", { name: "Doelen, rij 4" });
    await waitFor(() => expect(cell(second, "Doel")).toHaveFocus());
    expect(gateway.callsOf("addRow")).toEqual([["doelen", PETRA]]);
    await waitFor(() =>
      expect(gateway.callsOf("writeBox").map((c) => c.slice(0, 2))).toEqual([
        [expect.stringMatching(/^doelen\.\w+\.doel$/), "Naar school"],
        [expect.stringMatching(/^doelen\.\w+\.termijn$/), "3 maanden"],
      ]),
    );
    // Enter in a new, still empty row adds no further row.
    await user.click(cell(second, "Termijn"));
    await user.keyboard("{Enter}");
    expect(gateway.callsOf("addRow")).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  test("Ctrl+Delete in a row asks first, with the question focused", async () => {
    const { user, gateway } = await renderFormOnWord();
    await openPart(user, /^Stap 2 – Betrokkenen/);
    const second = row("Betrokkenen, rij 2");
    await user.click(cell(second, "Naam"));
    await user.keyboard("{Control>}{Delete}{/Control}");
    const yes = within(second).getByRole("button", { name: "Ja, verwijderen" });
    expect(yes).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.callsOf("removeRow")).toHaveLength(1));
  });
});

describe("after agreement: corrections keep their explicit action", () => {
  test("a cell has 'Correctie opslaan', leaving it saves nothing and Enter adds no row", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(user, /^Stap 4 – Gezamenlijke doelen/);
    const first = row("Doelen, rij 1");
    await user.click(within(first).getByRole("button", { name: "Corrigeren: ‘Termijn’" }));
    const input = cell(first, "Termijn");
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { value: "6 maanden" } });
    await user.click(input);
    await user.keyboard("{Enter}");
    await user.click(document.body);
    expect(gateway.callsOf("addRow")).toEqual([]);
    expect(gateway.callsOf("writeBox")).toEqual([]);
    await clickWhenEnabled(user, () =>
      within(within(first).getByRole("group", { name: "Termijn" })).getByRole("button", { name: "Correctie opslaan" }),
    );
    await waitFor(() => expect(gateway.callsOf("writeBox").map((c) => c[1])).toEqual(["6 maanden"]));
  });
});
