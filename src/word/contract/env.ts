// What the contract cases need of Word without the cases themselves: the environment, the verdict,
// the empty-document check and one case's run. The startup guard uses these on every open; the
// cases (cases.ts) load only when a check runs.
import { codeOf } from "../errors";
import { readBodyContent } from "../body-content";
import type { CaseResult, ContractCase, ContractReport, HostEnv, Verdict } from "./types";

/** Requirement sets the report lists (those the add-in or a case looks at). */
const REPORTED_SETS: ReadonlyArray<readonly [string, string]> = [
  ...["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"].map((v) => ["WordApi", v] as const),
  ["WordApiOnline", "1.1"],
  ["WordApiDesktop", "1.1"],
  ["WordApiHiddenDocument", "1.3"],
  ["CustomXmlParts", "1.1"],
  ["CompressedFile", "1.1"],
  ["Settings", "1.1"],
];

export function currentEnv(): HostEnv {
  const requirements = Office.context.requirements;
  return {
    platform: String(Office.context.platform ?? Office.context.diagnostics?.platform ?? "onbekend"),
    isSetSupported: (name, version) => requirements.isSetSupported(name, version),
  };
}

/** Pure: the verdict for what a case saw. */
export function judge(c: ContractCase, env: HostEnv, seen: string): { verdict: Verdict; fallback?: string } {
  if (seen === c.expected(env)) return { verdict: "passed" };
  const alternative = (c.alternatives?.(env) ?? []).find((a) =>
    typeof a.seen === "string" ? a.seen === seen : a.seen.test(seen),
  );
  return alternative ? { verdict: "fallback", fallback: alternative.fallback } : { verdict: "failed" };
}

/** True when the body holds nothing at all (body-content.ts). */
export async function documentIsEmpty(): Promise<boolean> {
  // the whole body, not its text alone: a tracked deletion, a picture or a field is content the
  // writing cases must never touch (body-content.ts)
  return Word.run(async (context) => (await readBodyContent(context)).length === 0);
}

/** Removes everything a case left: unlocks every control, then clears the body. */
export async function clearDocument(): Promise<void> {
  await Word.run(async (context) => {
    const controls = context.document.contentControls.load("items/id");
    await context.sync();
    for (const cc of controls.items) {
      cc.cannotEdit = false;
      cc.cannotDelete = false;
    }
    await context.sync();
    context.document.body.clear();
    await context.sync();
  });
}

function describeError(error: unknown): string {
  return `fout (${codeOf(error) ?? (error instanceof Error ? error.message : String(error))})`;
}

/** Runs one case (the document must be empty) and clears the document after it. */
export async function runCase(c: ContractCase, env: HostEnv): Promise<CaseResult> {
  const base = {
    id: c.id,
    title: c.title,
    source: c.source,
    emulatorAssumed: c.emulatorAssumed,
    meaning: c.meaning,
    expected: c.expected(env),
  };
  if (c.requires && !env.isSetSupported(c.requires[0], c.requires[1])) {
    return { ...base, verdict: "notSupported", seen: `${c.requires[0]} ${c.requires[1]} ontbreekt` };
  }
  let seen: string;
  try {
    const outcome = await c.run(env);
    if (typeof outcome !== "string") return { ...base, verdict: "notSupported", seen: outcome.notSupported };
    seen = outcome;
  } catch (error) {
    seen = describeError(error);
  } finally {
    await clearDocument();
  }
  return { ...base, seen, ...judge(c, env, seen) };
}

export function describeWord(
  env: HostEnv,
): Pick<ContractReport, "wordVersion" | "platform" | "host" | "requirementSets"> {
  const diagnostics = Office.context.diagnostics;
  return {
    wordVersion: diagnostics?.version ?? "onbekend",
    platform: env.platform,
    host: String(diagnostics?.host ?? Office.context.host ?? "onbekend"),
    requirementSets: REPORTED_SETS.filter(([n, v]) => env.isSetSupported(n, v)).map(([n, v]) => `${n} ${v}`),
  };
}
