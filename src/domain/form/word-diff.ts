// What changed in a box, word by word: the outside-edit review shows what was added and what was
// removed, with a few words around each change, instead of two cut-off beginnings.

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Words with the white space after them, so the parts joined give the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|\S+\s*/gu) ?? [];
}

/** Above this many word pairs the middle is compared as one block (still correct, less fine). */
const MAX_CELLS = 200_000;

function push(out: DiffPart[], kind: DiffPart["kind"], text: string): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** One word both texts have; the white space after it may differ (then that is a change of its own). */
function sameWord(x: string, y: string, out: DiffPart[]): void {
  const word = y.trimEnd();
  push(out, "same", word);
  const xs = x.slice(word.length);
  const ys = y.slice(word.length);
  if (xs === ys) push(out, "same", ys);
  else {
    push(out, "removed", xs);
    push(out, "added", ys);
  }
}

/** The longest common subsequence of words, as parts; `same` parts joined give the words both share in order. */
function lcsParts(a: string[], b: string[], out: DiffPart[]): void {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    push(out, "removed", a.join(""));
    push(out, "added", b.join(""));
    return;
  }
  // lengths[i][j]: LCS of a[i..] and b[j..]
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i]!;
    const next = lengths[i + 1]!;
    for (let j = m - 1; j >= 0; j--)
      row[j] = a[i]!.trimEnd() === b[j]!.trimEnd() ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.trimEnd() === b[j]!.trimEnd()) {
      sameWord(a[i++]!, b[j++]!, out);
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push(out, "removed", a[i++]!);
    else push(out, "added", b[j++]!);
  }
  while (i < n) push(out, "removed", a[i++]!);
  while (j < m) push(out, "added", b[j++]!);
}

/** The change from `before` to `after` as same/added/removed parts (common beginning and end first, then words). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const out: DiffPart[] = [];
  push(out, "same", a.slice(0, start).join(""));
  lcsParts(a.slice(start, a.length - end), b.slice(start, b.length - end), out);
  push(out, "same", a.slice(a.length - end).join(""));
  return out;
}

/** The parts with long unchanged stretches cut to `context` words on each side of a change ("…"). */
export function diffInContext(parts: readonly DiffPart[], context = 4): DiffPart[] {
  return parts.map((p, index) => {
    if (p.kind !== "same") return p;
    const words = tokens(p.text);
    const keepBefore = index > 0 ? context : 0; // words after the previous change
    const keepAfter = index < parts.length - 1 ? context : 0; // words before the next change
    if (words.length <= keepBefore + keepAfter + 1) return p;
    const head = words.slice(0, keepBefore).join("");
    const tail = words.slice(words.length - keepAfter).join("");
    return { kind: "same", text: tail === "" ? `${head}…` : `${head}… ${tail}` };
  });
}
