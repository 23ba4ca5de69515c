// A word list packed for shipping (issue 30): sorted, each word after the first written as the
// number of leading characters it shares with the word before (one character: "0" + count,
// at most MAX_SHARED) and the rest, one word a line. Gzip then finds far more to share:
// the lexicon's lists go from 153 KB to 94 KB gzipped. Pure: no I/O.

const ZERO = 48; // "0"
const MAX_SHARED = 40;

/** The words, sorted and each once, packed. */
export function packWords(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  let before = "";
  const lines: string[] = [];
  for (const word of sorted) {
    if (word.includes("\n")) throw new Error(`a word with a line break cannot be packed: ${JSON.stringify(word)}`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < before.length && shared < word.length && before[shared] === word[shared])
      shared++;
    lines.push(String.fromCharCode(ZERO + shared) + word.slice(shared));
    before = word;
  }
  return lines.join("\n");
}

/** The words packWords packed, sorted. */
export function unpackWords(packed: string): string[] {
  if (packed === "") return [];
  const words: string[] = [];
  let before = "";
  for (const line of packed.split("\n")) {
    const shared = line.charCodeAt(0) - ZERO;
    if (!(shared >= 0 && shared <= MAX_SHARED && shared <= before.length))
      throw new Error("packed word list: a line does not start with a valid shared length");
    before = before.slice(0, shared) + line.slice(1);
    words.push(before);
  }
  return words;
}
