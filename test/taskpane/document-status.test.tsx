/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { UNDO_TOUCHED } from "../../src/word/undo-append";
import { WordLayerError } from "../../src/word/errors";
import { FakeGateway } from "./fake-gateway";
import { expectNoAxeViolations, PETRA, renderApp } from "./helpers";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("document status", () => {
  test("empty document: explains and offers a new handreiking", async () => {
    const { user, gateway, container } = await renderApp({ kind: "empty" });
    expect(await screen.findByRole("heading", { name: "Leeg document" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Nieuwe handreiking" }));
    expect(gateway.callsOf("newDocument")).toEqual([[PETRA]]);
    expect(await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" })).toBeInTheDocument();
    // The owner box is prefilled from the profile.
    const owner = screen.getByRole("group", { name: "Beheerder van dit document" });
    expect(within(owner).getByRole("textbox", { name: "Naam" })).toHaveValue("Petra Hof");
    expect(within(owner).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Ambiq");
  });

  test("plain handreiking: explains the conversion, counts boxes, converts keeping the text", async () => {
    const { user, gateway, container } = await renderApp({
      kind: "plain",
      values: { initialen: "ES" },
      map: {
        fieldsFound: ["initialen", "gemeente", "hulpvraag"],
        fieldsMissing: ["evaluatiedatum", "stagnatie"],
        stepsFound: ["basis", "stap1"],
      },
    });
    expect(await screen.findByRole("heading", { name: "Handreiking gevonden" })).toBeInTheDocument();
    expect(screen.getByText(/alleen de vakken blijven bewerkbaar/)).toBeInTheDocument();
    expect(screen.getByText(/3 van de \d+ vakken gevonden/)).toBeInTheDocument();
    expect(screen.getByText("Evaluatiedatum")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Omzetten naar formulier" }));
    expect(gateway.callsOf("convert")).toEqual([[PETRA]]);
    expect(await screen.findByRole("textbox", { name: /Initialen jeugdige/ })).toHaveValue("ES");
    // the button went away with the conversion: the focus is on the form's heading, not on <body>
    expect(screen.getByRole("heading", { level: 2, name: "Basisgegevens" })).toHaveFocus();
  });

  test("another document: says so and offers nothing destructive", async () => {
    const { container } = await renderApp({ kind: "other" });
    expect(await screen.findByRole("heading", { name: "Geen handreiking" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Nieuwe handreiking|Omzetten/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("another document: a handreiking after its content only as a choice, which can be cancelled", async () => {
    const { user, gateway, container } = await renderApp({ kind: "other" });
    await user.click(await screen.findByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud…" }));
    const choice = screen.getByRole("group", { name: /komt achter alles wat nu in dit document staat/ });
    expect(within(choice).getByText(/sluit het document dan zonder op te slaan/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(within(choice).getByRole("button", { name: "Annuleren" }));
    expect(gateway.callsOf("newDocument")).toEqual([]);
    expect(screen.queryByRole("group", { name: /komt achter alles/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud…" }));
    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud" }));
    expect(gateway.callsOf("newDocument")).toEqual([[PETRA, "afterContent"]]);
    expect(await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" })).toBeInTheDocument();
  });

  test("after the append: 'Handreiking weer weghalen' takes it out while untouched, and is gone once a box is written", async () => {
    const { user, gateway, container } = await renderApp({ kind: "other" });
    await user.click(await screen.findByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud…" }));
    expect(screen.getByText(/haalt ‘Handreiking weer weghalen’ haar met één klik weer weg/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud" }));
    expect(await screen.findByText("Handreiking toegevoegd na de bestaande inhoud")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Handreiking weer weghalen" }));
    expect(gateway.callsOf("removeAppended")).toEqual([[]]);
    expect(await screen.findByRole("heading", { name: "Geen handreiking" })).toBeInTheDocument();

    // appended again, then a box written through the pane: no longer offered
    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud…" }));
    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud" }));
    expect(await screen.findByRole("button", { name: "Handreiking weer weghalen" })).toBeInTheDocument();
    await gateway.writeBox("hulpvraag", "Ondersteuning thuis", PETRA);
    gateway.emitDocumentChanged();
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Handreiking weer weghalen" })).not.toBeInTheDocument(),
    );
  });

  test("'Handreiking weer weghalen' after someone typed in the document meanwhile: refused in Dutch, nothing removed", async () => {
    const { user, gateway } = await renderApp({ kind: "other" });
    await user.click(await screen.findByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud…" }));
    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud" }));
    const remove = await screen.findByRole("button", { name: "Handreiking weer weghalen" });
    gateway.typeInDocument("hulpvraag", "Zelf getypt"); // not yet seen by the pane
    await user.click(remove);
    expect(await screen.findByText(new RegExp(escape(UNDO_TOUCHED)))).toBeInTheDocument();
    expect(gateway.kind).toBe("form");
    expect(gateway.boxTexts.hulpvraag).toBe("Zelf getypt");
  });

  test("a document without text that holds pictures and a chart: not 'Leeg document', says what it holds", async () => {
    await renderApp({
      kind: "other",
      map: { fieldsFound: [], fieldsMissing: [], stepsFound: [], content: ["picture", "chart"] },
    });
    expect(await screen.findByRole("heading", { name: "Geen handreiking" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Leeg document" })).not.toBeInTheDocument();
    expect(
      screen.getByText(/maar het bevat afbeeldingen en grafieken; daarom wordt hier geen nieuwe handreiking/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Nieuwe handreiking/ })).not.toBeInTheDocument();
  });

  test("shows what this Word cannot do as information, in plain words, and it can be closed", async () => {
    const { user, container } = await renderApp({
      kind: "empty",
      capabilities: { saveWithName: false, fileCopy: false, events: false },
    });
    expect(
      await screen.findByText(/Dit venster kan een nieuw document hier niet zelf onder de juiste naam opslaan/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Een kopie downloaden of een anonieme kopie maken kan in deze versie van Word niet/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Typt u rechtstreeks in het document, buiten dit venster\?/)).toBeInTheDocument();
    expect(screen.getByText("Wat in deze versie van Word anders gaat")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Sluiten" }));
    expect(screen.queryByText("Wat in deze versie van Word anders gaat")).not.toBeInTheDocument();
    expect(screen.queryByText(/Dit venster kan een nieuw document/)).not.toBeInTheDocument();
  });

  test("problems are a warning; Herstellen repairs when any is repairable", async () => {
    const { user, gateway, container } = await renderApp({
      kind: "form",
      problems: [
        { id: "logMissing", message: "Het zichtbare wijzigingslogboek ontbreekt.", repairable: true },
        { id: "strangeTags", message: "Het document bevat vreemde vakken.", repairable: false },
      ],
    });
    expect(await screen.findByText("Het zichtbare wijzigingslogboek ontbreekt.")).toBeInTheDocument();
    expect(screen.getByText("Het document bevat vreemde vakken.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Herstellen" }));
    expect(gateway.callsOf("repair")).toEqual([[PETRA]]);
    expect(await screen.findByText("Het document bevat vreemde vakken.")).toBeInTheDocument();
    expect(screen.queryByText("Het zichtbare wijzigingslogboek ontbreekt.")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Herstellen" })).not.toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body); // the button is gone, the focus is not
    expect(document.activeElement?.tagName).toBe("H2");
  });

  test("no Herstellen when nothing can be repaired", async () => {
    await renderApp({ kind: "form", problems: [{ id: "dataFuture", message: "Nieuwere versie.", repairable: false }] });
    expect(await screen.findByText("Nieuwere versie.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Herstellen" })).not.toBeInTheDocument();
  });

  test("a failing open shows the Dutch error and a retry", async () => {
    const gateway = new FakeGateway({ kind: "empty" });
    gateway.failNext("open", new WordLayerError("busy"));
    const { user, container } = await renderApp({ gateway });
    expect(await screen.findByText("Word is even bezig. Probeer het zo opnieuw.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByRole("heading", { name: "Leeg document" })).toBeInTheDocument();
    expect(screen.queryByText("Word is even bezig. Probeer het zo opnieuw.")).not.toBeInTheDocument();
  });

  test("an unexpected error gets a generic Dutch message", async () => {
    const gateway = new FakeGateway({ kind: "empty" });
    gateway.failNext("newDocument", new TypeError("x is undefined"));
    const { user } = await renderApp({ gateway });
    await user.click(await screen.findByRole("button", { name: "Nieuwe handreiking" }));
    expect(await screen.findByText(/Er ging iets mis bij het werken met Word/)).toBeInTheDocument();
    expect(screen.queryByText(/x is undefined/)).not.toBeInTheDocument();
  });
});
