/** @jest-environment jsdom */
// Issue 28 point 6: after a LibreOffice round trip the boxes are gone but the data part is there.
// The pane shows the data part's values read-only, counts true of them, and one call to Herstellen.
import { screen, within } from "@testing-library/react";
import { missingByStep, TEMPLATE } from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";
import { FakeGateway } from "./fake-gateway";
import { expectNoAxeViolations, openPart, renderForm } from "./helpers";

const AGREED = { day: "20200901", initials: "PH", organisation: "Ambiq" };

function strippedGateway(agreed: typeof AGREED | null): FakeGateway {
  const gateway = new FakeGateway({ values: filledValues(), agreed });
  gateway.stripControls();
  return gateway;
}

describe("a form whose boxes another program removed (data part kept)", () => {
  test("shows the data, not empty red boxes: every step's count is that of the data, the texts read-only", async () => {
    const gateway = strippedGateway(AGREED);
    const { user, container } = await renderForm({ gateway });
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
    const gateway = strippedGateway(null);
    const { user } = await renderForm({ gateway });
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
    const gateway = strippedGateway(null);
    const { user } = await renderForm({ gateway });
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await user.click(screen.getByRole("button", { name: "Herstellen" }));
    expect(gateway.callsOf("repair")).toHaveLength(1);
    const hulpvraag = await screen.findByRole("group", { name: "Wat is de hulpvraag van de jeugdige en het gezin?" });
    expect(within(hulpvraag).getByRole("textbox")).toHaveValue("Rust in het gezin.");
    expect(screen.queryByText("Nog niet hersteld")).not.toBeInTheDocument();
  });
});
