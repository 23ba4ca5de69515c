/** @jest-environment jsdom */
// Issue 28 point 6: after a LibreOffice round trip the boxes are gone but the data part is there.
// The pane shows the data part's values read-only, counts true of them, and one call to Herstellen.
import { screen, waitFor, within } from "@testing-library/react";
import { missingByStep, TEMPLATE } from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";
import { stripControls } from "handreiking-fixtures/harness";
import { expectNoAxeViolations, openPart, renderFormOnWord, stopHost, type RenderedOnWord } from "./helpers";

afterEach(stopHost);

const AGREED = "20200901";

/** Petra's filled form (agreed when asked) after LibreOffice took its controls' tags and locks; the data part stays. */
function renderStripped(agreed: string | undefined): Promise<RenderedOnWord> {
  return renderFormOnWord({ values: filledValues(), agreed, prepare: () => stripControls() });
}

describe("a form whose boxes another program removed (data part kept)", () => {
  test("shows the data, not empty red boxes: every step's count is that of the data, the texts read-only", async () => {
    const { user, container } = await renderStripped(AGREED);
    // the data holds every required thing: no step reports anything missing
    expect(missingByStep(filledValues())).toEqual([]);
    for (const step of TEMPLATE.steps) {
      const label = step.shortTitle === step.title ? step.title : `${step.shortTitle} – ${step.title}`;
      expect(screen.getByRole("button", { name: new RegExp(`^${label}\\s?, compleet$`) })).toBeInTheDocument();
    }
    await openPart(user, /^Stap 1 – Hulpvraag/);
    const hulpvraag = screen.getByRole("group", { name: "Wat is de hulpvraag van de jeugdige en het gezin?" });
    expect(hulpvraag).toHaveTextContent("Rust in het gezin.");
    expect(hulpvraag).toHaveTextContent("Uit de formuliergegevens, nog niet hersteld");
    const step = screen.getByRole("region", { name: /^Stap 1 – Hulpvraag/ });
    expect(within(step).queryAllByRole("textbox")).toEqual([]);
    expect(within(step).queryAllByRole("button")).toEqual([]);
    expect(within(step).getByText("Nog niet hersteld")).toBeInTheDocument();
    // one call to repair, at the top
    expect(screen.getAllByRole("button", { name: "Herstellen" })).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  test("tables show their rows without add or remove; Afronden waits for the repair", async () => {
    const { user } = await renderStripped(undefined);
    await openPart(user, /^Stap 2 – Betrokkenen/);
    const row = screen.getByRole("group", { name: "Betrokkenen, rij 2" });
    expect(within(row).getByRole("group", { name: "Naam" })).toHaveTextContent("Petra Hof");
    expect(screen.queryByRole("button", { name: "Rij toevoegen" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Rij verwijderen" })).not.toBeInTheDocument();
    await openPart(user, /^Afronden/);
    expect(screen.getByRole("button", { name: "Vastgesteld in het MDO…" })).toBeDisabled();
    expect(screen.getByText(/Vaststellen kan pas als het document is hersteld/)).toBeInTheDocument();
  });

  test("Herstellen brings the boxes back with the same values, editable", async () => {
    const { user, gateway } = await renderStripped(undefined);
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await user.click(screen.getByRole("button", { name: "Herstellen" }));
    expect(gateway.callsOf("repair")).toHaveLength(1);
    // the repair is a round trip to Word: the box turns editable once the document is read again
    await waitFor(() =>
      expect(
        within(screen.getByRole("group", { name: "Wat is de hulpvraag van de jeugdige en het gezin?" })).getByRole(
          "textbox",
        ),
      ).toHaveValue("Rust in het gezin."),
    );
    expect(screen.queryByText("Nog niet hersteld")).not.toBeInTheDocument();
  });
});
