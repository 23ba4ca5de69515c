// The repair as a plan: given the form as read, the operations and the log entries (no emulator).
// The same cases on the emulator: test/word/outside-and-repair.test.ts, tampered.test.ts, hidden-data.test.ts.
import {
  createEntry,
  findField,
  sealNewEntries,
  serializeDataPart,
  TEMPLATE,
  toTableRow,
  type DataPart,
} from "../../../src/domain";
import {
  planRepair,
  type RepairInput,
  type RepairPlan,
  type RepairSnapshot,
} from "../../../src/domain/plans/repair-plan";
import { REPAIR_REFUSALS, repairNoteText, SECOND_DATA_PART } from "../../../src/domain/text/repair";
import { bodyOf, fieldCell, formData, mapOf, rowsTable, seeded } from "./bodies";

const PH = { initials: "PH", organisation: "Ambiq" };
const NOW = new Date("2020-09-02T10:00:00Z");
const input = (more: Partial<RepairInput> = {}): RepairInput => ({
  signer: PH,
  now: NOW,
  random: seeded(3),
  placeholders: true,
  ...more,
});
const label = (id: string): string => findField(id)!.field.label;

function snapshotOf(data: DataPart, more: Partial<RepairSnapshot> = {}): RepairSnapshot {
  return {
    kind: "form",
    future: false,
    parts: [{ id: "p1", xml: serializeDataPart(data) }],
    storageKind: "customXml",
    boxes: { ...data.lastAttributed },
    duplicateIds: [],
    hasLogTable: true,
    logRows: data.changeLog.map((e) => [...toTableRow(e)]),
    archiveCount: 0,
    documentMap: mapOf(bodyOf()),
    stripped: null,
    ...more,
  };
}

function repaired(plan: RepairPlan): Extract<RepairPlan, { kind: "repair" }> {
  if (plan.kind !== "repair") throw new Error(`refused: ${plan.message}`);
  return plan;
}

const descriptions = (plan: RepairPlan): string[] => repaired(plan).write?.entries.map((e) => e.description) ?? [];

describe("refusals", () => {
  test("a document that is no form, and one of a newer add-in, are refused with their reason", async () => {
    const data = formData();
    expect(await planRepair(snapshotOf(data, { kind: "plain" }), input())).toEqual({
      kind: "refused",
      refusal: "notForm",
      errorKind: "notFound",
      message: REPAIR_REFUSALS.notForm,
    });
    expect(await planRepair(snapshotOf(data, { future: true }), input())).toMatchObject({
      kind: "refused",
      refusal: "future",
      errorKind: "notSupported",
    });
  });
});

test("a form with nothing wrong: no operation, nothing written", async () => {
  const plan = repaired(await planRepair(snapshotOf(formData({ hulpvraag: "Rust" })), input()));
  expect(plan.operations).toEqual([]);
  expect(plan.write).toBeNull();
  expect(plan.dataKept).toBe(true);
  expect(plan.outcome).toEqual({
    notes: [],
    chainReset: false,
    counts: { partsSetAside: 0, boxesRestored: 0, copiesUnboxed: 0 },
  });
});

describe("box controls removed by hand", () => {
  test("a box is wrapped again in its answer cell, with its hint where the host allows one", async () => {
    const data = formData({ hulpvraag: "Rust", zorgen: "Veel" });
    const read = snapshotOf(data, { boxes: { zorgen: "Veel" } });
    const cell = fieldCell(read.documentMap, "hulpvraag");
    const plan = repaired(await planRepair(read, input()));
    const field = findField("hulpvraag")!.field;
    expect(plan.operations).toEqual([
      {
        op: "wrapBox",
        table: cell.table,
        row: cell.row,
        col: 1,
        key: "hulpvraag",
        title: field.label,
        hint: field.hint,
      },
    ]);
    expect(descriptions(plan)).toEqual([`Vak hersteld: ${field.label}.`]);
    expect(plan.outcome.counts.boxesRestored).toBe(1);
    const noHints = repaired(await planRepair(read, input({ placeholders: false })));
    expect(noHints.operations[0]).toMatchObject({ hint: null });
  });

  test("a table cell's box is wrapped at its row and column, titled with the column", async () => {
    const data = formData(
      { "betrokkenen.r000001.naam": "Moeder", "betrokkenen.r000001.rol": "" },
      { betrokkenen: ["r000001"] },
    );
    const plan = repaired(await planRepair(snapshotOf(data, { boxes: { "betrokkenen.r000001.rol": "" } }), input()));
    const table = rowsTable(snapshotOf(data).documentMap, "betrokkenen");
    expect(plan.operations).toEqual([
      {
        op: "wrapBox",
        table,
        row: 1,
        col: 0,
        key: "betrokkenen.r000001.naam",
        title: `${label("betrokkenen")}: Naam`,
        hint: "",
      },
    ]);
  });

  test("a box the document has no place for is left alone", async () => {
    const body = bodyOf();
    const map = mapOf({
      ...body,
      tables: body.tables.filter((_, i) => i !== fieldCell(mapOf(body), "hulpvraag").table),
    });
    const data = formData({ hulpvraag: "Rust" });
    const plan = repaired(await planRepair(snapshotOf(data, { boxes: {}, documentMap: map }), input()));
    expect(plan.operations).toEqual([]);
    expect(plan.write).toBeNull();
  });
});

describe("the data part", () => {
  test("missing: rebuilt from the visible log and the boxes, written to fresh storage", async () => {
    const plan = repaired(
      await planRepair(snapshotOf(formData(), { parts: [], boxes: { hulpvraag: "Rust" } }), input()),
    );
    expect(plan.dataKept).toBe(false);
    expect(plan.data.lastAttributed.hulpvraag).toBe("Rust");
    expect(plan.outcome.notes[0]).toMatchObject({ code: "dataRebuilt" });
    expect(descriptions(plan)[0]).toMatch(/^Formuliergegevens opnieuw opgebouwd\./);
  });

  test("unreadable: set aside (quarantined with its reason, never dropped) and rebuilt", async () => {
    const read = snapshotOf(formData(), { parts: [{ id: "p1", xml: "<kapot" }] });
    const plan = repaired(await planRepair(read, input()));
    const aside = plan.operations[0];
    expect(aside).toMatchObject({ op: "setAside", partId: "p1", raw: "<kapot" });
    expect(aside?.op === "setAside" && aside.xml).toContain("kapot");
    expect(plan.outcome.counts.partsSetAside).toBe(1);
    expect(descriptions(plan).slice(0, 2)).toEqual([
      repairNoteText({ code: "dataSetAside", extra: false }),
      expect.stringMatching(/^Formuliergegevens opnieuw opgebouwd/),
    ]);
  });

  test("two readable parts: the first stays, the second is set aside as a second set", async () => {
    const data = formData({ hulpvraag: "Rust" });
    const other = { ...formData({ hulpvraag: "Anders" }), documentId: "other" };
    const read = snapshotOf(data, {
      parts: [
        { id: "p1", xml: serializeDataPart(data) },
        { id: "p2", xml: serializeDataPart(other) },
      ],
    });
    const plan = repaired(await planRepair(read, input()));
    expect(plan.dataKept).toBe(true);
    expect(plan.data.lastAttributed.hulpvraag).toBe("Rust");
    expect(plan.operations).toEqual([
      expect.objectContaining({ op: "setAside", partId: "p2", reason: SECOND_DATA_PART }),
    ]);
    expect(descriptions(plan)).toEqual([repairNoteText({ code: "dataSetAside", extra: true })]);
  });

  test("in the settings (no parts): set aside into the settings; a settings copy beside a part goes after the write", async () => {
    const data = formData();
    const bad = { id: null, xml: "<kapot" };
    const settings = repaired(
      await planRepair(
        snapshotOf(data, { storageKind: "settings", parts: [{ id: null, xml: serializeDataPart(data) }, bad] }),
        input(),
      ),
    );
    expect(settings.operations).toEqual([expect.objectContaining({ op: "setAside", partId: null })]);
    const beside = repaired(
      await planRepair(snapshotOf(data, { parts: [{ id: "p1", xml: serializeDataPart(data) }, bad] }), input()),
    );
    expect(beside.operations).toEqual([]);
    expect(beside.settingsCopyToQuarantine).toBe(true);
    expect(beside.write?.entries).toHaveLength(1);
  });
});

test("copies of a box become plain text, counted in the right number", async () => {
  const data = formData({ hulpvraag: "Rust" });
  const one = repaired(await planRepair(snapshotOf(data, { duplicateIds: [41] }), input()));
  expect(one.operations).toEqual([{ op: "unbox", controlId: 41 }]);
  expect(descriptions(one)).toEqual(["1 gekopieerd vak is weer gewone tekst (de tekst is gebleven)."]);
  const two = repaired(await planRepair(snapshotOf(data, { duplicateIds: [41, 42] }), input()));
  expect(two.operations).toHaveLength(2);
  expect(two.outcome.counts.copiesUnboxed).toBe(2);
  expect(descriptions(two)).toEqual(["2 gekopieerde vakken zijn weer gewone tekst (de tekst is gebleven)."]);
});

describe("the visible log", () => {
  const logged = (): DataPart => {
    const data = formData({ hulpvraag: "Rust" });
    const entry = createEntry(
      { kind: "edit", description: "Hulpvraag ingevuld", boxKey: "hulpvraag", before: "", after: "Rust" },
      PH,
      NOW,
      seeded(5),
    );
    return { ...data, changeLog: [entry] };
  };

  test("removed: put back at the end, title and header first", async () => {
    const data = logged();
    const plan = repaired(await planRepair(snapshotOf(data, { hasLogTable: false, logRows: null }), input()));
    expect(plan.operations).toEqual([
      {
        op: "appendLog",
        title: TEMPLATE.changeLog.title,
        rows: [[...TEMPLATE.changeLog.columns], [...toTableRow(data.changeLog[0]!)]],
      },
    ]);
    expect(descriptions(plan)).toEqual([repairNoteText({ code: "logRestored" })]);
  });

  const edited = (): string[][] => [["01-01-2020", "XX", "Elders", "", "Met de hand"]];

  test("differing from the data part: refused until the user chooses a side", async () => {
    const data = logged();
    expect(await planRepair(snapshotOf(data, { logRows: edited() }), input())).toMatchObject({
      kind: "refused",
      refusal: "chooseLogSide",
      errorKind: "invalid",
      message: REPAIR_REFUSALS.chooseLogSide,
    });
  });

  test("the data part chosen: the visible rows are replaced, the edited rows kept whole as evidence", async () => {
    const data = logged();
    const plan = repaired(await planRepair(snapshotOf(data, { logRows: edited() }), input({ logSide: "data" })));
    expect(plan.operations).toEqual([{ op: "replaceLogRows", shown: 1, rows: [[...toTableRow(data.changeLog[0]!)]] }]);
    const last = plan.write!.entries.at(-1)!;
    expect(last.description).toBe(repairNoteText({ code: "logFromData" }));
    expect(last.evidence).toContain("XX | Elders");
  });

  test("the visible log chosen: the data part's log follows it, nothing in the document changes", async () => {
    const data = logged();
    const plan = repaired(await planRepair(snapshotOf(data, { logRows: edited() }), input({ logSide: "visible" })));
    expect(plan.operations).toEqual([]);
    expect(plan.data.changeLog).not.toEqual(data.changeLog);
    expect(descriptions(plan)).toEqual([repairNoteText({ code: "dataFromLog" })]);
  });

  test("a difference in the archived part can only be repaired from the data part", async () => {
    const data = logged();
    const plan = await planRepair(
      snapshotOf(data, { logRows: edited(), archiveCount: 5 }),
      input({ logSide: "visible" }),
    );
    expect(plan).toMatchObject({ kind: "refused", refusal: "archivedDifference", errorKind: "notSupported" });
  });

  test("a sealed entry changed outside the add-in: recorded as seen, the chain reset names what it accepts", async () => {
    const sealed = await sealNewEntries(logged(), 1);
    const changed = { ...sealed, changeLog: [{ ...sealed.changeLog[0]!, description: "Anders" }] };
    const plan = repaired(await planRepair(snapshotOf(changed), input()));
    const last = plan.write!.entries.at(-1)!;
    expect(last.description).toBe(repairNoteText({ code: "outsideSeen" }));
    expect(last).toMatchObject({ chainReset: true });
    expect(last.acknowledges?.length).toBeGreaterThan(0);
    expect(last.evidence).toBeTruthy();
    expect(plan.outcome.chainReset).toBe(true);
  });
});

test("entries made in the same instant with the same randomness get unique ids", async () => {
  const data = formData({ hulpvraag: "Rust", zorgen: "Veel" });
  const same = (): number => 0.5;
  const plan = repaired(await planRepair(snapshotOf(data, { boxes: {}, duplicateIds: [9] }), input({ random: same })));
  const ids = plan.write!.entries.map((e) => e.id);
  expect(ids).toHaveLength(3);
  expect(new Set(ids).size).toBe(3);
  expect(plan.write!.next.changeLog.slice(-3)).toEqual(plan.write!.entries);
});
