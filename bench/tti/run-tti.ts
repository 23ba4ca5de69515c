// The browser figures of the bench: bundle sizes, and the form screen against Microsoft's template.
import { existsSync, readFileSync, rmSync } from "fs";
import path from "path";
import { filledFormDocx } from "../filled-form";
import { buildForTiming, type BundleSize } from "./build";
import { CHROMIUM, measureTti, type TtiResult } from "./measure";
import { anchorPresent, anchorSize, type AnchorSize } from "./anchor";
import { browserTables, comparisonLine } from "../form-screen-report";
import { grid } from "../grid";

/** A converted form filled as usual (four people, goals, agreements), as a colleague opens it. */
export function formDocx(): Promise<Uint8Array> {
  const plain = readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx"));
  return filledFormDocx(new Uint8Array(plain));
}

export interface BrowserFigures {
  bundle: BundleSize;
  /** Microsoft's React template (issue 18); null when ../shared/anchors is not on this machine. */
  anchor: AnchorSize | null;
  /** null when Chromium is not installed. */
  tti: TtiResult | null;
}

export async function benchBrowser(runs: number): Promise<BrowserFigures> {
  const built = await buildForTiming();
  try {
    const tti = existsSync(CHROMIUM) ? await measureTti(built, await formDocx(), runs) : null;
    return { bundle: built.bundle, anchor: anchorPresent() ? anchorSize() : null, tti };
  } finally {
    rmSync(built.mainDir, { recursive: true, force: true });
    rmSync(built.benchDir, { recursive: true, force: true });
  }
}

// The browser part alone: node scripts/ts-run.cjs bench/tti/run-tti.ts [runs, default 15] [--json]
if (process.argv[1] === __filename) {
  benchBrowser(Number(process.argv[2] ?? 15)).then(
    (r) =>
      console.log(
        process.argv.includes("--json")
          ? JSON.stringify(r, null, 2)
          : `${browserTables(r, grid)}\n\n${comparisonLine(r)}`,
      ),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
