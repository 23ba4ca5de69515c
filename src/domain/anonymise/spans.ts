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

/** The whole words of a span before `end` ("Ria" of "Ria Eshuis"), when one of two letters or more is left. */
function leadingWords(text: string, s: Span, end: number): Span | null {
  const words = /^(.*[\p{L}\p{N}])[^\p{L}\p{N}]+/su.exec(text.slice(s.start, end));
  const kept = (words?.[1] ?? "").replace(/(?:[ \t]+(?:van|de|der|den|ter|ten|te|het|'t))+$/iu, "");
  return /[\p{L}\p{N}]{2}/u.test(kept) ? { ...s, end: s.start + kept.length } : null;
}

/**
 * Picks non-overlapping spans: by priority, then the longest, then the first. Result sorted by start. With the text, a
 * name whose end an address took keeps the whole words before it.
 */
export function resolveSpans(candidates: readonly Span[], text?: string): Span[] {
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
    if (next && next.start < s.end) {
      // a name whose end an address took keeps its first words: "Ria" of "Ria Eshuis" before the street "Eshuis
      // Pelikaanstraat 15" (a street named after a person has the same shape); another find beside a name's words
      // ("Advies van Dyslexie Kenniscentrum") says the run was no name
      const keep =
        text !== undefined && s.kinds.includes("names") && next.kinds.includes("addresses") && next.start > s.start
          ? leadingWords(text, s, next.start)
          : null;
      if (keep) taken.splice(lo, 0, keep);
      continue;
    }
    taken.splice(lo, 0, s);
  }
  return taken;
}

/**
 * Where a name of a place or organisation found from `start` to `end` ends: at a tab, a table's cell border, where the
 * rules' spaces ([ \t]) would join two cells ("De Windroos⇥Bas" is a school and a person).
 */
export function cellEnd(text: string, start: number, end: number): number {
  // searched within the span only: a search to the text's end, once per span, would grow with the text squared
  const found = text.slice(start, end).indexOf("\t");
  return found > 0 ? text.slice(start, start + found).trimEnd().length + start : end;
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

/**
 * Literals that every match of a regex contains, at least one of each group, compared in lower case: matchAll skips a
 * text without them instead of running the regex from every position (issue 23 item 4: a long document has tens of
 * thousands of paragraphs and most regexes find nothing in most of them). Lower case is a safe test for a
 * case-insensitive regex too: the one letter /iu folds to a Latin letter that toLowerCase does not (ſ) is folded here.
 */
const NEEDS = new Map<RegExp, readonly (readonly string[])[]>();
const fold = (text: string): string => text.toLowerCase().replace(/ſ/gu, "s");

/** Registers the literals `re` needs (see NEEDS); returns `re`. */
export function needs<R extends RegExp>(re: R, ...groups: readonly (readonly string[])[]): R {
  NEEDS.set(
    re,
    groups.map((g) => g.map(fold)),
  );
  return re;
}

/** The regexes with their needed literals, for the test that proves no match lacks them. */
export function neededLiterals(): ReadonlyMap<RegExp, readonly (readonly string[])[]> {
  return NEEDS;
}

// the detectors run one text through every regex in turn: fold it once
let lastText = "";
let lastFolded = "";

/** True when `text` holds a literal of every group `re` needs (or `re` needs none). */
export function mayMatch(re: RegExp, text: string): boolean {
  const groups = NEEDS.get(re);
  if (!groups) return true;
  if (text !== lastText) {
    lastFolded = fold(text);
    lastText = text;
  }
  // plain loops: closures per call were a tenth of the scan
  for (const group of groups) {
    let found = false;
    for (const literal of group) {
      if (lastFolded.includes(literal)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Every match of a global regex as [start, end, match]. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error("matchAll needs a global regex");
  if (!mayMatch(re, text)) return [];
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
