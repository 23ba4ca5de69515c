// Dates in notations the Dutch day-and-month rules do not read (issue 23, blind set 4a): a month and year in digits
// ("sinds 05-2021", "van 09-'22 tot 01-'23") and English dates in mixed-language notes ("Monday 8 April", "Apr 10th",
// "2 June"). The month and year are shifted like "mei 2021"; an English date becomes the date placeholder (the copy
// writes dates in Dutch). Bounded regexes: linear scans; pure.
import { DATE_PLACEHOLDER, DIGITS, MONTH_WORD, WEEKDAYS, pad, type DateShifter } from "./date-shift";
import { RIGHT, matchAll, needs, type Span } from "./spans";

/** "05-2021", "5/2021", "09-'22": a month of two digits or a year with an apostrophe; never part of a longer date. */
const MONTH_YEAR_DIGITS = needs(
  /(?<![\p{L}\p{N}]|\d[-/.])(0[1-9]|1[0-2]|[1-9](?=[-/]['’‘]))([-/])((?:19|20)\d{2}|['’‘]\d{2})(?![\p{L}\p{N}'’]|[-/.]\d)/gu,
  ["-", "/"],
  DIGITS,
);
const EN_MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const EN_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun";
const ORDINAL = "(?:st|nd|rd|th)";
const YEAR = String.raw`(?:,?[ \t]+(?:19|20)\d{2})?`;
/** "2 June", "10th of April 2024", "Monday 8 April": the day first (English months are written with a capital). */
const EN_DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${EN_WEEKDAY}),?[ \t]+)?\d{1,2}${ORDINAL}?[ \t]+(?:of[ \t]+)?(?:${EN_MONTH})\.?${YEAR}${RIGHT}`,
  "gu",
);
/** "Apr 10th", "June 2, 2024", "Mon, Jan 8, 2024": the month first; "Jan 12" is a name and a number unless an ordinal,
 * a year or a weekday says otherwise. */
const EN_MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${EN_WEEKDAY}),?[ \t]+)?(${EN_MONTH})\.?[ \t]+\d{1,2}(${ORDINAL})?${YEAR}${RIGHT}`,
  "gu",
);
const EN_INITIALS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
needs(EN_DAY_MONTH, EN_INITIALS, DIGITS);
/** "22-II-2024", "3.XI.2019": the month in Roman numerals, as some letters and certificates write it. */
const ROMAN_MONTH = needs(
  /(?<![\p{L}\p{N}])\d{1,2}[-/. ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[-/. ](?:19|20)?\d{2}(?![\p{L}\p{N}])/gu,
  ["I", "V", "X"],
);
const DAY_WORDS =
  "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|drieëntwintig|vierentwintig|vijfentwintig|zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig|eenendertig";
/** "Zeven december", "3den Maart 2024", "de 3e mei": a day written out or with an old or ordinal ending. */
const WORD_DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${DAY_WORDS})|\d{1,2}(?:den|de|ste|e))[ \t]+${MONTH_WORD}(?:[ \t]+(?:19|20)\d{2})?(?![\p{L}\p{N}-])`,
  "giu",
);
needs(EN_MONTH_DAY, EN_INITIALS, DIGITS);
/** "de 9e van Maart", "de 3de van mei": a day as an ordinal of its month. */
const ORDINAL_OF_MONTH = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])de[ \t]+\d{1,2}(?:e|de|ste)[ \t]+van[ \t]+${MONTH_WORD}(?![\p{L}\p{N}-])`,
    "giu",
  ),
  [" van "],
);
const DE_MONTH = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
/** "Mittwoch, 10. April 2024", "14. Oktober 2022": a German date in a relative's letter (German months, a dot after the
 * day); a German weekday's abbreviation before a date in digits ("Mi., 13.03.2024"). */
const DE_DATE = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?[ \t]+)?(?:am[ \t]+)?\d{1,2}\.[ \t]?(?:${DE_MONTH})(?:[ \t]+(?:19|20)\d{2})?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:Mo|Di|Mi|Do|Fr|Sa|So)\.,?(?=[ \t]+\d{1,2}\.\d{1,2}\.\d{2,4}(?![\p{N}]))`,
    "gu",
  ),
  ["."],
);

/**
 * Months in the languages families' papers are written in, and Dutch months as typed in a hurry: "12 marca 2014"
 * (Polish), "3 mai 2012" (French), "15 de março de 2018", "5 Ekim 2019", "14 feburari 2024". Only with a day before.
 */
const OTHER_MONTH = [
  ...["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października"],
  ...[
    "listopada",
    "grudnia",
    "janvier",
    "février",
    "mars",
    "mai",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
  ],
  ...["novembre", "décembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro"],
  ...["dezembro", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre"],
  ...["noviembre", "diciembre", "ocak", "şubat", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim"],
  ...["kasım", "aralık", "yanayir", "fabrayir", "maris", "mayu", "yunyu", "yulyu", "ghusht", "sibtambir"],
  ...["feburari", "febuari", "februarie", "setpember", "septmber", "sepetmber", "okotber", "oktber", "novmber"],
  ...["decmber", "desember", "agustus", "augusuts", "janaury", "januarie"],
].join("|");
const OTHER_LANGUAGE_DATE = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d{1,2}[ \t]+(?:de[ \t]+)?(?:${OTHER_MONTH})(?:[ \t]+(?:de[ \t]+)?(?:19|20)\d{2})?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}(?=${MONTH_WORD}(?![\p{L}]))${MONTH_WORD}(?:[ \t]+(?:19|20)\d{2})?`,
    "giu",
  ),
  DIGITS,
);
/**
 * A day of the month by its ordinal or after its weekday, where the month is known from the talk: "op de 12de", "tot
 * de 3e", "kan dinsdag 12 ook?", "Vrijdag de 13e" (not "op de 2de verdieping", "de 3e keer", "dinsdag 12 uur").
 */
const DAY_ALONE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Oo]p|[Vv]anaf|[Tt]ot|[Vv]oor|[Vv]óór|[Nn]a|[Ss]inds|of|en|[Rr]ond)[ \t]+)de[ \t]+\d{1,2}(?:e|de|ste)(?![\p{L}\p{N}])(?![ \t]+van[ \t]+(?:de|elke|iedere)[ \t]+maand)(?![ \t]+(?:\p{Ll}{3,}(?:ing|heid)|keer|maal|plaats|klas|groep|rij|ronde|verdieping|week|dag|maand|jaar|kind|poging|helft|periode|les|uur|etage|graad|versie|editie|druk)(?![\p{L}]))|(?<![\p{L}\p{N}])(?:${WEEKDAYS.join("|")})[ \t]+(?:de[ \t]+)?\d{1,2}(?:e|de|ste)?(?![\p{L}\p{N}]|[.:,]\d|[ \t]*(?:uur|u\.|u(?![\p{L}])|minuten|min|:|h(?![\p{L}])|${MONTH_WORD}|[-/]))`,
    "gu",
  ),
  ["de ", "dag "],
);
/** "Inkomsten vanaf 3/2024", "Uitkering stopgezet 2024-03": a month and year in digits, the month first or last. */
const MONTH_YEAR_SHORT = needs(
  /(?<=(?<![\p{L}])(?:vanaf|sinds|per|tot|t\/m|in|van)[ \t]+)[1-9]\/(?:19|20)\d{2}(?![\p{L}\p{N}/.-])|(?<![\p{L}\p{N}/.-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\p{L}\p{N}]|[-/.]\d)/gu,
  ["/", "-"],
);

/** Candidate replacements for the month-and-year and English dates in a free text. */
export function otherDateSpans(text: string, dates: DateShifter, priority: number): Span[] {
  const out: Span[] = [];
  for (const m of matchAll(MONTH_YEAR_DIGITS, text)) {
    const [whole, mm = "", sep = "", written = ""] = m;
    const apostrophe = /^['’‘]/u.test(written) ? written.charAt(0) : "";
    const year = apostrophe ? dates.twoDigitYear(Number(written.slice(1))) : Number(written);
    const s = dates.shift({ y: year, m: Number(mm), d: 15 });
    const month = mm.length === 2 ? pad(s.m) : String(s.m);
    const y = apostrophe ? `${apostrophe}${pad(s.y % 100)}` : pad(s.y, 4);
    out.push({
      start: m.index,
      end: m.index + whole.length,
      replacement: `${month}${sep}${y}`,
      kinds: ["dates"],
      priority,
    });
  }
  const add = (start: number, end: number): void => {
    out.push({ start, end, replacement: DATE_PLACEHOLDER, kinds: ["dates"], priority });
  };
  for (const m of matchAll(EN_DAY_MONTH, text)) add(m.index, m.index + m[0].length);
  for (const re of [
    ROMAN_MONTH,
    WORD_DAY_MONTH,
    ORDINAL_OF_MONTH,
    DE_DATE,
    OTHER_LANGUAGE_DATE,
    DAY_ALONE,
    MONTH_YEAR_SHORT,
  ])
    for (const m of matchAll(re, text)) add(m.index, m.index + m[0].length);
  for (const m of matchAll(EN_MONTH_DAY, text)) {
    const [whole, month = "", ordinal] = m;
    // "Jan 12" may be a name and a number; a year after it or a weekday before it makes it a date ("Mon, Jan 8, 2024")
    const dated = ordinal !== undefined || /(?:19|20)\d{2}$/u.test(whole) || !whole.startsWith(month);
    if (!dated && (month === "Jan" || month.length <= 3)) continue;
    add(m.index, m.index + whole.length);
  }
  return out;
}
