// Opening a form reads from Word what does not grow with the log: no paragraph, no control's
// whole text for the log control, not the log table's values — only its header and newest rows.
// The emulator's getters are spied on: they run once per property loaded, per object.
import { ContentControl, Paragraph, Table, TableRow } from "word-host/internals";
import { ARCHIVE_NAMESPACE, MAX_ENTRIES_IN_DATA_PART, TAG_LOG } from "../../src/domain";
import { readForm } from "../../src/word/read-form";
import {
  caps,
  editLogTable,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  SEPT_2,
  startHost,
  stopHost,
} from "handreiking-fixtures/harness";
import { growLog } from "handreiking-fixtures/grow-log";
import type { WordHost } from "word-host";

afterAll(stopHost);

type Getter = { get: (...args: never[]) => unknown };
const getter = (cls: { _scalars: Record<string, unknown> }, name: string) => cls._scalars[name] as Getter;

/** What the emulator handed out while `act` ran: texts of controls by tag, table values, rows, paragraphs. */
async function loadsDuring<T>(
  act: () => Promise<T>,
): Promise<{ result: T; controlTexts: string[]; tableValues: string[][][]; rows: string[][]; paragraphs: number }> {
  const spies = [
    jest.spyOn(getter(ContentControl as never, "text"), "get"),
    jest.spyOn(getter(Table as never, "values"), "get"),
    jest.spyOn(getter(TableRow as never, "values"), "get"),
    jest.spyOn(getter(Paragraph as never, "text"), "get"),
  ];
  try {
    const result = await act();
    const [text, tableValues, rowValues, paragraphText] = spies.map((s) => s.mock) as jest.MockContext<
      unknown,
      never[]
    >[];
    // the getter's first argument is the proxy it was loaded on
    const controlTexts = text!.calls.map((c) =>
      String((c[0] as unknown as { _values: { tag?: string } })._values.tag ?? "?"),
    );
    return {
      result,
      controlTexts,
      tableValues: tableValues!.results.map((r) => r.value as string[][]),
      rows: rowValues!.results.map((r) => (r.value as string[][])[0]!),
      paragraphs: paragraphText!.calls.length,
    };
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}

async function formWithLog(
  profile: (typeof PROFILES)[number],
  entries: number,
): Promise<{ host: WordHost; ids: string[] }> {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  const ids = await growLog(entries, PH, SEPT_2, 20, 100);
  return { host, ids };
}

const isLogHeader = (values: string[][]) => values[0]?.[0] === "Datum";

test.each(PROFILES)(
  "%s: opening reads no paragraph, not the log control's text, not the log table's values: its header and newest rows",
  async (profile) => {
    const { host, ids } = await formWithLog(profile, 40);
    host.syncCount = 0;
    const { result: view, controlTexts, tableValues, rows, paragraphs } = await loadsDuring(() => gatewayFor().open());
    expect(host.syncCount).toBe(2);
    expect(view.problems).toEqual([]);
    expect(view.data!.changeLog.map((e) => e.id)).toEqual(ids);
    expect(paragraphs).toBe(0);
    expect(controlTexts).not.toContain(TAG_LOG);
    expect(controlTexts.length).toBeGreaterThan(0);
    expect(controlTexts.every((t) => t.startsWith("hr:"))).toBe(true); // box controls only
    expect(tableValues.length).toBeGreaterThan(0);
    expect(tableValues.some(isLogHeader)).toBe(false);
    expect(rows).toHaveLength(1 + ids.length); // header and the rows of the data part's entries
    expect(rows.length).toBeLessThanOrEqual(1 + MAX_ENTRIES_IN_DATA_PART);

    // the whole read (repair, merge, the Logboek's check) is as before
    const whole = await loadsDuring(() => Word.run((ctx) => readForm(ctx, caps(), { log: "whole" })));
    expect(whole.paragraphs).toBeGreaterThan(ids.length);
    expect(whole.controlTexts).toContain(TAG_LOG);
    expect(whole.tableValues.some(isLogHeader)).toBe(true);
    expect(whole.result.logRows).toHaveLength(ids.length);
    expect(whole.result.logRowsStart).toBe(0);
  },
);

describe("a log longer than a data part can hold (built once, opened in each test)", () => {
  const entries = MAX_ENTRIES_IN_DATA_PART + 150;
  let docx: Uint8Array;
  let ids: string[];
  beforeAll(async () => {
    const built = await formWithLog("web", entries);
    ids = built.ids;
    docx = await built.host.saveDocx();
  }, 120_000);

  test.each(PROFILES)(
    "%s: opening reads the header and the newest rows only, in two round trips, and finds nothing wrong",
    async (profile) => {
      const host = await startHost(profile, docx);
      host.syncCount = 0;
      const {
        result: read,
        rows,
        tableValues,
      } = await loadsDuring(() => Word.run((ctx) => readForm(ctx, caps(), { log: "tail" })));
      expect(host.syncCount).toBe(2);
      expect(tableValues.some(isLogHeader)).toBe(false);
      expect(rows).toHaveLength(1 + MAX_ENTRIES_IN_DATA_PART);
      expect(read.logRowsStart).toBe(entries - MAX_ENTRIES_IN_DATA_PART);
      expect(read.logRows).toHaveLength(MAX_ENTRIES_IN_DATA_PART);
      expect(read.logStart).toBeGreaterThanOrEqual(read.logRowsStart);
      const view = await gatewayFor().open();
      expect(view.problems).toEqual([]);
      expect(view.data!.changeLog.map((e) => e.id)).toEqual(ids.slice(view.logStart));
    },
  );

  test("a newest visible row edited by hand shows on opening; a removed row among those not read shows as a wrong count", async () => {
    await startHost("web", docx);
    await editLogTable((table) => (table.getCell(entries - 1, 4).value = "vervalst"));
    const edited = await gatewayFor().open();
    expect(edited.problems.map((p) => p.id)).toEqual(["logEdited"]);
    expect(edited.problems[0]!.message).toContain(`vanaf regel ${entries - 1}`);

    await startHost("web", docx);
    await editLogTable((table) => table.deleteRows(3, 1));
    const removed = await gatewayFor().open();
    expect(removed.problems.map((p) => p.id)).toEqual(["logEdited"]);
    expect(removed.problems[0]!.message).toContain("het aantal regels klopt niet");
    expect((await gatewayFor().openWholeLog()).problems[0]!.message).toContain("vanaf regel 3");
  });

  test("filling after such an opening updates the session entry and its visible row in place (rows not read counted); the whole log checks", async () => {
    const host = await startHost("web", docx);
    const gateway = gatewayFor();
    expect((await gateway.open()).logStart).toBeGreaterThan(0);
    const first = await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
    host.syncCount = 0;
    const second = await gateway.writeBox("takenRegisseur", "Afstemmen met school.", PH); // growLog logged others without typing them
    expect(host.syncCount).toBe(1);
    expect(second.data!.changeLog).toHaveLength(first.data!.changeLog.length); // replaced, not added
    const whole = await gatewayFor().openWholeLog();
    expect(whole.problems).toEqual([]);
    expect(whole.data!.changeLog).toHaveLength(entries + 1);
  }, 30_000);

  test("a tail that cannot be checked alone: the whole log and the whole log table, in one more round trip", async () => {
    const host = await startHost("web", docx);
    const data = host.engine.pkg.customParts.find(
      (p) => p.xml.includes("urn:handreiking-regie:twente:form:1") && !p.xml.includes(ARCHIVE_NAMESPACE),
    )!;
    // the newest entry's seals removed, both chains
    const at = data.xml.lastIndexOf("<entry>");
    data.xml = data.xml.slice(0, at) + data.xml.slice(at).replace(/<(prevHash|hash|prevSeal|seal)>[^<]*<\/\1>/g, "");
    host.syncCount = 0;
    const { result: read, tableValues } = await loadsDuring(() =>
      Word.run((ctx) => readForm(ctx, caps(), { log: "tail" })),
    );
    expect(host.syncCount).toBe(3); // the archive parts and the whole log table in the same round trip
    expect(tableValues.some(isLogHeader)).toBe(true);
    expect(read.logRowsStart).toBe(0);
    expect(read.logRows).toHaveLength(entries);
    expect(read.logStart).toBe(0);
    const view = await gatewayFor().open();
    // the document is marked as sealed (sealedFrom): a seal removed from it is a change (issue 27)
    expect(view.problems.map((p) => p.id)).toEqual(["sealsRemoved"]);
  });
});
