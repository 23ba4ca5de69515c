/** @jest-environment jsdom */
// Every document is a real one on the emulator: empty, the template typed in (FILLED), another
// program's document, a form someone changed by hand.
import { act, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { dataPartInFile, FILLED, replaceDataParts } from "handreiking-fixtures/harness";
import { OfficeExtensionError, type WordHost } from "word-host";
import { serializeDataPart } from "../../src/domain";
import { UNDO_TOUCHED } from "../../src/word/undo-append";
import {
  documentNow,
  expectNoAxeViolations,
  PETRA,
  renderOnWord,
  stopHost,
  wordGateway,
  wordDocument,
  type RenderedOnWord,
} from "./helpers";

afterEach(stopHost);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Someone else's document: a letter, no handreiking. */
async function otherDocument(): Promise<void> {
  await Word.run(async (ctx) => {
    ctx.document.body.insertParagraph("Verslag van het gesprek op school.", "Start");
    await ctx.sync();
  });
}
const renderOther = (): Promise<RenderedOnWord> => renderOnWord({ doc: "empty", prepare: otherDocument });

/** Word telling the pane the document changed (the emulator registers the handler but never calls it). */
function wordReportsChange(gateway: RenderedOnWord["gateway"]): void {
  const [callback] = gateway.callsOf("onDocumentChanged").at(-1) as [() => void];
  callback();
}

/** A paragraph that holds only a drawing of the kind (a:graphicData's uri), as Word writes it. */
function drawing(uri: string): string {
  const wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  const a = "http://schemas.openxmlformats.org/drawingml/2006/main";
  return `<w:p><w:r><w:drawing><wp:inline xmlns:wp="${wp}"><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="x"/><a:graphic xmlns:a="${a}"><a:graphicData uri="${uri}"/></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

/** A document without text holding a picture and a chart: the emulator's empty document with the two drawings. */
async function picturesOnly(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await (await wordDocument({ doc: "empty" })).saveDocx());
  const xml = await zip.file("word/document.xml")!.async("string");
  const drawings =
    drawing("http://schemas.openxmlformats.org/drawingml/2006/picture") +
    drawing("http://schemas.openxmlformats.org/drawingml/2006/chart");
  zip.file(
    "word/document.xml",
    xml.replace(/<w:body[^>]*>/, (body) => body + drawings),
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** The form after someone renamed a box's tag by hand: its box is missing (repairable), the control strange (not). */
async function tagEditedByHand(): Promise<void> {
  await Word.run(async (ctx) => {
    ctx.document.contentControls.getByTag("hr:zorgen").getFirst().tag = "hr:zorgenOud";
    await ctx.sync();
  });
}

/** The form's data part says a version of the handreiking newer than this add-in's. */
async function fromTheFuture(host: WordHost): Promise<void> {
  const data = await dataPartInFile(host);
  if (!data) throw new Error("no data part");
  replaceDataParts(host, serializeDataPart({ ...data, templateVersion: "9.9" }));
}

describe("document status", () => {
  test("empty document: explains and offers a new handreiking", async () => {
    const { user, gateway, container } = await renderOnWord({ doc: "empty" });
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
    // the template as a colleague typed in it, without the add-in
    const { user, gateway, container } = await renderOnWord({ doc: FILLED });
    expect(await screen.findByRole("heading", { name: "Handreiking gevonden" })).toBeInTheDocument();
    expect(screen.getByText(/alleen de vakken blijven bewerkbaar/)).toBeInTheDocument();
    const map = (await documentNow()).map;
    const found = map?.fieldsFound.length ?? 0;
    expect(found).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`${found} van de \\d+ vakken gevonden`))).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Omzetten naar formulier" }));
    expect(gateway.callsOf("convert")).toEqual([[PETRA]]);
    expect(await screen.findByRole("textbox", { name: /Initialen jeugdige/ })).toHaveValue("ES");
    // the button went away with the conversion: the focus is on the form's heading, not on <body>
    expect(screen.getByRole("heading", { level: 2, name: "Basisgegevens" })).toHaveFocus();
  });

  test("another document: says so and offers nothing destructive", async () => {
    const { container } = await renderOther();
    expect(await screen.findByRole("heading", { name: "Geen handreiking" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Nieuwe handreiking|Omzetten/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("another document: a handreiking after its content only as a choice, which can be cancelled", async () => {
    const { user, gateway, container } = await renderOther();
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
    const { user, gateway, container } = await renderOther();
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
    await act(() => gateway.settled());
    const elsewhere = wordGateway(); // the box written in Word, not through this pane
    await elsewhere.open();
    await elsewhere.writeBox("hulpvraag", "Ondersteuning thuis", PETRA);
    act(() => wordReportsChange(gateway));
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Handreiking weer weghalen" })).not.toBeInTheDocument(),
    );
  }, 300_000); // two appends and a removal: many round trips on a loaded machine

  test("'Handreiking weer weghalen' after someone typed in the document meanwhile: refused in Dutch, nothing removed", async () => {
    const { user, host } = await renderOther();
    await user.click(await screen.findByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud…" }));
    await user.click(screen.getByRole("button", { name: "Handreiking toevoegen na de bestaande inhoud" }));
    const remove = await screen.findByRole("button", { name: "Handreiking weer weghalen" });
    host.user.typeInControl("hr:hulpvraag", "Zelf getypt"); // not yet seen by the pane
    await user.click(remove);
    expect(await screen.findByText(new RegExp(escape(UNDO_TOUCHED)))).toBeInTheDocument();
    const now = await documentNow();
    expect(now.kind).toBe("form");
    expect(now.boxTexts.hulpvraag).toBe("Zelf getypt");
  });

  test("a document without text that holds pictures and a chart: not 'Leeg document', says what it holds", async () => {
    await renderOnWord({ doc: await picturesOnly() });
    expect(await screen.findByRole("heading", { name: "Geen handreiking" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Leeg document" })).not.toBeInTheDocument();
    expect(
      screen.getByText(/maar het bevat afbeeldingen en grafieken; daarom wordt hier geen nieuwe handreiking/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Nieuwe handreiking/ })).not.toBeInTheDocument();
  });

  test("shows what this Word cannot do as information, in plain words, and it can be closed", async () => {
    // Word 2019 (no WordApi 1.5: no save with a name, no events) without the common set CompressedFile (no copy)
    const { user, container } = await renderOnWord({
      doc: "empty",
      host: "office2019",
      withoutSets: ["CompressedFile"],
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
    const { user, gateway, container } = await renderOnWord({ prepare: tagEditedByHand });
    const problems = (await documentNow()).problems;
    expect(problems.map((p) => [p.id, p.repairable])).toEqual([
      ["boxMissing", true],
      ["strangeTags", false],
    ]);
    const [missing, strange] = problems.map((p) => p.message);
    expect(await screen.findByText(missing!)).toBeInTheDocument();
    expect(screen.getByText(strange!)).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Herstellen" }));
    expect(gateway.callsOf("repair")).toEqual([[PETRA]]);
    await waitFor(() => expect(screen.queryByText(missing!)).not.toBeInTheDocument());
    expect(await screen.findByText(strange!)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Herstellen" })).not.toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body); // the button is gone, the focus is not
    expect(document.activeElement?.tagName).toBe("H2");
  });

  test("no Herstellen when nothing can be repaired", async () => {
    await renderOnWord({ prepare: fromTheFuture });
    const problems = (await documentNow()).problems;
    expect(problems.map((p) => [p.id, p.repairable])).toEqual([["dataFuture", false]]);
    expect(await screen.findByText(problems[0]!.message)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Herstellen" })).not.toBeInTheDocument();
  });

  test("a failing open shows the Dutch error and a retry", async () => {
    // Word refuses the pane's first round trip as busy (another request holds the document)
    const busy = (host: WordHost) => host.failSyncAt(1, new OfficeExtensionError("Conflict", "Busy."));
    const { user, container } = await renderOnWord({ doc: "empty", prepare: busy });
    expect(await screen.findByText("Word is even bezig. Probeer het zo opnieuw.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByRole("heading", { name: "Leeg document" })).toBeInTheDocument();
    expect(screen.queryByText("Word is even bezig. Probeer het zo opnieuw.")).not.toBeInTheDocument();
  });

  test("an unexpected error gets a generic Dutch message", async () => {
    const { user, gateway } = await renderOnWord({ doc: "empty" });
    gateway.failNext("newDocument", new TypeError("x is undefined"));
    await user.click(await screen.findByRole("button", { name: "Nieuwe handreiking" }));
    expect(await screen.findByText(/Er ging iets mis bij het werken met Word/)).toBeInTheDocument();
    expect(screen.queryByText(/x is undefined/)).not.toBeInTheDocument();
  });
});
