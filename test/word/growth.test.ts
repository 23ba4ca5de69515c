// The log grows to 5,000 entries on Word on the web (~1 MB per custom XML part): older entries
// move into archive parts, the add-in keeps working, and no entry is lost.
import { ARCHIVE_CHUNK_BUDGET, MAIN_LOG_BUDGET, serializeDataPart } from "../../src/domain";
import { WEB_CUSTOM_XML_LIMIT_BYTES } from "word-host";
import { gatewayFor, PH, PLAIN, SEPT_2, startHost, stopHost, visibleLogRows } from "handreiking-fixtures/harness";
import { growLog } from "handreiking-fixtures/grow-log";
import { partSizes } from "handreiking-fixtures/part-sizes";

afterAll(stopHost);

test("5,000 log entries on Word on the web: every part under the limit, nothing lost, still one round trip per edit", async () => {
  const host = await startHost("web", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  // 1,000 entries per write: each write archives as many chunks as it takes
  const ids = await growLog(5000, PH, SEPT_2, 20, 1000);
  // Opening reads the data part's newest entries only (see open-tail.test.ts)…
  const opened = await gateway.open();
  expect(opened.problems).toEqual([]);
  expect(opened.data!.changeLog.map((e) => e.id)).toEqual(ids.slice(opened.logStart));
  // …the whole log on request: together, in order, and it matches the visible table.
  const view = await gateway.openWholeLog();
  expect(view.problems).toEqual([]);
  expect(view.data!.changeLog.map((e) => e.id)).toEqual(ids);
  expect(ids).toHaveLength(5000);

  // The whole log in one part would not fit Word on the web's limit…
  expect(new TextEncoder().encode(serializeDataPart(view.data!)).length).toBeGreaterThan(WEB_CUSTOM_XML_LIMIT_BYTES);
  // …so the document holds several parts, each far below it.
  const sizes = await partSizes();
  const archives = sizes.filter((s) => s.namespace.includes("log-archive"));
  expect(archives.length).toBeGreaterThan(3);
  for (const s of sizes) expect(s.bytes).toBeLessThan(WEB_CUSTOM_XML_LIMIT_BYTES / 2);
  expect(MAIN_LOG_BUDGET + ARCHIVE_CHUNK_BUDGET).toBeLessThan(WEB_CUSTOM_XML_LIMIT_BYTES);

  expect(await visibleLogRows()).toHaveLength(5000);

  // And an edit still costs one round trip.
  host.syncCount = 0;
  const after = await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
  expect(host.syncCount).toBe(1);
  expect(after.data!.changeLog).toHaveLength(5001);
}, 600_000);
