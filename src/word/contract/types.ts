// A contract case: one Word behaviour the Word layer (src/word) relies on, written once as a
// scenario against Office.js with the outcome expected. Two runners use the same cases: the jest
// suite on the emulator (test/word/contract.test.ts) and the Zelftest page inside real Word.

/** What a case may ask of the host without a Word batch. */
export interface HostEnv {
  /** Office.PlatformType as a string ("PC", "OfficeOnline", "Mac", …). */
  platform: string;
  isSetSupported(name: string, version: string): boolean;
}

/** An outcome other than the expected one that the add-in handles: which fallback it selects. */
export interface Alternative {
  seen: string | RegExp;
  /** What the add-in then does (English, for the report). */
  fallback: string;
}

export interface ContractCase {
  id: string;
  /** Dutch, short, for the Zelftest page. */
  title: string;
  /** What src/word relies on (English, for developers). */
  relies: string;
  /** learn.microsoft.com page or OfficeDev/office-js issue. */
  source: string;
  /**
   * True when the emulator (word-host) merely assumed this outcome: no source confirms it
   * for every platform. This case is then the one place the guess is written down.
   */
  emulatorAssumed: boolean;
  /** Requirement set the case needs; without it the case is "not supported". */
  requires?: readonly [set: string, version: string];
  /** Part of the startup guard: a failure here could corrupt a form. */
  guard?: boolean;
  /** Dutch: what a failure means for the user (docs/pilot-in-word.md, Zelftest page). */
  meaning: string;
  expected(env: HostEnv): string;
  alternatives?(env: HostEnv): readonly Alternative[];
  /**
   * Runs the scenario in an EMPTY document and returns what it saw. May leave content behind
   * (the runner clears it); must remove its own custom XML parts. Returns `{ notSupported }`
   * when the platform lacks something no requirement set names.
   */
  run(env: HostEnv): Promise<string | { notSupported: string }>;
}

export type Verdict = "passed" | "fallback" | "failed" | "notSupported";

export interface CaseResult {
  id: string;
  title: string;
  verdict: Verdict;
  expected: string;
  seen: string;
  /** For "fallback": what the add-in does with this outcome. */
  fallback?: string;
  source: string;
  emulatorAssumed: boolean;
  meaning: string;
}

export interface ContractReport {
  /** The add-in's version (package.json, src/build-info.ts), so a report names the build it tested. */
  addinVersion: string;
  /** Office.context.diagnostics */
  wordVersion: string;
  platform: string;
  host: string;
  /** The requirement sets this Word supports (of those the add-in cares about). */
  requirementSets: string[];
  ranAt: string;
  results: CaseResult[];
}
