// A replacement found in a text: [start, end) is replaced by `replacement`. Detectors return
// candidates; overlapping candidates are resolved by priority, then length, then position, so
// an e-mail address that contains a name is replaced as an e-mail address, not as a name.

export const COUNT_KINDS = [
  "names",
  "initials",
  "emails",
  "phones",
  "postcodes",
  "bsn",
  "dates",
  "organisations",
  "addresses",
  "links",
  "ibans",
  "numbers",
  "places",
  "ages",
] as const;
export type CountKind = (typeof COUNT_KINDS)[number];
export type Counts = Record<CountKind, number>;

export function emptyCounts(): Counts {
  return Object.fromEntries(COUNT_KINDS.map((k) => [k, 0])) as Counts;
}

export function addCounts(into: Counts, from: Counts): void {
  for (const k of COUNT_KINDS) into[k] += from[k];
}

export interface Span {
  start: number;
  end: number;
  replacement: string;
  /** Counted under these kinds (a stamp head counts initials, a date and an organisation). */
  kinds: CountKind[];
  /** Lower wins when candidates overlap. */
  priority: number;
}

/** Picks non-overlapping spans: by priority, then the longest, then the first. Result sorted by start. */
export function resolveSpans(candidates: readonly Span[]): Span[] {
  const order = [...candidates].sort(
    (a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // taken spans never overlap, so sorted by start they are sorted by end too: a binary search finds the one that could
  // overlap (checking every taken span made thousands of names in one box quadratic)
  const taken: Span[] = [];
  for (const s of order) {
    if (s.end <= s.start) continue;
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid]?.end ?? 0) <= s.start) lo = mid + 1;
      else hi = mid;
    }
    const next = taken[lo];
    if (next && next.start < s.end) continue;
    taken.splice(lo, 0, s);
  }
  return taken;
}

export function applySpans(text: string, spans: readonly Span[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Every match of a global regex as [start, end, match]. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error("matchAll needs a global regex");
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/** Escapes text for use inside a regex. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** Not preceded by a letter or digit. */
export const LEFT = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit. */
export const RIGHT = String.raw`(?![\p{L}\p{N}])`;
