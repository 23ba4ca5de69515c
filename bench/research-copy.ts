// The research copy of a large, table-heavy document (issue 23 item 4): a filled handreiking
// with a 12 MB document.xml (about 0.4 MB zipped), made as the copy worker makes it
// (make-copy.ts, with the Dutch word lists). Prints the time, the CPU time and the peak memory
// of a fresh Node process that does only that, so the figures are the copy's and not the
// emulator's; on a shared machine the CPU time (user + sys of that process) is the one to compare.
//   node scripts/ts-run.cjs bench/research-copy.ts            build the file, measure in a child
//   node scripts/ts-run.cjs bench/research-copy.ts --runs 3   median of three children
//   … --save groot.docx / --file groot.docx                   keep the built file / measure a given one
// It also prints a hash of the copy (its bytes, counts, warnings and review list, with a fixed date
// offset and random source), so a faster recogniser can be shown to make the very same copy.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import JSZip from "jszip";

const TARGET_BYTES = 12 * 1024 * 1024;

/** One table row as Word writes it (properties, rsids, three cells of case-note text with names, dates, numbers). */
function row(i: number): string {
  const cell = (text: string, width: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="auto"/></w:tcPr><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="20"/></w:rPr></w:pPr><w:r w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
  const day = String((i % 28) + 1).padStart(2, "0");
  return (
    `<w:tr w:rsidR="00A1B2C3" w:rsidTr="00D4E5F6"><w:trPr><w:cantSplit/></w:trPr>` +
    cell(`${day}-03-2020`, 1800) +
    cell(`Gesprek ${i} met Sanne en haar moeder over school; Mohammed el Amrani belt 06-12345678.`, 4200) +
    cell(`Afspraak: PH neemt contact op met Ambiq, verslag volgt (nr. ${100000 + i}).`, 3600) +
    `</w:tr>`
  );
}

async function build(): Promise<Uint8Array> {
  // the emulator-built filled form of the tests (fictional people)
  const { filledDocx } = await import("handreiking-fixtures/filled-docx");
  const { stopHost } = await import("handreiking-fixtures/harness");
  const zip = await JSZip.loadAsync(await filledDocx());
  stopHost();
  const xml = await zip.file("word/document.xml")!.async("string");
  const rows: string[] = [];
  let size = xml.length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const r = row(i);
    rows.push(r);
    size += r.length;
  }
  const table = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9600" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="4200"/><w:gridCol w:w="3600"/></w:tblGrid>${rows.join("")}</w:tbl><w:p/>`;
  const at = xml.lastIndexOf("<w:sectPr");
  zip.file("word/document.xml", xml.slice(0, at) + table + xml.slice(at));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** In the child: one copy, as the worker makes it. */
async function measure(file: string): Promise<void> {
  const { anonymiseCopy } = await import("../src/document/anonymise-docx");
  const bytes = new Uint8Array(readFileSync(file));
  // the word lists load once per pane; load them before the clock starts, as the pane has
  const { dutchLexicon } = await import("../src/document/name-lists");
  dutchLexicon();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // as makeCopy (the worker) calls it, with a fixed offset and random source so the hash compares
  let seed = 1;
  const random = (): number => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const result = await anonymiseCopy(bytes, {
    code: "B01",
    lexicon: dutchLexicon(),
    marked: [],
    random,
    offsetDays: 30,
  });
  const ms = performance.now() - started;
  // CPU time of this process alone: a busy machine stretches the wall time, not this
  const cpu = process.cpuUsage(cpuBefore);
  const hash = createHash("sha256")
    .update(result.bytes)
    .update(JSON.stringify([result.report, result.removedLines, result.limits, result.form.summary]))
    .digest("hex")
    .slice(0, 16);
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({
      ms,
      userMs: cpu.user / 1000,
      sysMs: cpu.system / 1000,
      peak,
      rssBefore,
      outBytes: result.bytes.byteLength,
      hash,
    }) + "\n",
  );
}

interface Figures {
  ms: number;
  userMs: number;
  sysMs: number;
  peak: number;
  rssBefore: number;
  outBytes: number;
  hash: string;
}

async function main(): Promise<void> {
  const child = process.argv.indexOf("--measure");
  if (child >= 0) return measure(process.argv[child + 1]!);
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 1;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-copy-"));
  try {
    const given = process.argv.indexOf("--file");
    const bytes = given >= 0 ? new Uint8Array(readFileSync(process.argv[given + 1]!)) : await build();
    const save = process.argv.indexOf("--save");
    if (save >= 0) writeFileSync(process.argv[save + 1]!, bytes);
    const zip = await JSZip.loadAsync(bytes);
    const docXml = (await zip.file("word/document.xml")!.async("uint8array")).byteLength;
    const file = path.join(dir, "groot.docx");
    writeFileSync(file, bytes);
    console.log(`  load average    ${loadavg()[0]!.toFixed(1)} (1 min, at the start)`);
    const figures: Figures[] = [];
    for (let i = 0; i < runs; i++) {
      const out = spawnSync(
        process.execPath,
        ["--expose-gc", path.join(__dirname, "../scripts/ts-run.cjs"), __filename, "--measure", file],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      if (out.status !== 0) throw new Error(out.stderr);
      figures.push(JSON.parse(out.stdout.trim().split("\n").at(-1)!) as Figures);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(`research copy, table-heavy document (${runs} run${runs > 1 ? "s" : ""}, median)`);
    console.log(`  .docx ${mb(bytes.byteLength)}, document.xml ${mb(docXml)}`);
    console.log(`  time            ${(median(figures.map((f) => f.ms)) / 1000).toFixed(2)} s   (target ≤ 5 s)`);
    const cpuS = (f: Figures) => ((f.userMs + f.sysMs) / 1000).toFixed(2);
    const byCpu = [...figures].sort((a, b) => a.userMs + a.sysMs - (b.userMs + b.sysMs));
    const mid = byCpu[Math.floor(byCpu.length / 2)]!;
    console.log(
      `  cpu time        ${cpuS(mid)} s   (user ${(mid.userMs / 1000).toFixed(2)} s + sys ${(mid.sysMs / 1000).toFixed(2)} s; load stretches it far less than the time)`,
    );
    console.log(`  load average    ${loadavg()[0]!.toFixed(1)} (1 min, at the end)`);
    console.log(`  peak memory     ${mb(median(figures.map((f) => f.peak)))} (whole process, target ≤ 400 MB)`);
    console.log(`  before the copy ${mb(median(figures.map((f) => f.rssBefore)))} (Node, Babel, the word lists)`);
    console.log(`  copy .docx      ${mb(figures[0]!.outBytes)}`);
    console.log(`  copy hash       ${[...new Set(figures.map((f) => f.hash))].join(" ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
