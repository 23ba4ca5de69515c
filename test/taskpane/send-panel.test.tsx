/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { growLog } from "handreiking-fixtures/grow-log";
import { partsInPackage } from "handreiking-fixtures/harness";
import type { WordHost } from "word-host";
import { ARCHIVE_NAMESPACE, DATA_PART_NAMESPACE, newDataPart, serializeDataPart, TEMPLATE } from "../../src/domain";
import { SAVE_NOT_SUPPORTED } from "../../src/domain/text/capabilities";
import {
  documentNow,
  expectNoAxeViolations,
  FIXED_NOW,
  PETRA,
  renderFormOnWord,
  stopHost,
  wordGateway,
  type WordOptions,
} from "./helpers";

afterEach(stopHost);

// the day of the last change (Petra filled the form on the pane's day) and the client's initials
const NAME = "20200902 Handreiking Regie ES";

async function openSend(options: WordOptions = {}) {
  const r = await renderFormOnWord({ values: filledValues(), ...options });
  await r.user.click(screen.getByRole("tab", { name: "Verzenden" }));
  await screen.findByRole("heading", { name: "Opslaan en verzenden" });
  return r;
}

const checklist = () => screen.getByRole("list", { name: "Controle voor verzenden" });

describe("Opslaan en verzenden", () => {
  const clipboard = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, "clipboard", clipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
    jest.restoreAllMocks();
  });

  test("shows the exact file name (date of the last change + client initials) and copies it", async () => {
    const { user, container } = await openSend();
    // After openSend: user-event installs its own clipboard stub on setup.
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    expect(screen.getByRole("textbox", { name: "Sla het document op onder deze naam" })).toHaveValue(NAME);
    await user.click(screen.getByRole("button", { name: "Kopiëren" }));
    expect(writeText).toHaveBeenCalledWith(NAME);
    expect(await screen.findByText("Gekopieerd.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("without a clipboard the name is selected for Ctrl+C", async () => {
    const { user } = await openSend();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(screen.getByRole("button", { name: "Kopiëren" }));
    const input = screen.getByRole("textbox", { name: "Sla het document op onder deze naam" }) as HTMLInputElement;
    expect(await screen.findByText(/druk op Ctrl\+C/)).toBeInTheDocument();
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, NAME.length]);
  });

  test("no name yet without the client's initials", async () => {
    await openSend({ values: { ...filledValues(), initialen: "" } });
    expect(screen.getAllByText(/Vul eerst de initialen van de jeugdige in/).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeDisabled();
  });

  test("the checklist: required boxes, attribution, file name, secure channel", async () => {
    const { container } = await openSend();
    const items = within(checklist()).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Alle verplichte vakken zijn ingevuld (in orde)");
    expect(items[1]).toHaveTextContent("Elke wijziging heeft initialen, datum en organisatie (in orde)");
    expect(items[2]).toHaveTextContent("De bestandsnaam volgt de afspraak");
    expect(items[2]).toHaveTextContent("(let op)");
    expect(items[2]).toHaveTextContent(`Sla het op als ‘${NAME}.docx’`);
    expect(items.at(-1)).toHaveTextContent("Er is een beveiligde verzendwijze gekozen (Stap 6) (in orde)");
    await expectNoAxeViolations(container);
  });

  test("the checklist names what is missing", async () => {
    await openSend({ values: { ...filledValues(), hulpvraag: "", verzendwijze: "" } });
    const list = checklist();
    // a true sentence in each state (not "Alle verplichte vakken zijn ingevuld (nog niet in orde)")
    expect(within(list).queryByText(/Alle verplichte vakken zijn ingevuld/)).toBeNull();
    expect(within(list).getByText(/^Nog niet alle verplichte vakken zijn ingevuld \(\d+ punten?\)/)).toHaveTextContent(
      "nog niet in orde",
    );
    expect(within(list).getByText(/Vul ‘Wat is de hulpvraag van de jeugdige en het gezin\?’ in\./)).toBeInTheDocument();
    expect(within(list).getByText(/^Er is nog geen beveiligde verzendwijze gekozen/)).toHaveTextContent(
      "nog niet in orde",
    );
  });

  test("saved: confirms, and the file-name check turns green", async () => {
    const { user, gateway } = await openSend();
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    // after the pane's check for edits outside it, a round trip to Word
    await waitFor(() => expect(gateway.callsOf("saveWithName")).toEqual([[NAME]]));
    expect(await screen.findByText(`Opgeslagen als ‘${NAME}’.`)).toBeInTheDocument();
    expect(within(checklist()).getByText(/De bestandsnaam volgt de afspraak/)).toHaveTextContent("(in orde)");
  });

  test("already named: explains Save As with the name", async () => {
    // a file saved before has a name (url) in Word
    const named = (host: WordHost) => void Object.assign(host.Office.context.document, { url: "C:\\mdo\\oud.docx" });
    const { user, container } = await openSend({ prepare: named });
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText(/Word kan een opgeslagen bestand niet hernoemen/)).toHaveTextContent(
      `Kies in Word Bestand > Opslaan als, plak de naam ‘${NAME}’ en klik op Opslaan.`,
    );
    await expectNoAxeViolations(container);
  });

  test("not supported: shows the Word layer's message", async () => {
    // Word 2019 has no WordApi 1.5, so no Document.save with a name
    const { user } = await openSend({ host: "office2019" });
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText(SAVE_NOT_SUPPORTED)).toBeInTheDocument();
  });

  test("a copy is downloaded as <name>.docx without any network", async () => {
    const createObjectURL = jest.fn().mockReturnValue("blob:handreiking");
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user, gateway } = await openSend();
    await user.click(screen.getByRole("button", { name: "Kopie downloaden" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(gateway.callsOf("getCopy")).toHaveLength(1);
    expect(clicked[0]?.download).toBe(`${NAME}.docx`);
    expect(clicked[0]?.getAttribute("href")).toBe("blob:handreiking");
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.size).toBe((await wordGateway().getCopy())?.length); // the document's bytes as Word gives them
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(document.querySelector("a[download]")).toBeNull();
    expect(await screen.findByText(/staat in uw map Downloads/)).toBeInTheDocument();
  });

  test("no copy from this Word: says so", async () => {
    // a Word without the common set CompressedFile has no getFileAsync copy
    const { user } = await openSend({ withoutSets: ["CompressedFile"] });
    await user.click(screen.getByRole("button", { name: "Kopie downloaden" }));
    expect(
      await screen.findByText(/^Deze versie van Word kan geen kopie als bestand aanbieden\. Sla het document op/),
    ).toBeInTheDocument();
  });

  test("lists the recipients from step 2 and reminds to send securely after every change", async () => {
    const { user } = await openSend();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const list = screen.getByRole("textbox", { name: "Betrokkenen (uit stap 2)" });
    expect(list).toHaveValue("Moeder\nPetra Hof (Ambiq) – 06-12345678");
    await user.click(screen.getByRole("button", { name: "Lijst kopiëren" }));
    expect(writeText).toHaveBeenCalledWith("Moeder\nPetra Hof (Ambiq) – 06-12345678");
    expect(
      screen.getByText(/alleen via Zorgmail, Zivver of een andere beveiligde verzendwijze \(afgesproken: Zivver\)/),
    ).toHaveTextContent("Doe dit opnieuw na elke wijziging.");
  });

  test("a failing save shows the error and keeps the panel", async () => {
    const { user, gateway } = await openSend();
    gateway.failNext("saveWithName");
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText("Word is even bezig. Probeer het zo opnieuw.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Sla het document op onder deze naam" })).toHaveValue(NAME);
  });

  describe("Verborgen gegevens", () => {
    const hiddenList = () => screen.findByRole("list", { name: "Verborgen gegevens in dit bestand" });
    /** Another family's form data (client "KL"), pasted in with content from another document, and set aside by
     * Herstellen; `lastAttributed` undefined: data whose form cannot be told. */
    function setAside(lastAttributed: Record<string, string> | undefined) {
      return async () => {
        const data = newDataPart({
          templateId: TEMPLATE.templateId,
          templateVersion: TEMPLATE.version,
          documentId: "doc-other",
        });
        const xml = lastAttributed
          ? serializeDataPart({ ...data, lastAttributed })
          : `<kapot xmlns="${DATA_PART_NAMESPACE}">onleesbaar</kapot>`;
        await Word.run(async (ctx) => {
          ctx.document.customXmlParts.add(xml);
          await ctx.sync();
        });
        await wordGateway().repair(PETRA);
      };
    }
    const OTHER = setAside({ initialen: "KL", hulpvraag: "Kees Lammers wil een andere school." });

    test("lists what the file carries that Word does not show: form data, log, earlier box texts, archive, set-aside data", async () => {
      let entries = 0;
      // a log long enough (about 2 kB an entry) that the oldest entries went to the archive
      const grow = async () => void (entries = (await growLog(150, PETRA, FIXED_NOW, 160)).length);
      const { container, gateway, host } = await openSend({ prepare: grow });
      const items = within(await hiddenList()).getAllByRole("listitem");
      const log = (await wordGateway().openWholeLog()).data!.changeLog;
      expect(log).toHaveLength(entries);
      expect(items[0]).toHaveTextContent(
        new RegExp(
          `^Formuliergegevens \\(\\d+ (tekens|kB)\\): de laatst vastgelegde tekst van elk vak en het wijzigingslogboek met ${log.length} regels, elk met initialen, organisatie en datum\\.$`,
        ),
      );
      expect(items[1]).toHaveTextContent(
        `Eerdere teksten van vakken: ${log.filter((e) => (e.before ?? "") !== "").length} (wat er vóór een wijziging in een vak stond; het logboek bewaart het).`,
      );
      const parts = partsInPackage(host, ARCHIVE_NAMESPACE).length;
      expect(parts).toBeGreaterThan(0);
      expect(items[2]).toHaveTextContent(
        new RegExp(`^Logarchief: ${parts} (deel|delen) met \\d+ oudere regels van het logboek\\.$`),
      );
      expect(items[3]).toHaveTextContent("Apart bewaarde gegevens: geen.");
      expect(screen.getByText(/Ze gaan mee met elke kopie die u verstuurt\./)).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Verwijderen" })).not.toBeInTheDocument();
      expect(gateway.callsOf("hiddenData").length).toBeGreaterThan(0);
      await expectNoAxeViolations(container);
    });

    test("data set aside by the repair: what it is, how large, whose form it seems to be; removed on request, and logged", async () => {
      const { user, gateway } = await openSend({ prepare: OTHER });
      expect(within(await hiddenList()).getAllByRole("listitem")[3]).toHaveTextContent(
        "Apart bewaarde gegevens: 1 (zie hieronder).",
      );
      const warning = screen
        .getByText(/^Apart bewaarde gegevens \(\d+ (tekens|kB)\)$/)
        .closest("[role=group], .fui-MessageBar") as HTMLElement;
      expect(warning).toHaveTextContent(
        "Bij ‘Herstellen’ apart gezet op 02-09-2020: Tweede set formuliergegevens in hetzelfde document. Ze lijken van een ander formulier (jeugdige KL, document-id doc-other). Ze gaan mee met elke kopie.",
      );
      const size = /\((\d+ (tekens|kB))\)/.exec(warning.textContent ?? "")?.[1];
      const before = (await documentNow()).data!.changeLog.length;
      await user.click(within(warning).getByRole("button", { name: "Verwijderen" }));
      await waitFor(() =>
        expect(gateway.callsOf("removeQuarantined")).toEqual([
          [expect.any(String), expect.objectContaining({ initials: "PH", organisation: "Ambiq" })],
        ]),
      );
      await waitFor(() =>
        expect(
          within(screen.getByRole("list", { name: "Verborgen gegevens in dit bestand" })).getAllByRole("listitem")[3],
        ).toHaveTextContent("Apart bewaarde gegevens: geen."),
      );
      expect(screen.queryByText(/^Apart bewaarde gegevens \(/)).not.toBeInTheDocument();
      const log = (await documentNow()).data!.changeLog;
      expect(log).toHaveLength(before + 1);
      expect(log.at(-1)).toMatchObject({
        kind: "repair",
        description: `Apart bewaarde gegevens verwijderd (${size}, apart gezet op 20200902).`,
      });
    });

    test("when the hidden data cannot be read it says so, without an error over the pane", async () => {
      const r = await renderFormOnWord({ values: filledValues() });
      r.gateway.failNext("hiddenData");
      await r.user.click(screen.getByRole("tab", { name: "Verzenden" }));
      expect(await screen.findByText("De verborgen gegevens konden niet worden gelezen.")).toBeInTheDocument();
      expect(screen.queryByText("Word is even bezig. Probeer het zo opnieuw.")).not.toBeInTheDocument();
    });

    test("set-aside data of unknown origin is described as such", async () => {
      await openSend({ prepare: setAside(undefined) });
      await hiddenList();
      expect(screen.getByText(/Van welk formulier ze zijn, is niet te lezen\./)).toBeInTheDocument();
      expect(screen.getByText(/^Apart bewaarde gegevens \(\d+ tekens\)$/)).toBeInTheDocument();
    });
  });
});
