// Reading the form and appending one log entry with 10 and with 5,000 entries in the log;
// sizes of the custom XML parts against Word on the web's ~1 MB per-part limit.
import { readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { createWordHost, WEB_CUSTOM_XML_LIMIT_BYTES, type WordHost } from "word-host";
import { createOfficeGateway, currentCapabilities } from "../src/word/office-gateway";
import { readForm } from "../src/word/read-form";
import { growLog } from "handreiking-fixtures/grow-log";
import { serializeDataPart, type Profile } from "../src/domain";
import { loadTemplateBase64FromDisk } from "./template-from-disk";
import { partSizes } from "handreiking-fixtures/part-sizes";

const PLAIN = readFileSync(path.resolve(__dirname, "../assets/handreiking-regie.docx"));
const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };

export interface LogScale {
  entries: number;
  readSyncs: number;
  readMs: number;
  appendSyncs: number;
  appendMs: number;
  /** Largest custom XML part in the document, bytes (UTF-8). */
  largestPartBytes: number;
  archiveParts: number;
  /** The whole log in a single part (what the add-in avoids), bytes. */
  singlePartBytes: number;
  limitBytes: number;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function formWithEntries(
  n: number,
): Promise<{ host: WordHost; gateway: ReturnType<typeof createOfficeGateway> }> {
  const host = await createWordHost({ profile: "web", docx: PLAIN });
  host.install(globalThis as unknown as Record<string, unknown>);
  const gateway = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk });
  await gateway.convert(PH);
  await gateway.open();
  await growLog(n, PH, new Date());
  await gateway.open();
  return { host, gateway };
}

export async function benchLogScale(sizes: number[], runs: number): Promise<LogScale[]> {
  const out: LogScale[] = [];
  for (const n of sizes) {
    const { host, gateway } = await formWithEntries(n);
    const reads: number[] = [];
    const appends: number[] = [];
    let readSyncs = 0;
    let appendSyncs = 0;
    for (let i = 0; i < runs; i++) {
      host.syncCount = 0;
      let t = performance.now();
      await Word.run((ctx) => readForm(ctx, currentCapabilities()));
      reads.push(performance.now() - t);
      readSyncs = host.syncCount;
      await gateway.open();
      host.syncCount = 0;
      t = performance.now();
      await gateway.writeBox("hulpvraag", `Meting ${i}`, PH);
      appends.push(performance.now() - t);
      appendSyncs = host.syncCount;
    }
    const sizesNow = await partSizes();
    const view = await gateway.open();
    out.push({
      entries: n,
      readSyncs,
      readMs: Math.round(median(reads) * 10) / 10,
      appendSyncs,
      appendMs: Math.round(median(appends) * 10) / 10,
      largestPartBytes: Math.max(...sizesNow.map((s) => s.bytes)),
      archiveParts: sizesNow.filter((s) => s.namespace.includes("log-archive")).length,
      singlePartBytes: new TextEncoder().encode(serializeDataPart(view.data!)).length,
      limitBytes: WEB_CUSTOM_XML_LIMIT_BYTES,
    });
    host.uninstall();
  }
  return out;
}
