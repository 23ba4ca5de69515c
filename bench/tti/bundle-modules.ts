// Which modules weigh what in each task-pane chunk (issue 30): a production build with source maps,
// each chunk's minified bytes attributed to the source file they came from (as source-map-explorer
// does), largest first. gzip is of each module's minified bytes alone, so it over-counts small
// modules a little against the chunk's own gzip; it is for ranking, not for the figures.
//   node scripts/ts-run.cjs bench/tti/bundle-modules.ts [top per chunk, default 15] [--keep]
//   (--dir <build>: a build kept earlier with --keep, not built again)
import { existsSync, readFileSync, readdirSync, rmSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import { buildForTiming, bundleSize, type Built } from "./build";

interface ModuleSize {
  source: string;
  raw: number;
  gz: number;
}

/** Groups node_modules sources by package, the add-in's own files by path. */
function label(source: string): string {
  const clean = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const nm = clean.lastIndexOf("node_modules/");
  if (nm < 0) return clean;
  const parts = clean.slice(nm + 13).split("/");
  return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The chunk's generated text per source (packages summed), from its source map. */
export function modulesOf(code: string, map: RawSourceMap): ModuleSize[] {
  const lines = code.split("\n");
  const consumer = new SourceMapConsumer(map);
  const text = new Map<string, string[]>();
  let last: { line: number; column: number; source: string } | null = null;
  const flush = (line: number, column: number) => {
    if (!last) return;
    const piece =
      last.line === line ? lines[line - 1]!.slice(last.column, column) : lines[last.line - 1]!.slice(last.column);
    const list = text.get(last.source) ?? [];
    list.push(piece);
    text.set(last.source, list);
  };
  consumer.eachMapping((m) => {
    flush(m.generatedLine, m.generatedColumn);
    last = m.source ? { line: m.generatedLine, column: m.generatedColumn, source: label(m.source) } : null;
  });
  if (last) flush(lines.length + 1, 0);
  return [...text].map(([source, pieces]) => {
    const joined = pieces.join("");
    return { source, raw: Buffer.byteLength(joined), gz: gzipSync(joined, { level: 9 }).length };
  });
}

async function main(): Promise<void> {
  const top = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 15);
  const dir = process.argv[process.argv.indexOf("--dir") + 1];
  const built: Built = process.argv.includes("--dir")
    ? { mainDir: dir!, benchDir: "", bundle: bundleSize(dir!) }
    : await buildForTiming({ paneOnly: true, sourceMaps: true });
  try {
    for (const chunk of built.bundle.chunks.sort((a, b) => b.gz - a.gz)) {
      const mapFile = path.join(built.mainDir, `${chunk.file}.map`);
      if (!existsSync(mapFile)) {
        console.log(`\n${chunk.file}: ${(chunk.gz / 1024).toFixed(1)} KB gzip -9 (no source map)`);
        continue;
      }
      const code = readFileSync(path.join(built.mainDir, chunk.file), "utf8");
      const modules = modulesOf(code, JSON.parse(readFileSync(mapFile, "utf8")) as RawSourceMap).sort(
        (a, b) => b.gz - a.gz,
      );
      console.log(`\n${chunk.file}${chunk.initial ? " (entry)" : ""}: ${(chunk.gz / 1024).toFixed(1)} KB gzip -9`);
      for (const m of modules.slice(0, top))
        console.log(
          `  ${(m.gz / 1024).toFixed(1).padStart(6)} KB  ${(m.raw / 1024).toFixed(1).padStart(7)} KB raw  ${m.source}`,
        );
      if (modules.length > top) console.log(`  … ${modules.length - top} more`);
    }
    const maps = readdirSync(built.mainDir).filter((f) => f.endsWith(".map")).length;
    console.log(
      `\n${built.bundle.chunks.length} chunks (${maps} source maps); all gzip -9: ${(built.bundle.totalGz / 1024).toFixed(1)} KB`,
    );
  } finally {
    if (process.argv.includes("--keep")) console.log(`build kept in ${built.mainDir}`);
    else if (!process.argv.includes("--dir")) {
      rmSync(built.mainDir, { recursive: true, force: true });
      rmSync(built.benchDir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === __filename)
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
