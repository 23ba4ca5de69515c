import {
  checkReadiness,
  createEntry,
  emptyFormValues,
  expectedFileName,
  lastChangeDay,
  listBoxes,
  missingByStep,
  unattributedBoxes,
  TEMPLATE,
} from "../../src/domain";
import type { ChangeEntry, FormValues } from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";

const who = { initials: "PH", organisation: "Ambiq" };
const entry = (kind: ChangeEntry["kind"], iso: string): ChangeEntry =>
  createEntry({ kind, description: kind }, who, new Date(iso));
const log = [
  entry("created", "2020-09-01T09:00:00Z"),
  entry("amendment", "2020-09-01T22:30:00Z"),
  entry("agreed", "2020-09-05T10:00:00Z"),
];

function textsOf(values: FormValues): Record<string, string> {
  return Object.fromEntries(listBoxes(TEMPLATE, values).map((b) => [b.key, b.text]));
}

describe("readiness", () => {
  it("every label is true in the state it is shown in: signed or not, complete or not", () => {
    const values = filledValues();
    const texts = textsOf(values);
    const input = { values, boxTexts: texts, fileName: "20200902 Handreiking Regie ES.docx" };
    const unknown: ChangeEntry = {
      ...createEntry(
        { kind: "externalEdit", boxKey: "hulpvraag", description: "Buiten het venster gewijzigd" },
        { initials: "NN", organisation: "onbekend" },
        new Date("2020-09-03T09:00:00Z"),
      ),
      authorSource: "unknown",
      recorderInitials: "PH",
    };
    const signed = checkReadiness({ ...input, data: { lastAttributed: texts, changeLog: log } });
    const withUnknown = checkReadiness({ ...input, data: { lastAttributed: texts, changeLog: [...log, unknown] } });
    expect(signed[1]).toMatchObject({ ok: true, label: "Elke wijziging heeft initialen, datum en organisatie" });
    expect(withUnknown[1]).toMatchObject({
      ok: false,
      advisory: true,
      label: "Eén wijziging heeft geen bekende maker (initialen en organisatie)",
      details: [expect.stringMatching(/^Maker onbekend: Stap 1 .*\(03-09-2020, vastgelegd door PH\)\.$/)],
    });
    const incomplete = checkReadiness({
      ...input,
      values: { ...values, hulpvraag: "", verzendwijze: "" },
      data: { lastAttributed: texts, changeLog: log },
    });
    expect(incomplete[0]!.label).toMatch(/^Nog niet alle verplichte vakken zijn ingevuld \(\d+ punten?\)$/);
    expect(incomplete[3]!.label).toMatch(/^Er is nog geen beveiligde verzendwijze gekozen/);
    expect(signed[0]!.label).toBe("Alle verplichte vakken zijn ingevuld");
    const misnamed = checkReadiness({
      ...input,
      fileName: "brief.docx",
      data: { lastAttributed: texts, changeLog: log },
    });
    expect(misnamed[2]!.label).toMatch(/ nog niet$/);
  });

  it("a complete, signed, correctly named document is ready", () => {
    const values = filledValues();
    const texts = textsOf(values);
    const items = checkReadiness({
      values,
      boxTexts: texts,
      data: { lastAttributed: texts, changeLog: log },
      fileName: "20200902 Handreiking Regie ES.docx",
    });
    expect(items.map((i) => [i.id, i.ok])).toEqual([
      ["required", true],
      ["attributed", true],
      ["fileName", true],
      ["secureChannel", true],
    ]);
    expect(items.every((i) => i.label.length > 0 && i.details.length === 0)).toBe(true);
  });

  it("lists missing required boxes per step, incl. requiredWhen and minRows", () => {
    const values = { ...filledValues(), gemeente: "", datumToestemming: "", betrokkenen: [] };
    expect(missingByStep(values)).toEqual([
      { stepId: "basis", stepLabel: "Basisgegevens", messages: ["Kies een gemeente."] },
      {
        stepId: "stap2",
        stepLabel: "Stap 2 – Betrokkenen en rollen",
        messages: ["Betrokkenen: Voeg minstens 2 rijen toe."],
      },
      {
        stepId: "stap6",
        stepLabel: "Stap 6 – Communicatie en informatie-uitwisseling",
        messages: ["Vul ‘Datum toestemming’ in."],
      },
    ]);
    const items = checkReadiness({
      values,
      boxTexts: {},
      data: { lastAttributed: {}, changeLog: log },
      fileName: "20200902 Handreiking Regie ES.docx",
    });
    expect(items[0]).toMatchObject({ id: "required", ok: false });
    expect(items[0]!.details).toContain("Basisgegevens: Kies een gemeente.");
  });

  it("names cells with their row when a required cell is empty", () => {
    const values = filledValues();
    values.doelen = [{ key: "r000003", cells: { doel: "", termijn: "3 maanden" } }];
    expect(missingByStep(values)).toEqual([
      { stepId: "stap4", stepLabel: "Stap 4 – Gezamenlijke doelen", messages: ["Doelen, rij 1: Vul ‘Doel’ in."] },
    ]);
  });

  it("finds unattributed edits: box texts that differ from the last attributed text", () => {
    const values = filledValues();
    const attributed = textsOf(values);
    const now = { ...attributed, zorgen: "nieuw getypt", "doelen.r000003.termijn": "6 maanden" };
    expect(unattributedBoxes(now, attributed).sort()).toEqual(["doelen.r000003.termijn", "zorgen"]);
    expect(unattributedBoxes({ a: "x\r\ny" }, { a: "x\ny" })).toEqual([]);
    const items = checkReadiness({
      values,
      boxTexts: now,
      data: { lastAttributed: attributed, changeLog: log },
      fileName: "20200902 Handreiking Regie ES",
    });
    expect(items[1]).toMatchObject({ id: "attributed", ok: false });
    expect(items[1]!.details).toEqual(
      expect.arrayContaining([
        "Niet vastgelegde wijziging (zonder naam in het logboek) in Stap 1 – Hulpvraag en situatie: Wat zijn de zorgen?.",
        "Niet vastgelegde wijziging (zonder naam in het logboek) in Stap 4 – Gezamenlijke doelen: Doelen – Termijn.",
      ]),
    );
  });

  it("expects the date of the last content change in the file name", () => {
    expect(lastChangeDay(log)).toBe("20200902"); // 'agreed' does not count; Amsterdam day
    expect(lastChangeDay([])).toBeNull();
    expect(expectedFileName(filledValues(), log)).toEqual({ ok: true, name: "20200902 Handreiking Regie ES" });
    expect(expectedFileName(emptyFormValues(), log).ok).toBe(false);
    const values = filledValues();
    const texts = textsOf(values);
    const old = checkReadiness({
      values,
      boxTexts: texts,
      data: { lastAttributed: texts, changeLog: log },
      fileName: "20200901 Handreiking Regie ES.docx",
    });
    expect(old[2]).toEqual({
      id: "fileName",
      ok: false,
      label: expect.any(String),
      details: [
        "Sla het document op als ‘20200902 Handreiking Regie ES.docx’ (nu: ‘20200901 Handreiking Regie ES.docx’).",
      ],
    });
    const unsaved = checkReadiness({ values, boxTexts: texts, data: { lastAttributed: texts, changeLog: log } });
    expect(unsaved[2]!.details[0]).toMatch(/nog niet opgeslagen/);
  });

  it("requires a secure channel", () => {
    const values = { ...filledValues(), verzendwijze: "" };
    const items = checkReadiness({
      values,
      boxTexts: {},
      data: { lastAttributed: {}, changeLog: log },
      fileName: "20200902 Handreiking Regie ES",
    });
    expect(items[3]).toEqual({
      id: "secureChannel",
      ok: false,
      label: expect.stringMatching(/beveiligde verzendwijze/),
      details: [
        "Kies bij ‘Beveiligde verzendwijze’ (Stap 6 – Communicatie en informatie-uitwisseling) hoe het document beveiligd wordt verstuurd.",
      ],
    });
  });
});
