/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { filledValues } from "../domain/fixtures";
import { FakeGateway } from "./fake-gateway";
import { sampleLog } from "./log-fixtures";
import { expectNoAxeViolations, PETRA, renderApp } from "./helpers";

const panel = () => screen.queryByText("Wijzigingen buiten dit venster");

function formGateway(): FakeGateway {
  return new FakeGateway({ kind: "form", values: filledValues(), log: sampleLog() });
}

describe("outside edits", () => {
  test("found when the pane opens: listed with part and before → after, then signed", async () => {
    const gateway = formGateway();
    gateway.typeInDocument("hulpvraag", "Rust in het gezin en op school.");
    const { user, container } = await renderApp({ gateway });
    expect(await screen.findByText("Wijzigingen buiten dit venster")).toBeInTheDocument();
    expect(screen.getByText("Stap 1 – Hulpvraag en situatie: Wat is de hulpvraag van de jeugdige en het gezin?")).toBeInTheDocument();
    expect(screen.getByText("Rust in het gezin. → Rust in het gezin en op school.")).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole("button", { name: "Vastleggen met mijn initialen" }));
    expect(gateway.callsOf("attributeOutsideEdits")).toEqual([[[{ key: "hulpvraag", before: "Rust in het gezin.", after: "Rust in het gezin en op school." }], PETRA]]);
    await waitFor(() => expect(panel()).toBeNull());
    expect(gateway.data?.changeLog.at(-1)).toMatchObject({ kind: "externalEdit", initials: "PH", boxKey: "hulpvraag" });
  });

  test("found again when the window regains focus or becomes visible", async () => {
    const gateway = formGateway();
    await renderApp({ gateway });
    await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
    expect(panel()).toBeNull();
    gateway.typeInDocument("gemeente", "Hengelo");
    await act(async () => {
      fireEvent.focus(window);
    });
    expect(await screen.findByText("Wijzigingen buiten dit venster")).toBeInTheDocument();
    expect(screen.getByText("Enschede → Hengelo")).toBeInTheDocument();

    gateway.typeInDocument("afstemming", "");
    await act(async () => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(await screen.findByText("Elke zes weken een MDO. → (leeg)")).toBeInTheDocument();
    expect(screen.getByText(/2 vakken zijn rechtstreeks in het document gewijzigd/)).toBeInTheDocument();
  });

  test("found when Word reports a change", async () => {
    const gateway = formGateway();
    await renderApp({ gateway });
    await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
    gateway.typeInDocument("initialen", "EZ");
    await act(async () => gateway.emitDocumentChanged());
    expect(await screen.findByText("ES → EZ")).toBeInTheDocument();
  });

  test("block saving and sending until they are signed", async () => {
    const gateway = formGateway();
    gateway.typeInDocument("initialen", "EZ");
    const { user, container } = await renderApp({ gateway });
    await user.click(await screen.findByRole("tab", { name: "Verzenden" }));
    expect(screen.getByText(/Leg eerst de wijzigingen buiten dit venster vast/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Kopie downloaden" })).toBeDisabled();
    expect(screen.getByText(/Elke wijziging heeft initialen, datum en organisatie/)).toHaveTextContent("nog niet in orde");
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole("button", { name: "Vastleggen met mijn initialen" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeEnabled());
    expect(screen.getByText(/Elke wijziging heeft initialen, datum en organisatie/)).toHaveTextContent("in orde");
  });

  test("checked again right before saving", async () => {
    const gateway = formGateway();
    const { user } = await renderApp({ gateway });
    await user.click(await screen.findByRole("tab", { name: "Verzenden" }));
    gateway.typeInDocument("initialen", "EZ");
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText("Wijzigingen buiten dit venster")).toBeInTheDocument();
    expect(gateway.callsOf("saveWithName")).toEqual([]);
  });
});
