// House numbers and addresses known by their context (issue 23, blind set 2a): the additions Dutch addresses carry
// ("212-B", "3-A", "12 bis", "19-hs", "5 A-3", "60/2", "t/o 17", "nr. 23", "181 kamer 12") and a street of any name
// after an address label or "woont aan de" ("Adres: Het Wooldrik 4", "aan de Hasseler Es 14", "op de Oude Markt 14"),
// which the street endings of patterns.ts do not know. Bounded regexes, linear scans; pure.
import { matchAll, needs, type Span } from "./spans";

/** Words between a street and its number: "Kerkstraat t/o 12" (opposite), "Kerkstraat tegenover nr. 14". */
const BEFORE_NUMBER = String.raw`(?:(?:t\/o|tegenover)[ \t]{1,2})?(?:(?:nr\.?|no\.?|nummer)[ \t]{1,2})?`;
const WORD_ADDITION = String.raw`(?:bis|hs|huis|boven|beneden|bg|bovenwoning|benedenwoning|achterhuis)`;
/** A room, flat or unit after the number: "181 kamer 12", "7 app. 3", "34 unit 2". */
const UNIT = String.raw`[ \t](?:kamer|app\.?|ap\.?|appartement|unit|flat)[ \t]?\d{1,4}[a-zA-Z]?`;
/** A house addition: "12a", "12 A", "12A2", "12-B", "12 bis", "12-hs", "12-II", "12 A-2", "12/3", "7 -9", "17 b,". */
const ADDITION = String.raw`(?:[a-zA-Z]{1,2}(?:-?\d{1,3})?|[ \t](?:${WORD_ADDITION}|[IVX]{1,4}|[A-Z]{1,2}(?:[ \t]?-?[ \t]?\d{1,3})?)|[ \t]?[-/][ \t]?(?:\d{1,4}[a-zA-Z]?|${WORD_ADDITION}|[IVX]{1,4}|[a-zA-Z]{1,2})|[ \t][a-z](?=[ \t]{0,2}[,;)])|${UNIT})`;
/** A house number with what may stand around it, for a regex (no groups). */
export const HOUSE_NUMBER = String.raw`${BEFORE_NUMBER}\d{1,5}(?:${ADDITION}(?![\p{L}\p{N}]))?(?:${UNIT})?(?![\p{N}])`;

/** A street's name of up to three capitalised words, with a leading article or adjective ("Het", "Oude", "Dr."). */
const STREET_NAME = String.raw`(?:(?:De|Het|'t|Den|Van|Ter|Ten|Sint|St\.|Dr\.|Oude|Nieuwe|Kleine|Grote|Lange|Korte|Hoge|Lage)[ \t]{1,2})?\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:[ \t]{1,2}\p{Lu}[\p{L}\p{M}'’.-]{0,40}){0,2}`;
/** What a number counts when it is no house number: "aan de Rabobank 50 euro", "de Voedselbank 3 dozen", a dose
 * ("Methylfenidaat 18 mg"). */
const COUNTED = String.raw`(?:euro|€|%|procent|keer|x|uur|minuten|jaar|dagen|weken|maanden|kinderen|mensen|personen|punten|dozen|stuks|pakketten|tassen|kilo|kg|gram|liter|meter|km|cm|mm|mg|mcg|µg|microgram|milligram|ml|cl|dl|IE|tabletten|tablet|druppels|pufjes|pufs|doses|Hz|kHz|graden|°C?|bpm|mmHg|sec|seconden|minuut|min|kcal|pagina|pagina's|blz)(?![\p{L}])`;
const NOT_HOUSE = String.raw`(?![ \t]{0,2}${COUNTED})`;
/** True when the text after a number says what it counts: then the word before it is no street. */
export const countsAfter = new RegExp(String.raw`^[ \t]{0,2}${COUNTED}`, "u");

// "Adres: Het Wooldrik 4", "Adres vader: Erve Kots 3", "Bezoekadres: Oude Markt 14"
const LABELLED = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:[Aa]dres|[Bb]ezoekadres|[Pp]ostadres|[Cc]ontactadres|[Ww]oonadres|[Vv]erblijfadres|[Bb]riefadres|[Ww]oonachtig)(?:[ \t]{1,2}\p{Ll}{1,20}){0,2}[ \t]{0,2}:[ \t]{0,3})${STREET_NAME}[ \t]{1,2}${HOUSE_NUMBER}${NOT_HOUSE}`,
  "gu",
);
// "woont aan de Hasseler Es 14", "verhuisd naar de Lange Wal 3": the article stays; "woont op Het Hoge Veld 3" (the
// article is part of the name)
const AFTER_VERB = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:woont|wonen|woonde|woonden|verblijft|verbleef|verhuisd|verhuist|verhuizen|ingeschreven|woonachtig)[ \t]{1,2}(?:(?:nu|sinds[ \t]kort|tijdelijk|weer)[ \t]{1,2})?(?:aan|op|naar|in)[ \t]{1,2}(?:(?:de|het|'t)[ \t]{1,2})?)${STREET_NAME}[ \t]{1,2}${HOUSE_NUMBER}${NOT_HOUSE}`,
  "gu",
);
// "aan het Dolphiaanplein 12, Enschede": after a bare "aan de" only a number that ends the phrase ("gaf aan de
// Rabobank 50 euro", "aan de Voedselbank 3 dozen" stay)
const AFTER_AAN = new RegExp(
  String.raw`(?<=(?<![\p{L}])[Aa]an[ \t]{1,2}(?:de|het|'t)[ \t]{1,2})${STREET_NAME}[ \t]{1,2}${HOUSE_NUMBER}(?=[ \t]{0,2}(?:[,.;:!?)(]|$|(?:in|te|en|bij)(?![\p{L}])))`,
  "gmu",
);

// "Zij woont aan de Noorderhagen", "woonde op het Lageveld": a capitalised name where a family lives is its street
const STREET_ALONE = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:woont|wonen|woonde|woonden|verblijft|verbleef|verhuisd|verhuist|woonachtig)[ \t]{1,2}(?:(?:nu|sinds[ \t]kort|tijdelijk|weer|ook|nog)[ \t]{1,2})?(?:aan|op)[ \t]{1,2}(?:de|het|'t)[ \t]{1,2})${STREET_NAME}(?![\p{L}\p{N}])`,
  "gu",
);

/** Addresses found by their context; the caller resolves overlaps with the other patterns. */
export function contextAddressSpans(text: string, replacement: string, priority: number): Span[] {
  const out: Span[] = [];
  // a literal search first: a text without the context words is not scanned position by position
  const verb = /woon|wonen|verblij|verbleef|verhuis|ingeschreven/iu.test(text);
  const rules: [RegExp, boolean][] = [
    [LABELLED, /adres|woonachtig/iu.test(text)],
    [AFTER_VERB, verb],
    [AFTER_AAN, /aan/iu.test(text)],
  ];
  for (const [re, may] of rules)
    for (const m of may ? matchAll(re, text) : [])
      out.push({ start: m.index, end: m.index + m[0].length, replacement, kinds: ["addresses"], priority });
  // a street without its number: after the one with a number (a longer span of the same priority wins)
  for (const m of verb ? matchAll(STREET_ALONE, text) : []) {
    // a full stop after the name ends the sentence
    const name = m[0].replace(/[.'’-]+$/u, "");
    out.push({ start: m.index, end: m.index + name.length, replacement: "[straat]", kinds: ["addresses"], priority });
  }
  return out;
}

/** Endings only street names have among capitalised words ("-straat", "-laan", "-singel"); "-hof", "-markt" do not. */
const STREET_ONLY_END = "straat|straatje|laan|steeg|gracht|singel|dreef|plein|weg|allee|boulevard|plantsoen";
// "speelt op het Rutbeekplein", "fietst via de Hengelosestraat", "bij de Oldenzaalsestraat": a street where someone is
const STREET_BY_ENDING = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:aan|op|in|via|langs|over|naar|bij|vanaf|richting|van|uit|locatie|hoek)[ \t]{1,2}(?:(?:de|het|'t)[ \t]{1,2})?)(?:(?:Oude|Nieuwe|Lange|Korte|Grote|Kleine|Hoge|Lage|\p{Lu}\p{Ll}{2,}(?:se|sche))[ \t]|(?:Van|De|Den|Ter|Ten)[ \t](?:(?:der|den|de)[ \t])?)?\p{Lu}[\p{Ll}'-]{1,40}(?:${STREET_ONLY_END})(?![\p{L}\p{N}])`,
    "gu",
  ),
  STREET_ONLY_END.split("|"),
);

/**
 * A street named by its ending after a word of place or way, without a house number; `plainWord` says which
 * compounds are ordinary words ("op het schoolplein", "de snelweg").
 */
export function streetsByEnding(text: string, plainWord: (w: string) => boolean, priority: number): Span[] {
  const out: Span[] = [];
  for (const m of matchAll(STREET_BY_ENDING, text)) {
    const last = m[0].split(/[ \t]/u).pop() ?? "";
    if (plainWord(last)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, replacement: "[straat]", kinds: ["addresses"], priority });
  }
  return out;
}

// "in Haaksbergen, Markt 14", "Markt 14, Haaksbergen": a capitalised word and a house number set off from a town by a
// comma is that town's street and number, whatever the street's word (one to three words, nothing counted after it)
const STREET_AFTER_TOWN = new RegExp(
  String.raw`^,[ \t]{0,2}(${STREET_NAME})[ \t]{1,2}${HOUSE_NUMBER}${NOT_HOUSE}(?=[ \t]{0,2}(?:[,.;:!?)(\n\r]|$))`,
  "u",
);
const STREET_BEFORE_TOWN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(${STREET_NAME})[ \t]{1,2}${HOUSE_NUMBER}[ \t]{0,2},[ \t]{0,2}$`,
  "u",
);

/**
 * Streets with a number beside a town the other rules found (`towns`); `counted` says which words number something
 * ("Bijlage 3", "Groep 7").
 */
export function addressesBesideTowns(
  text: string,
  towns: readonly Span[],
  counted: (w: string) => boolean,
  replacement: string,
  priority: number,
): Span[] {
  const out: Span[] = [];
  for (const t of towns) {
    const after = STREET_AFTER_TOWN.exec(text.slice(t.end, t.end + 80));
    if (after && !counted(after[1] ?? "")) {
      const start = t.end + after[0].length - after[0].replace(/^,[ \t]*/u, "").length;
      out.push({ start, end: t.end + after[0].length, replacement, kinds: ["addresses"], priority });
    }
    const from = Math.max(0, t.start - 80);
    const before = STREET_BEFORE_TOWN.exec(text.slice(from, t.start));
    if (before && !counted(before[1] ?? "")) {
      const street = before[0].replace(/[ \t]*,[ \t]*$/u, "");
      out.push({
        start: from + before.index,
        end: from + before.index + street.length,
        replacement,
        kinds: ["addresses"],
        priority,
      });
    }
  }
  return out;
}
