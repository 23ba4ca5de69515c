// Contract cases about content controls and batches.
import type { ContractCase } from "./types";
import { lockedScratchControl, quoted, refusedOrDone, scratchControl, SCRATCH_TAG } from "./scratch";

const ON_THE_WEB = "OfficeOnline";

async function textOfScratch(): Promise<string> {
  return Word.run(async (context) => {
    const cc = context.document.contentControls.getByTag(SCRATCH_TAG).getFirst();
    cc.load("text");
    await context.sync();
    return cc.text;
  });
}

export const lockRefusesWrite: ContractCase = {
  id: "lock-refuses-write",
  title: "Schrijven in een vergrendeld vak wordt geweigerd",
  relies:
    "A write into a cannotEdit control is refused (and changes nothing); errors.ts maps the code AccessDenied to the Dutch 'locked' message. Boxes, labels and the log are locked this way.",
  source:
    "https://github.com/OfficeDev/office-js/issues/2759 (writes into locked controls fail; the error code is not documented)",
  emulatorAssumed: true,
  guard: true,
  meaning:
    "Word liet het venster in een vergrendeld deel schrijven. Vaste tekst en het logboek zijn dan niet beschermd tegen het venster zelf; het venster schrijft daarom niet in deze Word.",
  expected: () => "geweigerd (AccessDenied), tekst ongewijzigd",
  alternatives: () => [
    {
      seen: /^geweigerd \((?!AccessDenied).*\), tekst ongewijzigd$/,
      fallback: "refused with another code: the pane shows its general error message instead of 'vergrendeld'",
    },
  ],
  async run() {
    const outcome = await Word.run(async (context) => {
      const cc = await lockedScratchControl(context, "vast");
      cc.insertText(" erbij", "End");
      return refusedOrDone(context);
    });
    const text = await textOfScratch();
    return `${outcome}, tekst ${text === "vast" ? "ongewijzigd" : `werd ${quoted(text)}`}`;
  },
};

export const partialBatch: ContractCase = {
  id: "partial-batch",
  title: "Een mislukte opdracht stopt bij de fout",
  relies:
    "A batch applies its actions in order and stops at the first failing one: what came before may stay, nothing after it is applied. commit.ts writes the box first, so a later failure shows as an unattributed edit, never as a log entry without its box.",
  source:
    "https://learn.microsoft.com/javascript/api/office/officeextension.error (example: the paragraphs inserted before the error stay)",
  emulatorAssumed: false,
  guard: true,
  meaning:
    "Word voerde na een fout in dezelfde opdracht nog wijzigingen uit. Dan kan een logregel of gegevensdeel worden geschreven zonder de bijbehorende tekst; het venster schrijft daarom niet in deze Word.",
  expected: () => "eerste behouden, na de fout niets",
  alternatives: () => [
    {
      seen: "niets uitgevoerd",
      fallback: "all-or-nothing batches: the commit order tolerates it (nothing half written)",
    },
  ],
  async run() {
    const outcome = await Word.run(async (context) => {
      const body = context.document.body;
      scratchControl(context, "eerste");
      context.document.contentControls.getByTag("hr-zelftest-bestaat-niet").getFirst().insertText("x", "End");
      body.insertParagraph("tweede", "End");
      return refusedOrDone(context);
    });
    if (outcome === "uitgevoerd") return "de foute opdracht werd uitgevoerd";
    const texts = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    const first = texts.includes("eerste");
    const second = texts.includes("tweede");
    if (second) return `na de fout toch uitgevoerd (${first ? "eerste ook" : "eerste niet"})`;
    return first ? "eerste behouden, na de fout niets" : "niets uitgevoerd";
  },
};

export const unlockWriteRelock: ContractCase = {
  id: "unlock-write-relock",
  title: "Ontgrendelen, schrijven en weer vergrendelen in één opdracht",
  relies:
    "commit.ts queueLogRows: cannotEdit = false, the write, cannotEdit = true in ONE batch; the log ends locked and holds the new text.",
  source:
    "https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-cannotedit-member",
  emulatorAssumed: true,
  meaning: "Het venster kan geen regels aan het logboek toevoegen, of het logboek blijft daarna onvergrendeld.",
  expected: () => `${quoted("log regel")}, vergrendeld`,
  async run() {
    return Word.run(async (context) => {
      const cc = await lockedScratchControl(context, "log");
      cc.cannotEdit = false;
      cc.insertText(" regel", "End");
      cc.cannotEdit = true;
      cc.load("text,cannotEdit");
      await context.sync();
      return `${quoted(cc.text)}, ${cc.cannotEdit ? "vergrendeld" : "niet vergrendeld"}`;
    });
  },
};

export const paragraphSeparator: ContractCase = {
  id: "paragraph-separator",
  title: "Alinea's in de tekst van een vak",
  relies:
    "ContentControl.text separates paragraphs with \\r; tags.ts normaliseWordText also reads \\r\\n, \\n and \\v (line break) as a new line.",
  source:
    "https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-text-member (the separator is not documented)",
  emulatorAssumed: true,
  meaning:
    "Tekst met meerdere regels wordt verkeerd gelezen: het venster kan zo'n vak als 'buiten het venster gewijzigd' melden.",
  expected: () => quoted("een\rtwee"),
  alternatives: () =>
    ["een\r\ntwee", "een\ntwee", "een\vtwee"].map((t) => ({
      seen: quoted(t),
      fallback: "normaliseWordText reads this separator as a new line too",
    })),
  async run() {
    return Word.run(async (context) => {
      const cc = scratchControl(context, "een");
      cc.insertParagraph("twee", "End");
      cc.load("text");
      await context.sync();
      return quoted(cc.text);
    });
  },
};

export const emptyControlText: ContractCase = {
  id: "empty-control-text",
  title: "Tekst van een leeg vak",
  relies:
    "An empty control's text is \"\" or exactly its placeholderText (ours where it could be set, Word's default on the web); read-form.ts boxText reads a text equal to placeholderText as empty.",
  source:
    "https://github.com/OfficeDev/office-js/issues/1515 (a cleared control shows placeholder text, Word's default on the web)",
  emulatorAssumed: true,
  meaning:
    "Een leeg vak wordt gelezen alsof er tekst in staat (bijvoorbeeld Word's standaardtekst 'Klik of tik om tekst in te voeren').",
  expected: (env) => (env.platform === ON_THE_WEB ? "leeg" : "tijdelijke tekst"),
  alternatives: (env) =>
    env.platform === ON_THE_WEB
      ? [
          {
            seen: "tijdelijke tekst",
            fallback: "Word's own placeholder: read as empty because it equals placeholderText",
          },
        ]
      : [{ seen: "leeg", fallback: "text is empty: read as empty directly" }],
  async run(env) {
    return Word.run(async (context) => {
      const cc = scratchControl(context, "");
      await context.sync();
      // Not on the web: it refuses placeholderText (case placeholder-web).
      if (env.platform !== ON_THE_WEB) cc.placeholderText = "Vul hier in";
      cc.load("text,placeholderText");
      await context.sync();
      if (cc.text === "") return "leeg";
      return cc.text === cc.placeholderText
        ? "tijdelijke tekst"
        : `anders: ${quoted(cc.text)} (tijdelijke tekst ${quoted(cc.placeholderText)})`;
    });
  },
};

export const placeholderOnWeb: ContractCase = {
  id: "placeholder-web",
  title: "Tijdelijke tekst zetten (Word op het web weigert dat)",
  relies:
    "capabilities.ts: setting placeholderText is refused on the web only, so convert and repair leave it out there and set it elsewhere.",
  source: "https://github.com/OfficeDev/office-js/issues/785 (NotAllowed on the web, 'by design', 2019)",
  emulatorAssumed: true,
  meaning:
    "Buiten Word op het web: omzetten naar een formulier mislukt, omdat Word de hulptekst in de vakken weigert. Op het web: geen gevolg (het venster zet daar geen hulptekst).",
  expected: (env) => (env.platform === ON_THE_WEB ? "geweigerd (NotAllowed)" : "uitgevoerd"),
  alternatives: (env) =>
    env.platform === ON_THE_WEB
      ? [
          {
            seen: "uitgevoerd",
            fallback:
              "Word on the web now accepts it; the pane still leaves placeholders out there (hint in the pane only)",
          },
          { seen: /^geweigerd/, fallback: "refused with another code; placeholders are left out on the web anyway" },
        ]
      : [],
  async run() {
    return Word.run(async (context) => {
      const cc = scratchControl(context, "");
      await context.sync();
      cc.placeholderText = "Hulptekst";
      return refusedOrDone(context);
    });
  },
};
