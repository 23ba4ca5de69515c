// Which fields of a data part a step lost: every leaf of the part (log entries by id, fields a
// newer add-in wrote as one leaf each) present before and absent after. A changed value is not a
// loss: steps change boxes. Entry ids are folded to "*" so one dropped field of every entry reads once.
import type { DataPart } from "../../src/domain";

type Plain = null | string | number | boolean | Plain[] | { [k: string]: Plain };

function leaves(value: unknown, at: string, out: Set<string>): void {
  if (value === undefined) return;
  if (value === null || typeof value !== "object" || at.endsWith("foreign")) {
    out.add(at);
    return;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) out.add(at);
  for (const [k, v] of entries) leaves(v, at ? `${at}.${k}` : k, out);
}

/** The data part's leaves; log entries keyed by id (an entry's place may move in a merge). */
export function fieldsOf(data: DataPart): Set<string> {
  const out = new Set<string>();
  const { changeLog, ...root } = data;
  leaves(root as unknown as Plain, "", out);
  for (const e of changeLog) leaves(e as unknown as Plain, `log[${e.id}]`, out);
  return out;
}

/** The chain fields of an entry: recomputed by whoever writes it (a merge seals the other copy's entries again). */
const CHAIN = /^log\[\*\]\.(prevHash|hash|textHash|stateHash|prevSeal|seal|textSeal|stateSeal)$/;

/**
 * The fields of any of `before` that `after` no longer has, entry ids folded ("log[*].seal"),
 * sorted: `content` (what people and add-ins wrote) apart from `chain` (links and hashes).
 */
export function fieldsLost(before: DataPart[], after: DataPart): { content: string[]; chain: string[] } {
  const kept = fieldsOf(after);
  const lost = before.flatMap((b) => [...fieldsOf(b)].filter((f) => !kept.has(f)));
  const folded = [...new Set(lost.map((f) => f.replace(/^log\[[^\]]*\]/, "log[*]")))].sort();
  return { content: folded.filter((f) => !CHAIN.test(f)), chain: folded.filter((f) => CHAIN.test(f)) };
}
