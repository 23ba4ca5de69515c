// Startup guard: the contract cases whose failure could corrupt a form (a write into a locked
// control is refused; a failed batch applies nothing after the failing action) are checked once per
// Word version and platform, remembered in localStorage.
//
// The checks write (a locked control, a failing batch), so they run ONLY when the document is
// empty, and leave it empty again: a family's form is never touched. In a document with content on
// a version not yet checked the pane works as before ("unchecked"): no check there can be made
// without writing into that document. The first empty document on that version (a new form starts
// in one) checks it. A version that failed once stays refused in every document.
// The cases themselves load only when a check runs (their own chunk): opening a form needs none of them.
import { currentEnv, describeWord, documentIsEmpty, runCase } from "./contract/env";
import type { ContractCase, HostEnv } from "./contract/types";
import { UNSAFE_MESSAGE } from "../domain/text/capabilities";

export interface GuardStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export type GuardState = { status: "ok" } | { status: "unchecked" } | { status: "unsafe"; failed: string[] };

export { UNSAFE_MESSAGE };

export function guardKey(env: HostEnv, version: string): string {
  return `handreiking-regie:startcontrole:${env.platform}:${version}`;
}

/** Checks (or recalls) the guard cases for this Word. Never writes into a document with content. */
export async function checkStartupGuard(
  store: GuardStore,
  env: HostEnv = currentEnv(),
  version: string = describeWord(env).wordVersion,
  cases?: readonly ContractCase[],
): Promise<GuardState> {
  const key = guardKey(env, version);
  const known = store.get(key);
  if (known === "ok") return { status: "ok" };
  if (known?.startsWith("unsafe:")) return { status: "unsafe", failed: known.slice("unsafe:".length).split(",") };
  if (!(await documentIsEmpty())) return { status: "unchecked" };
  const failed: string[] = [];
  const toCheck = cases ?? (await import(/* webpackChunkName: "startcontrole" */ "./contract/cases")).GUARD_CASES;
  for (const c of toCheck) {
    const result = await runCase(c, env);
    if (result.verdict === "failed") failed.push(c.id);
  }
  store.set(key, failed.length === 0 ? "ok" : `unsafe:${failed.join(",")}`);
  return failed.length === 0 ? { status: "ok" } : { status: "unsafe", failed };
}
