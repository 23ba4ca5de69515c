// The words an anonymised copy kept that could still be a name or a place, for the user to check
// before export: a capitalised word in the middle of a sentence, or a capitalised word at a
// sentence start that is unknown to the word list (and not written in lower case elsewhere in
// the document) or is a known name. Codes, placeholders,
// template words, months and days are left out.
import type { Lexicon } from "./lexicon";

const CODE_WORDS = new Set(
  "er aanvulling veilig thuis jeugdige ouder gezinslid professional persoon gemarkeerd zorgaanbieder gemeente gecertificeerde instelling onderwijs gezin raad voor de kinderbescherming algemeen mdo zorgmail zivver januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(
    " ",
  ),
);

export function reviewWords(texts: readonly string[], lexicon: Lexicon, known: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  // a word the document also writes in lower case ("er", "behandelaar") is a word at a sentence start
  const lowerWords = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}'’-]+/gu)) lowerWords.add(m[0]);
  for (const text of texts) {
    // drop placeholders like [naam] and stamp heads' codes
    const t = text.replace(/\[[^\]\n]{1,30}\]/g, " ");
    // the word before is looked at, not consumed: "op De Regenboog" lists "De" and "Regenboog"
    for (const m of t.matchAll(
      // eslint-disable-next-line no-control-regex -- Word's line break \v starts a line too
      /(?=\p{Lu})(?<=(^|[.!?:;\n\r\u000B]\s{0,8}|[\p{L}\p{N},)]\s{1,8}))(\p{Lu}[\p{Ll}\p{M}'’-]+)/gu,
    )) {
      const word = m[2] ?? "";
      const lower = word.toLocaleLowerCase("nl").replace(/['’]s$/u, "");
      if (CODE_WORDS.has(lower) || known.has(lower)) continue;
      const atStart = !/[\p{L}\p{N},)]\s+$/u.test(m[1] ?? "");
      const name = lexicon.firstNames.has(lower) || lexicon.surnames.has(lower);
      if (atStart && ((lexicon.common.has(lower) && !name) || lowerWords.has(lower))) continue;
      out.add(word);
    }
  }
  return [...out].sort((a, b) => a.localeCompare(b, "nl"));
}
