// Contract cases about tables (WordApi 1.3).
import type { ContractCase } from "./types";
import { quoted, SCRATCH_TAG } from "./scratch";

export const addRowsCopiesFormatting: ContractCase = {
  id: "addrows-formatting",
  title: "Een nieuwe tabelrij neemt de opmaak van de laatste rij over",
  relies:
    "Table.addRows('End') makes rows like the last row; convert.ts fills the template's empty log row so later log rows keep its formatting.",
  source:
    "https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-addrows-member(1) (formatting of the new rows is not documented)",
  emulatorAssumed: true,
  requires: ["WordApi", "1.3"],
  meaning:
    "Nieuwe regels in het logboek en nieuwe rijen in tabellen zien er anders uit dan de rijen erboven. De inhoud klopt wel.",
  expected: () => "Heading2",
  async run() {
    return Word.run(async (context) => {
      const table = context.document.body.insertTable(2, 2, "End", [
        ["kop", "kop"],
        ["a", "b"],
      ]);
      table.getCell(1, 0).body.paragraphs.getFirst().styleBuiltIn = "Heading2";
      await context.sync();
      table.addRows("End", 1, [["c", "d"]]);
      const added = table.getCell(2, 0).body.paragraphs.getFirst();
      added.load("styleBuiltIn");
      await context.sync();
      return String(added.styleBuiltIn);
    });
  },
};

export const cellControlWraps: ContractCase = {
  id: "cell-control-wraps",
  title: "Een vak in een tabelcel omvat de inhoud van de cel",
  relies:
    "TableCell.body.insertContentControl() wraps the cell's whole content (convert.ts, edits.ts, merge.ts, repair.ts make every box in a table this way).",
  source:
    "https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertcontentcontrol-member(1); https://github.com/OfficeDev/office-js/issues/3367 (on the web a control on part of a cell failed)",
  emulatorAssumed: true,
  requires: ["WordApi", "1.3"],
  meaning:
    "Omzetten naar een formulier of een rij toevoegen mislukt, of de vakken in tabellen bevatten niet de hele cel.",
  expected: () => `vak ${quoted("inhoud")}, cel ${quoted("inhoud")}`,
  async run() {
    return Word.run(async (context) => {
      const table = context.document.body.insertTable(1, 1, "End", [["inhoud"]]);
      const cc = table.getCell(0, 0).body.insertContentControl();
      cc.tag = SCRATCH_TAG;
      cc.load("text");
      table.load("values");
      await context.sync();
      return `vak ${quoted(cc.text)}, cel ${quoted(table.values[0]?.[0] ?? "")}`;
    });
  },
};

export const logTailRead: ContractCase = {
  id: "log-tail-read",
  title: "Het venster vindt de logboektabel en leest alleen de nieuwste regels",
  relies:
    "read-tail.ts (opening a form): a table inside a control is found by loading 'items/parentContentControlOrNullObject/tag' on body.tables (a table outside any control gives a null object, not an error); a row read through getCell(r, 0).parentRow and then getNext() gives its cells as values[0]; a control's text can be loaded in a later sync on an item of a collection loaded earlier.",
  source:
    "https://learn.microsoft.com/javascript/api/word/word.table (parentContentControlOrNullObject, getCell, rowCount); https://learn.microsoft.com/javascript/api/word/word.tablerow (values: a 2D array, getNext); a navigation in a collection load of a null object is not documented",
  emulatorAssumed: true,
  requires: ["WordApi", "1.3"],
  meaning:
    "Het formulier openen mislukt of leest het logboek verkeerd; het venster meldt dan een probleem met het logboek dat er niet is.",
  expected: () => `tabellen ${quoted("-|" + SCRATCH_TAG)}, rijen ${quoted("b|c")}, vak ${quoted("a")}`,
  async run() {
    return Word.run(async (context) => {
      const body = context.document.body;
      body.insertTable(1, 1, "End", [["los"]]);
      // as convert.ts makes the log control: a control around a table
      const cc = body.insertTable(3, 1, "End", [["a"], ["b"], ["c"]]).insertContentControl();
      cc.tag = SCRATCH_TAG;
      await context.sync();
      const tables = body.tables;
      tables.load("items/rowCount,items/parentContentControlOrNullObject/tag");
      const controls = body.contentControls.getByTag(SCRATCH_TAG);
      controls.load("items/tag");
      await context.sync();
      const found = tables.items.map((t) =>
        t.parentContentControlOrNullObject.isNullObject ? "-" : t.parentContentControlOrNullObject.tag,
      );
      const inControl = tables.items.find((t) => !t.parentContentControlOrNullObject.isNullObject);
      const b = inControl ? inControl.getCell(inControl.rowCount - 2, 0).parentRow.load("values") : null;
      const c = b ? b.getNext().load("values") : null;
      controls.items[0]?.load("text");
      await context.sync();
      const rows = [b, c].map((r) => r?.values[0]?.[0] ?? "?").join("|");
      return `tabellen ${quoted(found.join("|"))}, rijen ${quoted(rows)}, vak ${quoted((controls.items[0]?.text ?? "").split(/\r|\n/)[0] ?? "")}`;
    });
  },
};
