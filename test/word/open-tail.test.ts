// Opening the pane reads the data part's newest log entries and leaves the archive parts unread,
// so opening does not grow with the log; the whole log is read and checked on request.
import { CustomXmlPart } from "word-host/internals";
import { ARCHIVE_NAMESPACE } from "../../src/domain";
import { gatewayFor, PH, PLAIN, SEPT_2, startHost, stopHost } from "handreiking-fixtures/harness";
import { growLog } from "handreiking-fixtures/grow-log";
import type { WordHost } from "word-host";

afterAll(stopHost);

/** A form whose log has archive parts: 250 entries of ~2 KB (the data part keeps ~100). */
async function archivedForm(profile: "web" | "office2019"): Promise<{ host: WordHost; ids: string[] }> {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  const ids = await growLog(250, PH, SEPT_2, 160, 100);
  return { host, ids };
}

const archiveParts = (host: WordHost) => host.engine.pkg.customParts.filter((p) => p.xml.includes(ARCHIVE_NAMESPACE));

test("opening reads the data part only: no archive part is read (Word API), the whole log on request", async () => {
  const { host, ids } = await archivedForm("web");
  const parts = archiveParts(host).length;
  expect(parts).toBeGreaterThan(1);
  const getXml = jest.spyOn(CustomXmlPart.prototype, "getXml");
  try {
    const gateway = gatewayFor();
    host.syncCount = 0;
    const view = await gateway.open();
    expect(getXml).toHaveBeenCalledTimes(1); // the data part
    expect(host.syncCount).toBe(2);
    expect(view.problems).toEqual([]);
    expect(view.logStart).toBeGreaterThan(0);
    expect(view.data!.changeLog.map((e) => e.id)).toEqual(ids.slice(view.logStart));

    getXml.mockClear();
    const whole = await gateway.openWholeLog();
    expect(getXml).toHaveBeenCalledTimes(1 + parts);
    expect(whole.logStart).toBe(0);
    expect(whole.problems).toEqual([]);
    expect(whole.data!.changeLog.map((e) => e.id)).toEqual(ids);
  } finally {
    getXml.mockRestore();
  }
});

test.each(["web", "office2019"] as const)(
  "%s: an archive emptied by hand does not show on opening, only in the whole check",
  async (profile) => {
    const { host } = await archivedForm(profile);
    for (const p of archiveParts(host)) p.xml = p.xml.replace(/<entry[\s\S]*<\/entry>/, "");
    const gateway = gatewayFor();
    const view = await gateway.open();
    expect(view.problems).toEqual([]); // had opening read the archive, it would report it missing
    const whole = await gateway.openWholeLog();
    expect(whole.problems.map((p) => p.id)).toContain("archiveMissing");
  },
);

test("writes from an opened tail: one round trip per save, chunks archived as before, the whole log still checks", async () => {
  const { host, ids } = await archivedForm("web");
  const gateway = gatewayFor();
  const view = await gateway.open();
  host.syncCount = 0;
  const after = await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
  expect(host.syncCount).toBe(1);
  expect(after.logStart).toBe(view.logStart);
  expect(after.data!.changeLog).toHaveLength(ids.length - view.logStart! + 1);
  // many more writes from a tail: entries move into new archive parts on the way
  const before = archiveParts(host).length;
  const added = await growLog(400, PH, SEPT_2, 160, 100, "tail");
  expect(archiveParts(host).length).toBeGreaterThan(before);
  expect((await gatewayFor().open()).problems).toEqual([]);
  const whole = await gatewayFor().openWholeLog();
  expect(whole.problems).toEqual([]);
  expect(whole.data!.changeLog).toHaveLength(400);
  expect(whole.data!.changeLog.map((e) => e.id).slice(0, ids.length)).toEqual(ids);
  expect(whole.data!.changeLog.map((e) => e.id).slice(-added.length)).toEqual(added);
});

test("a tail that cannot be checked alone (its newest entry not sealed) is read whole on opening, in one more round trip", async () => {
  const { host, ids } = await archivedForm("web");
  const data = host.engine.pkg.customParts.find(
    (p) => p.xml.includes("urn:handreiking-regie:twente:form:1") && !p.xml.includes(ARCHIVE_NAMESPACE),
  )!;
  // the newest entry's seals removed, both chains
  const at = data.xml.lastIndexOf("<entry>");
  data.xml = data.xml.slice(0, at) + data.xml.slice(at).replace(/<(prevHash|hash|prevSeal|seal)>[^<]*<\/\1>/g, "");
  host.syncCount = 0;
  const view = await gatewayFor().open();
  expect(host.syncCount).toBe(3);
  expect(view.logStart).toBe(0);
  expect(view.data!.changeLog.map((e) => e.id)).toEqual(ids);
  // the document is marked as sealed (sealedFrom): a seal removed from it is a change (issue 27)
  expect(view.problems.map((p) => p.id)).toEqual(["sealsRemoved"]);
});

test.each(["web", "office2019"] as const)(
  "%s: filling after a tail open updates the session entry and its visible row in place; the whole log still checks",
  async (profile) => {
    const { host } = await archivedForm(profile);
    const gateway = gatewayFor();
    const view = await gateway.open();
    expect(view.logStart).toBeGreaterThan(0);
    const first = await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
    host.syncCount = 0;
    const second = await gateway.writeBox("takenRegisseur", "Afstemmen met school.", PH); // growLog logged zorgen without typing it
    expect(host.syncCount).toBe(1);
    // the session entry was replaced, not a second entry added (its row index counts the unread entries)
    expect(second.data!.changeLog).toHaveLength(first.data!.changeLog.length);
    expect(second.data!.changeLog.at(-1)!.filled).toEqual(expect.arrayContaining(["hulpvraag", "takenRegisseur"]));
    const whole = await gatewayFor().openWholeLog();
    expect(whole.problems).toEqual([]);
    expect(whole.data!.changeLog).toHaveLength(second.logStart! + second.data!.changeLog.length);
  },
  30_000,
);
