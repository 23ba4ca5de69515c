// The browser figures of the bench: bundle sizes and time to an interactive pane.
import { existsSync, readFileSync, rmSync } from "fs";
import path from "path";
import { createWordHost } from "word-host";
import { createOfficeGateway } from "../../src/word/office-gateway";
import type { Profile } from "../../src/domain";
import { loadTemplateBase64FromDisk } from "../template-from-disk";
import { buildForTiming, type BundleSize } from "./build";
import { CHROMIUM, measureTti, type TtiResult } from "./measure";
import { anchorPresent, anchorSize, type AnchorSize } from "./anchor";

const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };

/** A converted, partly filled form, as the pane finds it when a colleague opens the document. */
export async function formDocx(): Promise<Uint8Array> {
  const plain = readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx"));
  const host = await createWordHost({ profile: "desktop", docx: new Uint8Array(plain) });
  host.install(globalThis as unknown as Record<string, unknown>);
  try {
    const g = createOfficeGateway({
      loadTemplateBase64: loadTemplateBase64FromDisk,
      now: () => new Date("2020-09-02T08:00:00Z"),
    });
    await g.convert(PH);
    await g.writeBox("initialen", "ES", PH);
    await g.writeBox("hulpvraag", "Rust thuis en weer naar school.", PH);
    await g.writeBox("afstemming", "Elke zes weken overleg.", PH);
    return await host.saveDocx();
  } finally {
    host.uninstall();
  }
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

if (process.argv[1] === __filename) {
  benchBrowser(Number(process.argv[2] ?? 5)).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
