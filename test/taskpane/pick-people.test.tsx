/** @jest-environment jsdom */
// Issue 28 point 9: the regisseur, the deputy and ‘Wie’ offer the people of step 2 (a combobox:
// typing stays free); picking one writes the person as step 2 has them, the same everywhere.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { expectNoAxeViolations, openPart, documentNow, PETRA, renderFormOnWord, stopHost } from "./helpers";

afterEach(stopHost);

const options = (input: HTMLElement): string[] => {
  const list = document.getElementById(input.getAttribute("list") ?? "");
  return [...(list?.querySelectorAll("option") ?? [])].map((o) => o.value);
};

describe("pick lists from the betrokkenen", () => {
  test("the regisseur: picking fills name and organisation as step 2 writes them; the box saves that", async () => {
    const { user, gateway, container } = await renderFormOnWord({
      values: { ...filledValues(), regisseur: { name: "", organisation: "" } },
    });
    await openPart(user, /^Stap 3 – Regie/);
    const regisseur = screen.getByRole("group", { name: "Wie is de regisseur?" });
    const name = within(regisseur).getByRole("combobox", { name: /Naam/ });
    expect(options(name)).toEqual(["Moeder", "Petra Hof (Ambiq)"]);
    await expectNoAxeViolations(container);
    // the browser puts the picked option's text in the field
    fireEvent.change(name, { target: { value: "Petra Hof (Ambiq)" } });
    expect(name).toHaveValue("Petra Hof");
    expect(within(regisseur).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Ambiq");
    fireEvent.blur(name);
    await waitFor(() => expect(gateway.callsOf("writeBox")).toEqual([["regisseur", "Petra Hof (Ambiq)", PETRA]]));
  });

  test("typing stays free: a name nobody in step 2 has is kept as typed, the organisation untouched", async () => {
    const { user } = await renderFormOnWord({
      values: { ...filledValues(), regisseur: { name: "", organisation: "Tactus" } },
    });
    await openPart(user, /^Stap 3 – Regie/);
    const regisseur = screen.getByRole("group", { name: "Wie is de regisseur?" });
    const name = within(regisseur).getByRole("combobox", { name: /Naam/ });
    await user.type(name, "Jan de Vries");
    expect(name).toHaveValue("Jan de Vries");
    expect(within(regisseur).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Tactus");
    // a whole name typed while an organisation is there does not overwrite it
    await user.clear(name);
    await user.type(name, "Petra Hof");
    expect(within(regisseur).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Tactus");
  });

  test("‘Wie (organisatie)’ offers step 2's organisations as written there; the deputy its people", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues() });
    // the row's key as the Word layer made it
    const firstAfspraak = (await documentNow()).data?.rowOrder.afspraken?.[0];
    await openPart(user, /^Stap 5/);
    const wie = within(screen.getByRole("group", { name: "Afspraken, rij 1" })).getByRole("combobox", {
      name: /Wie \(organisatie\)/,
    });
    // ‘Moeder’ has no organisation: only Ambiq
    expect(options(wie)).toEqual(["Ambiq"]);
    fireEvent.change(wie, { target: { value: "" } });
    fireEvent.change(wie, { target: { value: "Ambiq" } });
    expect(wie).toHaveValue("Ambiq");
    await user.type(wie, " en moeder");
    fireEvent.blur(wie);
    await waitFor(() =>
      expect(gateway.callsOf("writeBox")).toEqual([[`afspraken.${firstAfspraak}.wie`, "Ambiq en moeder", PETRA]]),
    );
    // the other columns and step 2's own organisation column take no pick list
    expect(within(screen.getByRole("group", { name: "Afspraken, rij 1" })).getAllByRole("combobox")).toHaveLength(1);
    await openPart(user, /^Stap 2 – Betrokkenen/);
    expect(screen.queryAllByRole("combobox")).toEqual([]);
    await openPart(user, /^Stap 3 – Regie/);
    const vervanger = screen.getByRole("group", { name: "Vervanger bij afwezigheid" });
    expect(options(within(vervanger).getByRole("combobox"))).toEqual(["Moeder", "Petra Hof (Ambiq)"]);
  });
});
