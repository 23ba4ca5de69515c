// Two copies of one filled handreiking, amended apart on the Word emulator, read back from their
// .docx bytes and compared; the merge plan applied to the box texts.
import { readCopy } from "../../src/document/read-data-part";
import {
  applyPlanToTexts,
  compareCopies,
  keepBothResult,
  mergeEntries,
  mergeLogs,
  planMerge,
  mirroredRelation,
  relationSentence,
  OTHER_CLIENT,
  OTHER_DOCUMENT,
  type CopyState,
} from "../../src/domain";
import { filledDocx, KJ, PH, PV } from "handreiking-fixtures/filled-docx";
import { gatewayFor, PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";

afterAll(stopHost);

async function state(bytes: Uint8Array): Promise<CopyState> {
  const r = await readCopy(bytes);
  if (!r.ok) throw new Error(r.error);
  return { data: r.data, boxTexts: r.boxTexts };
}

describe("two copies of one converted original, amended apart", () => {
  let original: CopyState;
  let here: CopyState;
  let there: CopyState;
  let newRow: string;
  let stagnatieBefore: string;

  beforeAll(async () => {
    const bytes = await filledDocx();
    original = await state(bytes);
    stagnatieBefore = original.boxTexts.stagnatie!;
    // copy A (here): the behandelaar amends stap 1 and the regisseur's tasks
    const hostA = await startHost("desktop", bytes);
    const a = gatewayFor(() => new Date("2020-09-20T09:00:00Z"));
    await a.open();
    await a.amend("hulpvraag", "Vader wil ook zelf hulp.", PH);
    await a.amend("takenRegisseur", "Regisseur belt school.", PH);
    here = await state(await hostA.saveDocx());
    // copy B (there): the regisseur amends stap 7 and the regisseur's tasks, the voogd adds a betrokkene
    const hostB = await startHost("web", bytes);
    const b = gatewayFor(() => new Date("2020-09-22T09:00:00Z"));
    let view = await b.open();
    await b.amend("stagnatie", "Bij uitval belt de regisseur de voogd.", PV);
    await b.amend("takenRegisseur", "Regisseur plant evaluatie.", PV);
    const before = view.data!.rowOrder.betrokkenen!;
    view = await b.addRow("betrokkenen", KJ);
    newRow = view.data!.rowOrder.betrokkenen!.find((r) => !before.includes(r))!;
    await b.writeBox(`betrokkenen.${newRow}.naam`, "Oma (moederskant)", KJ);
    await b.writeBox(`betrokkenen.${newRow}.rol`, "Netwerk", KJ);
    there = await state(await hostB.saveDocx());
  }, 180_000);

  test("per box: same, changed here, changed there, changed in both", () => {
    const cmp = compareCopies(here, there);
    if (!cmp.ok) throw new Error(cmp.message);
    const status = Object.fromEntries(cmp.boxes.map((b) => [b.key, b.status]));
    expect(status.hulpvraag).toBe("changedHere");
    expect(status.stagnatie).toBe("changedThere");
    expect(status.takenRegisseur).toBe("conflict");
    expect(status[`betrokkenen.${newRow}.naam`]).toBe("changedThere");
    expect(status.gemeente).toBe("same");
    expect(cmp.conflicts).toEqual(["takenRegisseur"]);
    expect(cmp.relation).toBe("diverged");
    expect(cmp.rowsOnlyThere).toEqual({ betrokkenen: [newRow] });
    expect(cmp.onlyHere.map((e) => e.kind)).toEqual(["amendment", "amendment"]);
    expect(cmp.onlyThere.map((e) => e.kind)).toEqual(["amendment", "amendment", "rowAdded", "edit", "edit"]);
    expect(cmp.onlyThere.every((e) => !here.data.changeLog.some((h) => h.id === e.id))).toBe(true);
    const conflict = cmp.boxes.find((b) => b.key === "takenRegisseur")!;
    expect(conflict.hereEntries.map((e) => e.initials)).toEqual(["PH"]);
    expect(conflict.thereEntries.map((e) => e.initials)).toEqual(["PV"]);
  });

  test("without a choice the conflicting box is never overwritten", () => {
    const plan = planMerge(here, there);
    expect(plan.complete).toBe(false);
    expect(plan.unresolved).toEqual(["takenRegisseur"]);
    expect(plan.boxUpdates.map((u) => u.key)).not.toContain("takenRegisseur");
    const merged = applyPlanToTexts(here.boxTexts, plan);
    expect(merged.takenRegisseur).toBe(here.boxTexts.takenRegisseur);
    expect(merged.hulpvraag).toBe(here.boxTexts.hulpvraag);
    expect(merged.stagnatie).toBe(there.boxTexts.stagnatie);
    expect(merged.stagnatie).not.toBe(stagnatieBefore);
  });

  test("with choices: updates, entries only there added, merge records, new row", () => {
    const plan = planMerge(here, there, { takenRegisseur: "both" });
    expect(plan.complete).toBe(true);
    const byKey = Object.fromEntries(plan.boxUpdates.map((u) => [u.key, u]));
    expect(byKey.stagnatie).toEqual({
      key: "stagnatie",
      before: here.boxTexts.stagnatie,
      after: there.boxTexts.stagnatie,
      source: "there",
      newRow: false,
    });
    expect(byKey[`betrokkenen.${newRow}.naam`]).toEqual(
      expect.objectContaining({ before: "", after: "Oma (moederskant)", newRow: true }),
    );
    // both stamped lines after the text both copies started from, which appears once
    const after = byKey.takenRegisseur!.after.split("\n");
    expect(after.slice(0, -1).join("\n")).toBe(here.boxTexts.takenRegisseur);
    expect(after.at(-1)).toBe(there.boxTexts.takenRegisseur!.split("\n").at(-1));
    expect(after.at(-1)).toMatch(/^PV \d{8}, .*Regisseur plant evaluatie\.$/);
    expect(plan.newRowKeys).toEqual({ betrokkenen: [newRow] });
    expect(plan.rowOrder.betrokkenen).toEqual(there.data.rowOrder.betrokkenen);
    // every entry of both copies, once
    const ids = new Set([...here.data.changeLog, ...there.data.changeLog].map((e) => e.id));
    expect(plan.mergedLog.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(plan.entriesToAdd).toHaveLength(5);
    // a box only the other copy changed, and logged: its entry is taken over as it is, no merge record on top
    // (one would double the log and sign PV's text with the merger's initials)
    expect(plan.mergeRecords.find((r) => r.boxKey === "stagnatie")).toBeUndefined();
    const stagnatieEntry = plan.entriesToAdd.filter((e) => e.boxKey === "stagnatie" || e.filled?.includes("stagnatie"));
    expect(stagnatieEntry.map((e) => `${e.initials} ${e.day}, ${e.organisation}`)).toEqual([
      "PV 20200922, Gemeente Hengelo",
    ]);
    // records only for the boxes the merger decided
    expect(plan.mergeRecords.every((r) => r.boxKey !== undefined && r.description.startsWith("Samengevoegd"))).toBe(
      true,
    );
    const entries = mergeEntries(plan, PH, new Date("2020-09-25T10:00:00Z"), () => 0.5);
    expect(entries.every((e) => e.kind === "merge" && e.initials === "PH" && e.day === "20200925")).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // applied to this copy's texts: theirs where only they changed, ours where only we did
    const merged = applyPlanToTexts(here.boxTexts, plan);
    expect(merged.hulpvraag).toMatch(/PH 20200920, Ambiq: Vader wil ook zelf hulp\.$/);
    expect(merged.stagnatie).toMatch(/PV 20200922, Gemeente Hengelo: Bij uitval belt de regisseur de voogd\.$/);
    expect(merged.takenRegisseur).toContain("PH 20200920, Ambiq: Regisseur belt school.");
    expect(merged.takenRegisseur).toContain("PV 20200922, Gemeente Hengelo: Regisseur plant evaluatie.");
    expect(merged[`betrokkenen.${newRow}.naam`]).toBe("Oma (moederskant)");
    // merging the other way round gives the same texts for every box both sides agree on
    const back = applyPlanToTexts(there.boxTexts, planMerge(there, here, { takenRegisseur: "here" }));
    for (const key of ["hulpvraag", "stagnatie", `betrokkenen.${newRow}.naam`]) expect(back[key]).toBe(merged[key]);
  });

  test("choosing 'there' or 'here' for a conflict", () => {
    expect(applyPlanToTexts(here.boxTexts, planMerge(here, there, { takenRegisseur: "there" })).takenRegisseur).toBe(
      there.boxTexts.takenRegisseur,
    );
    const keep = planMerge(here, there, { takenRegisseur: "here" });
    expect(keep.boxUpdates.some((u) => u.key === "takenRegisseur")).toBe(false);
    expect(keep.mergeRecords.find((r) => r.boxKey === "takenRegisseur")!.description).toMatch(/deze tekst is behouden/);
  });

  test("a copy compared with itself, or with its own older version", () => {
    const same = compareCopies(here, here);
    expect(same.ok && same.identical).toBe(true);
    const older = compareCopies(here, original);
    if (!older.ok) throw new Error(older.message);
    expect(older.relation).toBe("hereIsNewer");
    expect(older.conflicts).toEqual([]);
    expect(planMerge(here, original).boxUpdates).toEqual([]);
    const newer = planMerge(original, here);
    expect(newer.boxUpdates.map((u) => u.key).sort()).toEqual(["hulpvraag", "takenRegisseur"]);
    expect(newer.entriesToAdd).toHaveLength(2);
  });

  test("the relation sentence says what is missing where, the same seen from either copy", () => {
    const fromNewer = compareCopies(here, original);
    const fromOlder = compareCopies(original, here);
    if (!fromNewer.ok || !fromOlder.ok) throw new Error("not comparable");
    expect(fromOlder.relation).toBe(mirroredRelation(fromNewer.relation));
    expect(fromNewer.relation).toBe("hereIsNewer");
    const missing = fromNewer.onlyHere.length;
    expect(missing).toBeGreaterThan(0);
    expect(fromOlder.onlyThere).toHaveLength(missing);
    const newer = relationSentence(fromNewer.relation, fromNewer.onlyHere.length, fromNewer.onlyThere.length);
    const older = relationSentence(fromOlder.relation, fromOlder.onlyHere.length, fromOlder.onlyThere.length);
    // the newer copy says the OTHER copy lacks its changes (the old text said "daar ontbreekt niets")
    expect(newer).toContain(`daar ontbreken ${missing} wijziging`);
    expect(newer).toContain("Hier ontbreekt niets");
    expect(newer).not.toMatch(/daar ontbreekt niets/i);
    expect(older).toContain(`die heeft ${missing} wijziging`);
    expect(older).toContain("Daar ontbreekt niets");
    // two copies changed apart: each side names its own and the other's count, mirrored
    const ab = compareCopies(here, there);
    const ba = compareCopies(there, here);
    if (!ab.ok || !ba.ok) throw new Error("not comparable");
    expect([ab.relation, ba.relation]).toEqual(["diverged", "diverged"]);
    const abText = relationSentence(ab.relation, ab.onlyHere.length, ab.onlyThere.length);
    const baText = relationSentence(ba.relation, ba.onlyHere.length, ba.onlyThere.length);
    expect(abText).toContain(`hier staan ${ab.onlyHere.length} wijziging`);
    expect(abText).toContain(`de andere kopie heeft ${ab.onlyThere.length} wijziging`);
    expect(baText).toContain(`hier staan ${ab.onlyThere.length} wijziging`);
    expect(baText).toContain(`de andere kopie heeft ${ab.onlyHere.length} wijziging`);
  });

  test("the relation follows the logs even when the version chain points the other way", () => {
    // here says it follows the other copy's version, yet the other copy has an entry here lacks
    const extra = { ...there.data.changeLog[there.data.changeLog.length - 1]!, id: "only-there-entry" };
    const hereData = { ...here.data, previousVersion: { formVersion: there.data.formVersion, versionId: "v-there" } };
    const thereData = { ...here.data, versionId: "v-there", changeLog: [...here.data.changeLog.slice(0, -1), extra] };
    const cmp = compareCopies(
      { data: hereData, boxTexts: here.boxTexts },
      { data: thereData, boxTexts: here.boxTexts },
    );
    if (!cmp.ok) throw new Error(cmp.message);
    expect(cmp.onlyThere.length).toBeGreaterThan(0);
    expect(cmp.relation).not.toBe("hereIsNewer");
  });

  test("an unlogged edit in one copy still counts as a change there", () => {
    const edited: CopyState = {
      data: there.data,
      boxTexts: { ...there.boxTexts, gaatGoed: `${there.boxTexts.gaatGoed} Opa helpt ook.` },
    };
    const cmp = compareCopies(here, edited);
    if (!cmp.ok) throw new Error(cmp.message);
    expect(cmp.boxes.find((b) => b.key === "gaatGoed")!.status).toBe("changedThere");
  });

  test("a copy of a different document is refused", async () => {
    const host = await startHost("desktop", PLAIN);
    await gatewayFor().convert(PH);
    const other = await state(await host.saveDocx());
    expect(compareCopies(here, other)).toEqual({ ok: false, reason: "otherDocument", message: OTHER_DOCUMENT });
    expect(() => planMerge(here, other)).toThrow(OTHER_DOCUMENT);
  });

  test("same document id but other client initials, unexplained by the logs: refused", () => {
    const reused: CopyState = { data: there.data, boxTexts: { ...there.boxTexts, initialen: "TK" } };
    expect(compareCopies(here, reused)).toEqual({ ok: false, reason: "otherClient", message: OTHER_CLIENT });
  });

  test("mergeLogs keeps entries of both, once", () => {
    const plan = planMerge(here, there, { takenRegisseur: "here" });
    expect(mergeLogs(plan.mergedLog, there.data.changeLog)).toEqual(plan.mergedLog);
  });
});

// "afstemming" is long text: both texts stay, line by line.
const keepBothTexts = (here: string, there: string): string => {
  const r = keepBothResult("afstemming", here, there);
  if (!r.ok) throw new Error(r.message);
  return r.text;
};

describe("keepBothResult (long text)", () => {
  test("two amendments to the same text: the text once, then both stamped lines", () => {
    const base = "Elke zes weken overleg.";
    expect(
      keepBothTexts(
        `${base}\nES 20201022, Gemeente Hengelo: School sluit aan.`,
        `${base}\nKJ 20201023, JBOV: Voogd neemt deel.`,
      ),
    ).toBe(`${base}\nES 20201022, Gemeente Hengelo: School sluit aan.\nKJ 20201023, JBOV: Voogd neemt deel.`);
  });
  test("two different texts: this one first, then the other", () => {
    expect(keepBothTexts("Elke drie weken.", "Elke vier weken.")).toBe("Elke drie weken.\nElke vier weken.");
  });
  test("an empty side gives the other text unchanged", () => {
    expect(keepBothTexts("", "Elke vier weken.")).toBe("Elke vier weken.");
    expect(keepBothTexts("Elke drie weken.", "")).toBe("Elke drie weken.");
  });
});
