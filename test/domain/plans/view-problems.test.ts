// What opening a form reports, decided from plain data (no emulator): every branch of problemsOf.
import {
  documentProblem,
  findViewProblems,
  templateNewer,
  upgradePending,
  viewProblems,
  type ProblemsSnapshot,
} from "../../../src/domain/plans/view-problems";
import { templateNewerText, viewFindingText } from "../../../src/domain/text/view";
import { TEMPLATE } from "../../../src/domain";
import { rowsOf, written } from "./plan-fixtures";

/** A sound form as read: one box, the log table, the data part ok. */
function snapshot(over: Partial<ProblemsSnapshot> = {}): ProblemsSnapshot {
  return {
    kind: "form",
    data: { status: "missing" },
    stripped: false,
    staticChanges: 0,
    boxKeys: new Set(["hulpvraag"]),
    hasLogTable: true,
    logRows: [],
    logRowsStart: 0,
    archiveMissing: false,
    duplicateTags: 0,
    strangeTags: 0,
    ...over,
  };
}

async function soundForm() {
  const data = await written(2);
  return { data, read: snapshot({ data: { status: "ok", data }, logRows: rowsOf(data) }) };
}

const ids = async (s: ProblemsSnapshot, form: Parameters<typeof findViewProblems>[1]) =>
  (await findViewProblems(s, form)).findings.map((f) => f.id);

describe("the problems of a form, planned", () => {
  test("a document that is not a form has none, and no log check", async () => {
    for (const kind of ["empty", "plain", "other"] as const)
      expect(await findViewProblems(snapshot({ kind, duplicateTags: 1 }), null)).toEqual({
        findings: [],
        logCheck: null,
      });
  });

  test("a sound form has none; the log check it ran comes back", async () => {
    const { data, read } = await soundForm();
    const result = await findViewProblems(read, { data });
    expect(result.findings).toEqual([]);
    expect(result.logCheck?.findings).toEqual([]);
  });

  test("a data part of a later format is the only problem: the parser's reason, else the plain one", async () => {
    const read = snapshot({ data: { status: "future", message: "Versie 3 van de gegevens." }, duplicateTags: 2 });
    expect((await viewProblems(read, null)).problems).toEqual([
      { id: "dataFuture", repairable: false, message: "Versie 3 van de gegevens." },
    ]);
    const plain = (await viewProblems(snapshot({ data: { status: "future" } }), null)).problems;
    expect(plain).toEqual([{ id: "dataFuture", repairable: false, message: viewFindingText({ id: "dataFuture" }) }]);
    expect(plain[0]!.message).toMatch(/nieuwere versie van de invoegtoepassing/);
  });

  test("a form of a later version of the handreiking is read only, named with both versions", async () => {
    const data = { ...(await written(1)), templateVersion: "9.0" };
    const result = await viewProblems(snapshot({ data: { status: "ok", data }, strangeTags: 1 }), { data });
    expect(result).toEqual({
      problems: [{ id: "dataFuture", repairable: false, message: templateNewerText("9.0", TEMPLATE.version) }],
      logCheck: null,
    });
    expect(templateNewerText("9.0", "1.0")).toBe(
      "Dit document is van versie 9.0 van de handreiking; deze invoegtoepassing kent versie 1.0. U kunt het lezen, maar de invoegtoepassing wijzigt er niets aan. Werk de invoegtoepassing bij om het te bewerken.",
    );
  });

  test("a form of an earlier version shows nothing until it is upgraded (no log check either)", async () => {
    const data = { ...(await written(1)), templateVersion: "0.9" };
    const read = snapshot({ data: { status: "ok", data }, hasLogTable: false, duplicateTags: 1 });
    expect(await findViewProblems(read, { data })).toEqual({ findings: [], logCheck: null });
  });

  test("the version relations, both ways round", async () => {
    const data = await written(0);
    expect(templateNewer({ ...data, templateVersion: "1.1" }, "1.0")).toEqual({
      id: "templateNewer",
      version: "1.1",
      known: "1.0",
    });
    expect(templateNewer({ ...data, templateVersion: "1.0" }, "1.1")).toBeNull();
    expect(templateNewer({ ...data, templateVersion: "1.0" }, "1.0")).toBeNull();
    expect(upgradePending({ ...data, templateVersion: "1.0" }, "1.1")).toBe(true);
    expect(upgradePending({ ...data, templateVersion: "1.1" }, "1.0")).toBe(false);
    expect(upgradePending({ ...data, templateVersion: "1.0" }, "1.0")).toBe(false);
  });

  test("the data part missing, unreadable or several: each its finding, repairable, with its data", async () => {
    const missing = await viewProblems(snapshot(), null);
    expect(missing.problems).toEqual([
      { id: "dataMissing", repairable: true, message: viewFindingText({ id: "dataMissing" }) },
    ]);
    const unreadable = snapshot({ data: { status: "unreadable", error: "regel 3.", raw: "<x" } });
    expect((await findViewProblems(unreadable, null)).findings).toEqual([{ id: "dataUnreadable", error: "regel 3." }]);
    expect(viewFindingText({ id: "dataUnreadable", error: "regel 3." })).toMatch(/beschadigd \(regel 3\.\) Herstellen/);
    const several = snapshot({ data: { status: "several", count: 3, data: null } });
    expect((await findViewProblems(several, null)).findings).toEqual([{ id: "dataSeveral", count: 3 }]);
    expect(viewFindingText({ id: "dataSeveral", count: 3 })).toMatch(/^Het document bevat 3 sets formuliergegevens/);
    expect(
      (await findViewProblems(snapshot({ data: { status: "ok", data: await written(0) } }), null)).findings,
    ).toEqual([]);
  });

  test("controls stripped: whether the data survived and how many places outside the boxes changed", async () => {
    const { data } = await soundForm();
    const kept = snapshot({ data: { status: "ok", data }, stripped: true, staticChanges: 0 });
    expect((await findViewProblems(kept, null)).findings).toEqual([
      { id: "controlsStripped", dataKept: true, outsideChanges: 0 },
    ]);
    const lost = snapshot({ stripped: true, staticChanges: 3 });
    expect((await findViewProblems(lost, null)).findings).toEqual([
      { id: "dataMissing" },
      { id: "controlsStripped", dataKept: false, outsideChanges: 3 },
    ]);
    const text = (dataKept: boolean, outsideChanges: number) =>
      viewFindingText({ id: "controlsStripped", dataKept, outsideChanges });
    expect(text(true, 0)).toMatch(/; de gegevens en het logboek zijn er nog\. Herstellen maakt/);
    expect(text(true, 0)).not.toMatch(/Buiten de vakken/);
    expect(text(false, 0)).toMatch(/; ook de gegevens zijn weg, het zichtbare logboek staat er nog\./);
    expect(text(true, 1)).toMatch(/Buiten de vakken is op één plaats tekst veranderd;/);
    expect(text(true, 3)).toMatch(/Buiten de vakken is op 3 plaatsen tekst veranderd;/);
  });

  test("boxes gone: counted, worded by count, but not for a stripped form (that finding says it)", async () => {
    const data = { ...(await written(0)), lastAttributed: { hulpvraag: "", gemeente: "", initialen: "" } };
    const one = snapshot({ data: { status: "ok", data }, boxKeys: new Set(["hulpvraag", "gemeente"]) });
    expect((await findViewProblems(one, { data })).findings).toEqual([{ id: "boxMissing", count: 1 }]);
    const two = snapshot({ data: { status: "ok", data }, boxKeys: new Set(["hulpvraag"]) });
    expect((await findViewProblems(two, { data })).findings).toEqual([{ id: "boxMissing", count: 2 }]);
    expect(await ids({ ...two, stripped: true, boxKeys: new Set() }, { data })).toEqual(["controlsStripped"]);
    expect(viewFindingText({ id: "boxMissing", count: 1 })).toBe(
      "Eén vak is uit het document verwijderd. Herstellen maakt het opnieuw, met de tekst die er nog staat.",
    );
    expect(viewFindingText({ id: "boxMissing", count: 2 })).toBe(
      "2 vakken zijn uit het document verwijderd. Herstellen maakt ze opnieuw, met de tekst die er nog staat.",
    );
  });

  test("archived entries missing: reported, not repairable", async () => {
    const { data, read } = await soundForm();
    const result = await viewProblems({ ...read, archiveMissing: true }, { data });
    expect(result.problems.map((p) => [p.id, p.repairable])).toEqual([["archiveMissing", false]]);
  });

  test("the visible log missing: repairable, unless a stripped form still shows its rows", async () => {
    const { data, read } = await soundForm();
    const gone = { ...read, hasLogTable: false, logRows: null };
    expect(await ids(gone, { data })).toEqual(["logMissing"]);
    // without its control the log table is still read when the form was stripped
    expect(await ids({ ...read, hasLogTable: false, stripped: true }, { data })).toEqual(["controlsStripped"]);
    expect(await ids({ ...gone, stripped: true }, { data })).toEqual(["controlsStripped", "logMissing"]);
  });

  test("the log check: visible rows only when there is a log table or the form was stripped", async () => {
    const { data, read } = await soundForm();
    const edited = read.logRows!.map((r, i) => (i === 0 ? ["01-01-2020", ...r.slice(1)] : r));
    const result = await findViewProblems({ ...read, logRows: edited }, { data });
    expect(result.findings.map((f) => (f.id === "log" ? f.problem.id : f.id))).toEqual(["logEdited"]);
    const [found] = result.findings;
    if (found?.id !== "log") throw new Error("expected a log finding");
    // the log's own problem goes to the pane as it is: its sentence, repairable, the two sides
    expect(documentProblem(found)).toBe(found.problem);
    expect(found.problem).toMatchObject({ repairable: true, sides: { visible: expect.any(Array) } });
    // no log table and not stripped: the rows are not compared (the missing log is its own finding)
    expect(await ids({ ...read, hasLogTable: false, logRows: edited }, { data })).toEqual(["logMissing"]);
    expect(await ids({ ...read, hasLogTable: false, stripped: true, logRows: edited }, { data })).toEqual([
      "controlsStripped",
      "log",
    ]);
  });

  test("the log check reads the rows from where they start and the log from where it starts", async () => {
    const { data, read } = await soundForm();
    const tail = { ...data, changeLog: data.changeLog.slice(1), archivedEntries: 1 };
    const check = (
      await findViewProblems({ ...read, logRows: read.logRows!.slice(1), logRowsStart: 1 }, { data: tail, logStart: 1 })
    ).logCheck;
    expect(check?.logStart).toBe(1);
    await expect(findViewProblems({ ...read, logRowsStart: 2 }, { data })).rejects.toThrow(RangeError);
  });

  test("copied and strange boxes, after everything else, in the pane's order", async () => {
    const { data, read } = await soundForm();
    const all = { ...read, archiveMissing: true, duplicateTags: 2, strangeTags: 1, boxKeys: new Set<string>() };
    expect(await ids(all, { data: { ...data, lastAttributed: { hulpvraag: "x" } } })).toEqual([
      "boxMissing",
      "archiveMissing",
      "log",
      "duplicateTags",
      "strangeTags",
    ]);
    const problems = (await viewProblems({ ...read, duplicateTags: 1, strangeTags: 3 }, null)).problems;
    expect(problems.map((p) => [p.id, p.repairable])).toEqual([
      ["duplicateTags", true],
      ["strangeTags", false],
    ]);
    expect(problems[1]!.message).toMatch(/niet bij deze handreiking horen/);
  });

  test("without the form's data the box, archive and log checks do not run", async () => {
    const read = snapshot({ hasLogTable: false, archiveMissing: true, boxKeys: new Set() });
    expect(await findViewProblems(read, null)).toEqual({ findings: [{ id: "dataMissing" }], logCheck: null });
  });
});
