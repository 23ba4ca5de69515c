import {
  amendmentEntry,
  convertedEntry,
  correctionEntry,
  createEntry,
  newDataPart,
  quarantineRemovedEntry,
  rowAddedEntry,
  rowNumberOf,
  rowRemovedEntry,
  TEMPLATE,
  withEntries,
  withFillSession,
  type DataPart,
} from "../../src/domain";

const PH = { initials: "PH", organisation: "Ambiq" };
const NOW = new Date("2020-09-02T10:00:00Z");
let n = 0;
const random = () => (n = (n * 7919 + 104729) % 1000003) / 1000003;
const who = { signer: PH, now: NOW, random };
const rowsField = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.kind === "rows")!;
const textField = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.kind !== "rows")!;
const column = rowsField.columns![0]!.id;

function data(agreed: DataPart["agreed"] = null): DataPart {
  return {
    ...newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random }),
    agreed,
    rowOrder: { [rowsField.id]: ["r000001", "r000002"] },
    changeLog: [createEntry({ kind: "created", description: "Handreiking aangemaakt." }, PH, NOW, random)],
  };
}

describe("the entries the pane's edits add", () => {
  test("a correction after agreement names the row and the stamp; a first fill says Ingevuld", () => {
    const cell = `${rowsField.id}.r000002.${column}`;
    expect(rowNumberOf(data().rowOrder, cell)).toBe(2);
    expect(rowNumberOf(data().rowOrder, textField.id)).toBeUndefined();
    expect(correctionEntry(cell, "oud", "nieuw", 2, "PH 20200902, Ambiq")).toMatchObject({
      kind: "edit",
      boxKey: cell,
      before: "oud",
      after: "nieuw",
      description: "Rij 2: gecorrigeerd, in het document gestempeld: PH 20200902, Ambiq",
    });
    expect(correctionEntry(textField.id, "", "x", undefined, "PH 20200902, Ambiq").description).toBe(
      "Ingevuld, in het document gestempeld: PH 20200902, Ambiq",
    );
  });

  test("an amendment keeps the old value only when its line replaced it", () => {
    expect(amendmentEntry(textField.id, "oud", "oud\nPH: x", "PH: x")).not.toHaveProperty("before");
    expect(amendmentEntry(textField.id, "oud", "PH: x", "PH: x")).toMatchObject({ before: "oud", after: "PH: x" });
    // a table cell's addition names its row in the log line (issue 28), a plain box does not
    expect(amendmentEntry("afspraken.r1.wanneer", "a", "a\nPH: x", "PH: x", 2).description).toBe(
      "Rij 2: aanvulling: PH: x",
    );
    expect(amendmentEntry(textField.id, "oud", "oud\nPH: x", "PH: x").description).toBe("Aanvulling: PH: x");
  });

  test("rows added and removed are numbered as the table shows them", () => {
    expect(rowAddedEntry(rowsField.id, 3, "PH 20200902, Ambiq").description).toBe(
      "Rij 3 toegevoegd, in het document gestempeld: PH 20200902, Ambiq",
    );
    expect(rowRemovedEntry(rowsField.id, 1, "a | b")).toMatchObject({
      before: "a | b",
      description: "Rij 1 verwijderd",
    });
  });

  test("after agreement each change is a new version; before, it is not", () => {
    const agreed = { day: "20200901", initials: "PH", organisation: "Ambiq" };
    const after = withEntries(data(agreed), [rowRemovedEntry(rowsField.id, 1, "")], who, "v1");
    expect(after.data.formVersion).toBe(data().formVersion + 1);
    expect(after.data.versionId).toBe("v1");
    expect(after.data.changeLog.at(-1)).toEqual(after.entries[0]);
    expect(withEntries(data(), [rowRemovedEntry(rowsField.id, 1, "")], who).data.formVersion).toBe(data().formVersion);
  });

  test("a fill session continues in the last entry, unless it may not", () => {
    const first = withFillSession(data(), [textField.id], who);
    expect(first.replacesLast).toBe(false);
    const again = withFillSession(first.data, [`${rowsField.id}.r000001`], who);
    expect(again.replacesLast).toBe(true);
    expect(again.data.changeLog).toHaveLength(first.data.changeLog.length);
    expect(withFillSession(first.data, [textField.id], who, false).data.changeLog).toHaveLength(
      first.data.changeLog.length + 1,
    );
  });
});

describe("the entries of making a form and removing data set aside", () => {
  test("converting says the template version, the boxes kept and the fields not found", () => {
    expect(convertedEntry("1.1", 0, 0)).toEqual({
      kind: "created",
      description: "Omgezet naar formulier (sjabloon 1.1).",
    });
    expect(convertedEntry("1.1", 3, 2).description).toBe(
      "Omgezet naar formulier (sjabloon 1.1). 3 al ingevulde vakken overgenomen. 2 vakken niet gevonden in het document.",
    );
    // one: the singular (not "1 al ingevulde vakken")
    expect(convertedEntry("1.1", 1, 1).description).toBe(
      "Omgezet naar formulier (sjabloon 1.1). 1 al ingevuld vak overgenomen. 1 vak niet gevonden in het document.",
    );
  });

  test("removing data set aside says its size and, when known, the day it was set aside", () => {
    expect(quarantineRemovedEntry({ size: 300, day: null }).description).toBe(
      "Apart bewaarde gegevens verwijderd (300 tekens).",
    );
    expect(quarantineRemovedEntry({ size: 14336, day: "20200902" }).description).toBe(
      "Apart bewaarde gegevens verwijderd (14 kB, apart gezet op 20200902).",
    );
  });
});
