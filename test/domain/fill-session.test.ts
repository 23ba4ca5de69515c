import {
  amsterdamTime,
  appendEntry,
  chooseStoredCopy,
  checkLog,
  compareCopies,
  createEntry,
  describeFilled,
  fillSessionEntry,
  newDataPart,
  openSession,
  parseDataPart,
  sealNewEntries,
  serializeDataPart,
  supersedesSession,
  toTableRow,
  TEMPLATE,
  type ChangeEntry,
  type DataPart,
} from "../../src/domain";

const PH = { initials: "PH", organisation: "Ambiq" };
const ES = { initials: "ES", organisation: "Gemeente Hengelo" };
const at = (hhmm: string, day = "02") => new Date(`2020-09-${day}T${hhmm}:00+02:00`);
let n = 0;
const random = () => (n = (n * 7919 + 104729) % 1000003) / 1000003;

async function base(): Promise<DataPart> {
  const created = createEntry({ kind: "created", description: "Handreiking aangemaakt." }, PH, at("09:00"), random);
  const data = {
    ...newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random }),
    lastAttributed: { initialen: "", zorgen: "" },
    changeLog: [created],
  };
  return await sealNewEntries(data, 1);
}

/** What the Word layer does: the session entry added or put in the last entry's place, then sealed. */
async function save(
  data: DataPart,
  keys: string[],
  who: typeof PH,
  now: Date,
  texts: Record<string, string> = {},
): Promise<DataPart> {
  const { entry, replacesLast } = fillSessionEntry(data.changeLog, keys, who, now, random);
  const log = appendEntry(replacesLast ? data.changeLog.slice(0, -1) : data.changeLog, entry);
  return await sealNewEntries({ ...data, changeLog: log, lastAttributed: { ...data.lastAttributed, ...texts } }, 1);
}

describe("fill sessions", () => {
  test("the time on the Amsterdam wall clock", async () => {
    expect(amsterdamTime(new Date("2020-09-02T08:05:00Z"))).toBe("10:05");
    expect(amsterdamTime(new Date("2020-12-02T08:05:00Z"))).toBe("09:05");
  });

  test("describes per step, in the template's order, rows once however many cells", async () => {
    expect(
      describeFilled([
        "zorgen",
        "initialen",
        "betrokkenen.r000001.naam",
        "betrokkenen.r000001.rol",
        "betrokkenen.r000009",
        "gezinAanwezig",
      ]),
    ).toBe("Basisgegevens (1 vak), Stap 1 (1 vak), Stap 2 (2 rijen, 1 vak)");
  });

  test("one person's saves on one day are one entry, updated; its time runs from the first to the last save", async () => {
    let data = await save(await base(), ["initialen"], PH, at("10:05"), { initialen: "ES" });
    data = await save(data, ["zorgen"], PH, at("10:40"), { zorgen: "Schoolverzuim" });
    data = await save(data, ["initialen"], PH, at("10:41"), { initialen: "EV" });
    expect(data.changeLog).toHaveLength(2);
    expect(data.changeLog[1]).toMatchObject({
      kind: "edit",
      filled: ["initialen", "zorgen"],
      since: at("10:05").toISOString(),
      timestamp: at("10:41").toISOString(),
    });
    expect(data.changeLog[1]!.description).toBe(
      "Ingevuld in het MDO, 10:05–10:41: Basisgegevens (1 vak), Stap 1 (1 vak).",
    );
    expect(toTableRow(data.changeLog[1]!)[4]).toBe(data.changeLog[1]!.description);
    // the chain and the state check accept the updated entry; the visible log shows it
    const rows = data.changeLog.map((e) => [...toTableRow(e)]);
    expect((await checkLog(data, rows)).findings).toEqual([]);
  });

  test("someone else, a new day, or another kind of entry in between closes the session", async () => {
    let data = await save(await base(), ["initialen"], PH, at("10:05"));
    expect(openSession(data.changeLog, ES, at("10:06"))).toBeNull();
    expect(openSession(data.changeLog, PH, at("10:05", "03"))).toBeNull();
    expect(openSession(data.changeLog, PH, at("10:06"))).not.toBeNull();
    data = await save(data, ["zorgen"], ES, at("10:06"));
    data = await save(data, ["zorgen"], PH, at("10:07"));
    expect(data.changeLog.map((e) => e.initials)).toEqual(["PH", "PH", "ES", "PH"]);
    const agreed = appendEntry(
      data.changeLog,
      createEntry({ kind: "agreed", description: "Vastgesteld." }, PH, at("10:08"), random),
    );
    expect(openSession(agreed, PH, at("10:09"))).toBeNull();
    expect(fillSessionEntry(data.changeLog, ["zorgen"], PH, at("10:09"), random, false).replacesLast).toBe(false);
  });

  test("the log check still catches a changed session entry and a changed attributed text", async () => {
    let data = await save(await base(), ["initialen"], PH, at("10:05"), { initialen: "ES" });
    data = await save(data, ["zorgen"], PH, at("10:06"), { zorgen: "Schoolverzuim" });
    const rows = data.changeLog.map((e) => [...toTableRow(e)]);
    const changed: DataPart = {
      ...data,
      changeLog: data.changeLog.map((e, i) => (i === 1 ? { ...e, filled: ["zorgen"] } : e)),
    };
    expect((await checkLog(changed, rows)).findings.map((f) => f.id)).toEqual(["entryChanged"]);
    const texts: DataPart = { ...data, lastAttributed: { ...data.lastAttributed, zorgen: "Iets anders" } };
    expect((await checkLog(texts, rows)).findings.map((f) => f.id)).toEqual(["textsChanged"]);
  });

  test("an earlier per-box entry (older documents) for a box the session filled is not blamed when something else changed", async () => {
    const perBox: ChangeEntry = createEntry(
      { kind: "edit", boxKey: "zorgen", stepId: "stap1", before: "", after: "Oud", description: "Ingevuld" },
      PH,
      at("09:30"),
      random,
    );
    let data = await sealNewEntries(
      {
        ...(await base()),
        changeLog: [...(await base()).changeLog, perBox],
        lastAttributed: { initialen: "", zorgen: "Oud" },
      },
      1,
    );
    data = await save(data, ["zorgen"], ES, at("10:06"), { zorgen: "Nieuw" });
    const rows = data.changeLog.map((e) => [...toTableRow(e)]);
    expect((await checkLog(data, rows)).findings).toEqual([]);
    const tampered: DataPart = { ...data, lastAttributed: { ...data.lastAttributed, initialen: "XY" } };
    expect((await checkLog(tampered, rows)).findings).toEqual([
      expect.objectContaining({ id: "textsChanged", boxes: [] }),
    ]);
  });

  test("stored and read back whole (data part)", async () => {
    const data = await save(await base(), ["initialen", "betrokkenen.r000001"], PH, at("10:05"));
    const back = parseDataPart(serializeDataPart(data));
    expect(back.ok && back.data.changeLog).toEqual(data.changeLog);
  });

  test("of two stored copies, the later save of a session wins and the earlier counts as contained", async () => {
    const first = await save(await base(), ["initialen"], PH, at("10:05"));
    const second = await save(first, ["zorgen"], PH, at("10:05"));
    expect(supersedesSession(second.changeLog[1], first.changeLog[1])).toBe(true);
    expect(supersedesSession(first.changeLog[1], second.changeLog[1])).toBe(false);
    const choice = chooseStoredCopy(
      [
        { data: first, source: "old" },
        { data: second, source: "new" },
      ],
      () => true,
    )!;
    expect(choice.chosen.source).toBe("new");
    expect(choice.others).toEqual([expect.objectContaining({ source: "old", contained: true })]);
  });

  test("comparing copies: a session's boxes and rows count as changed and added by that copy; an earlier save of it is no change of the other", async () => {
    const start: DataPart = {
      ...(await base()),
      lastAttributed: { initialen: "", zorgen: "", "doelen.r000001.doel": "Naar school" },
      rowOrder: { doelen: ["r000001"] },
    };
    // sent away mid-session: initialen filled
    const sent = await save(start, ["initialen"], PH, at("10:05"), { initialen: "ES" });
    // here the session goes on: zorgen filled, a row added
    const here = await save(
      { ...sent, rowOrder: { doelen: ["r000001", "r000002"] } },
      ["zorgen", "doelen.r000002"],
      PH,
      at("10:20"),
      { zorgen: "Schoolverzuim", "doelen.r000002.doel": "" },
    );
    // there, someone removed the first row
    const removed = createEntry(
      { kind: "rowRemoved", stepId: "stap4", boxKey: "doelen", before: "Naar school", description: "Rij 1 verwijderd" },
      ES,
      at("11:00"),
      random,
    );
    const thereLog = appendEntry(sent.changeLog, removed);
    const thereTexts = { initialen: "ES", zorgen: "" };
    const there = {
      data: { ...sent, changeLog: thereLog, lastAttributed: thereTexts, rowOrder: { doelen: [] } },
      boxTexts: thereTexts,
    };
    const cmp = compareCopies({ data: here, boxTexts: here.lastAttributed }, there);
    if (!cmp.ok) throw new Error(cmp.message);
    expect(cmp.onlyThere.map((e) => e.kind)).toEqual(["rowRemoved"]);
    expect(cmp.onlyHere).toEqual([here.changeLog[1]]);
    expect(cmp.boxes.find((b) => b.key === "zorgen")?.status).toBe("changedHere");
    // the row this copy added in its session is not taken for one the other copy removed
    expect(cmp.rowsRemovedThere.doelen ?? []).toEqual(["r000001"]);
  });
});
