// Prints the task pane's bundle sizes only (production build, no browser): a quick check of a
// lever's effect on the entry chunk. node scripts/ts-run.cjs bench/tti/bundle-only.ts [--keep]
import { rmSync } from "fs";
import { buildForTiming } from "./build";

buildForTiming({ paneOnly: true }).then(
  (built) => {
    // --keep: leave the build in place to look into it
    if (process.argv.includes("--keep")) console.log(`build kept in ${built.mainDir}`);
    else rmSync(built.mainDir, { recursive: true, force: true });
    rmSync(built.benchDir, { recursive: true, force: true });
    const b = built.bundle;
    console.log(`entry gzip -9: ${b.initialGz} B (raw ${b.initialRaw} B); all chunks gzip -9: ${b.totalGz} B`);
    for (const c of b.chunks) console.log(`  ${c.file}${c.initial ? "" : " (on demand)"}  raw ${c.raw}  gz ${c.gz}`);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
