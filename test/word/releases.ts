// Earlier releases of the add-in beside this one in one jest process: a commit's `src/` taken
// from git into a folder inside the repository (so its imports of node_modules resolve, and jest's
// babel transform and moduleNameMapper apply to it as to this tree), loaded as modules of their
// own. Each release drives the same emulated Word (the globals word-host installs).
import path from "path";
import type { CopyRead } from "../../src/document/read-data-part";
import * as current from "../../src/domain";
import type { ChangeEntry, DataPart } from "../../src/domain";
import type { FormGateway } from "../../src/word/gateway";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { readCopy } from "../../src/document/read-data-part";
import { createOfficeGateway } from "../../src/word/office-gateway";
import { loadTemplateBase64 } from "../../src/word/template-asset";

export { extractRelease, removeRelease } from "../release-source";

/** What the matrix asks of a release: its Word layer, its copy reader, its research copy, its log check. */
export interface Release {
  name: string;
  gateway(now: () => Date): FormGateway;
  readCopy(bytes: Uint8Array): Promise<CopyRead>;
  researchCopy(bytes: Uint8Array): Promise<Uint8Array>;
  /** The release's own check of a data part against the visible log it would write (its toTableRow). */
  logFindings(data: DataPart): Promise<unknown[]>;
}

interface ReleaseModules {
  createOfficeGateway: typeof createOfficeGateway;
  loadTemplateBase64: typeof loadTemplateBase64;
  readCopy: typeof readCopy;
  anonymiseCopy: (bytes: Uint8Array, options: { random: () => number }) => Promise<{ bytes: Uint8Array }>;
  checkLog: (data: DataPart, rows: string[][]) => { findings: unknown[] } | Promise<{ findings: unknown[] }>;
  toTableRow: (e: ChangeEntry) => string[];
}

/** A fixed source for the research copy's code and date shift, the same in every release. */
const seeded = (): (() => number) => {
  let s = 7;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
};

function release(name: string, m: ReleaseModules): Release {
  return {
    name,
    gateway: (now) => m.createOfficeGateway({ loadTemplateBase64: m.loadTemplateBase64, now }),
    readCopy: (bytes) => m.readCopy(bytes),
    researchCopy: async (bytes) => (await m.anonymiseCopy(bytes, { random: seeded() })).bytes,
    logFindings: async (data) =>
      (
        await m.checkLog(
          data,
          data.changeLog.map((e) => m.toTableRow(e)),
        )
      ).findings,
  };
}

/** This tree's release. */
export const THIS_RELEASE: Release = release("deze versie", {
  createOfficeGateway,
  loadTemplateBase64,
  readCopy,
  anonymiseCopy,
  checkLog: current.checkLog,
  toTableRow: current.toTableRow,
});

/**
 * The release extracted into `dir`. `addinVersion`: what it records as its version (releases since
 * the version was recorded read the global `__ADDIN_VERSION__` once, when loaded).
 */
export function loadRelease(name: string, dir: string, addinVersion: string): Release {
  const g = globalThis as { __ADDIN_VERSION__?: string };
  g.__ADDIN_VERSION__ = addinVersion;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const load = <T>(file: string): T => require(path.join(dir, "src", file)) as T;
    const domain = load<Pick<ReleaseModules, "checkLog" | "toTableRow">>("domain/index.ts");
    return release(name, {
      createOfficeGateway: load<{ createOfficeGateway: typeof createOfficeGateway }>("word/office-gateway.ts")
        .createOfficeGateway,
      loadTemplateBase64: load<{ loadTemplateBase64: typeof loadTemplateBase64 }>("word/template-asset.ts")
        .loadTemplateBase64,
      readCopy: load<{ readCopy: typeof readCopy }>("document/read-data-part.ts").readCopy,
      anonymiseCopy: load<Pick<ReleaseModules, "anonymiseCopy">>("document/anonymise-docx.ts").anonymiseCopy,
      checkLog: domain.checkLog,
      toTableRow: domain.toTableRow,
    });
  } finally {
    delete g.__ADDIN_VERSION__;
  }
}
