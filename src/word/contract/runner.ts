// Runs contract cases in the open Word document: only when it is empty, and empty again after.
import { CASES } from "./cases";
import { currentEnv, describeWord, documentIsEmpty, runCase } from "./env";
import type { CaseResult, ContractCase, ContractReport, HostEnv } from "./types";
import { BUILD_INFO } from "../../build-info";

export { CASES } from "./cases";
export { clearDocument, currentEnv, describeWord, documentIsEmpty, judge, runCase } from "./env";

export type ContractRun = { status: "notEmpty" } | { status: "done"; report: ContractReport };

/** Refuses a document with content; otherwise runs every case and leaves the document empty. */
export async function runContract(
  cases: readonly ContractCase[] = CASES,
  env: HostEnv = currentEnv(),
  now: () => Date = () => new Date(),
): Promise<ContractRun> {
  if (!(await documentIsEmpty())) return { status: "notEmpty" };
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c, env));
  return {
    status: "done",
    report: { addinVersion: BUILD_INFO.version, ...describeWord(env), ranAt: now().toISOString(), results },
  };
}
