// Dates written without their year or with part of a date only, which need context to be told from other numbers
// (issue 23, the blind set): "28/5", "do 11/4", "di 16-4", "op 11-11", "maandag de 25e", the first day of a range ("9
// op 10 maart", "20 t/m 27 juli") and a year that dates an event ("kwam in 2016": a word for an event near it).
// A day and month alone are a date only with a weekday in front, a word such as "op", "van", "vanaf", "per" or a
// past participle ("aangemeld 14/2") before, or a time or colon after ("28/2 19:02", "11-08: overdracht"); never with
// a count after ("3-4 keer"; "24/7 bereikbaar" has no such context). Separate from date-shift.ts so each stays small;
// pure.
import { lineEndClass } from "../text/line-breaks";
import { isValidCalendarDate } from "../dates/dates";
import {
  DATE_PLACEHOLDER,
  DIGITS,
  MONTH_PREFIXES,
  MONTH_WORD,
  MONTHS_FULL,
  MONTHS_SHORT,
  WEEKDAY_WORD,
  WEEKDAYS,
  WEEKDAYS_SHORT,
  monthIndex,
  pad,
  weekdayLike,
  type DateShifter,
} from "./date-shift";
import { matchAll, needs, type Span } from "./spans";

const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,:-])(?:${WEEKDAY_WORD}[ \t]+)?(\d{1,2})([/-])(\d{1,2})(?![\p{L}\p{N}]|[/.-]\d)`,
  "giu",
);
const CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:op|van|vanaf|per|sinds|tot|t\/m|na|voor|vóór|rond|uiterlijk|er|d\.d\.|dd|datum:?|\p{L}*(?:ge|ver|be)\p{Ll}{2,}(?:[dt]|en))[ \t]+$/iu;
// a time, a colon, "jl.", or a part of the day ("18/2 in de nacht", "3/4 's avonds")
const CONTEXT_AFTER =
  /^(?:[ \t]+(?:om[ \t]+)?\d{1,2}[:.]\d{2}|[ \t]*:|[ \t]+(?:jl\.?|j\.l\.)|[ \t]+(?:in[ \t]+de[ \t]+|rond[ \t]+de[ \t]+)?(?:nacht|ochtend|middag|avond|morgen|namiddag)(?![\p{L}])|[ \t]+['’]s[ \t]+(?:nachts|ochtends|middags|avonds|morgens)|[ \t]+overdag)/u;
/**
 * A word for an appointment or a day in someone's life, maybe with a name or "was" after it, just before a day and
 * month: "belt 8-2 met", "volgend MDO 14-3", "verjaardag Yara 11/3", "vervolggesprek 19/12", "begrafenis was 28/11".
 */
const EVENT_BEFORE =
  /(?:^|[^\p{L}])(?:MDO|mdo|[Vv]erjaardag|[Jj]arig|\p{L}*(?:[Oo]verleg|[Aa]fspraak|[Gg]esprek|[Bb]ezoek|[Zz]itting)|[Ee]valuatie|[Ii]ntake|[Cc]ontrole|[Dd]eadline|[Bb]elt|[Bb]elde|[Bb]ellen|[Mm]ailt|[Mm]ailde|[Bb]egrafenis|[Uu]itvaart|[Cc]rematie|[Bb]evalling|[Oo]peration|[Oo]peratie|[Ss]chorsing|[Oo]ntslag)(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+(?:was|is|op|van|staat|stond))?[ \t]+$/u;
/**
 * A verb in the past before a day and month, maybe with its subject: "meldde zich 8/4", "kreeg 3/2 €50", "belde ze
 * 12/3", with a slash: "eindigde 4-2" and "scoorde 8/10" are scores, and a proper fraction ("was 1/2 uur te laat") or
 * "24/7" stays.
 */
const PAST_BEFORE =
  /(?:^|[^\p{L}])(?!scoor|haald|behaald|beoordeeld|waardeerd)(?:\p{Ll}{2,}(?:de|te|den|ten)|kreeg|kregen|kwam|kwamen|ging|gingen|zag|sprak|was|waren|had|zat|stond|bleef|vertrok|nam)(?:[ \t]+(?:zich|ze|hij|zij|er|ik|we|wij|u))?[ \t]+$/u;
/** A day and month after another: "op 11/10 en 25/10", "12-9, 26-9 en 3-10". */
const DATE_BEFORE = /\d{1,2}[/-]\d{1,2}[ \t]*(?:en|,|of|&|t\/m|tot)[ \t]*$/u;
/** A log's entry starts its line with its date: "12-9 gesprek met Robin", "26-9 Robin mist les", "- 3/10: belt". */
const LINE_END = new RegExp(lineEndClass(), "u");
const LOG_LINE_START = new RegExp(String.raw`(?:^|${lineEndClass()})(?:[-*•][ \t])?[ \t]*$`, "u");
/** An entry after a spaced dash: "Vader – 9/1 boos", "(moeder) — 3-2 belt"; not a fraction ("– 1/4 deel"). */
const DASH_BEFORE = /[ \t][–—][ \t]$/u;
const LOG_ENTRY_AFTER = /^(?:[ \t]*[:–-][ \t]|[ \t]+\p{L}{2,})/u;
/**
 * "(12/2)": a day and month alone in brackets, written with a slash, is a date in a note when it cannot be a proper
 * fraction ("(1/2) dag" stays); "(2-1)" may be a score.
 */
const IN_BRACKETS = (text: string, start: number, end: number, sep: string, d: number, mo: number): boolean =>
  sep === "/" && d > mo && text.charAt(start - 1) === "(" && text.charAt(end) === ")";
const TABLE_CELL_BEFORE = /\|[ \t]*$/u;
const TABLE_CELL_AFTER = new RegExp(String.raw`^[ \t]*(?:\||$|${lineEndClass()})`, "u");
const COUNT_AFTER =
  /^[ \t]*(?:x|keer|maal|dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|min|minuten|kinderen|personen|punten|procent|%|euro|cm|kg|km|uitslag|gewonnen|verloren|van[ \t]+(?:de|het|alle))(?![\p{L}])/iu;

const WEEKDAY_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${WEEKDAY_WORD}[ \t]+de[ \t]+\d{1,2}(?:e|ste|de)(?![\p{L}\p{N}])`,
  "giu",
);
const RANGE_FIRST_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.:-])(\d{1,2})([ \t]*(?:t\/m|tot en met|tot|op|en|-|–)[ \t]*)(\d{1,2})[ \t]+(${MONTH_WORD})(?![\p{L}])`,
  "giu",
);
// "in 2016", "een kind uit 2012", "geboortejaar 2011", "sinds de zomer van 2025", "kerst 2024", "tussen 2019 en
// 2021", "van 2019 tot 2021": the word before may
// take "van (het jaar)"; the second year of a range is found by YEAR_RANGE_END
const EVENT_YEAR =
  /(?<![\p{L}])(?:in|uit|sinds|vanaf|tot|rond|begin|eind|medio|halverwege|tussen|geboortejaar|geb\.|geboren|overleden|gestorven|verhuisd|gescheiden|getrouwd|gevlucht|zomer|voorjaar|najaar|winter|herfst|lente|kerst|kerstmis|pasen|zomervakantie|kerstvakantie|meivakantie|schooljaar)(?:[ \t]+van(?:[ \t]+het[ \t]+jaar)?)?[ \t]+((?:19|20)\d{2})(?![\p{L}\p{N}])/giu;
const YEAR_RANGE_END =
  /(?<=(?<![\p{L}])(?:van|tussen|vanaf|sinds|in)[ \t]+(?:19|20)\d{2}[ \t]{0,2}(?:tot[ \t]+en[ \t]+met|tot|t\/m|en|[-–])[ \t]{0,2})((?:19|20)\d{2})(?![\p{L}\p{N}])/giu;
/** Two years joined: "In 2018-2019 woonde hij", "schooljaar 2023/2024" (each year is dated by the same context). */
const YEAR_SPAN =
  /(?<=(?<![\p{L}\p{N}/.-])(?:19|20)\d{2}[ \t]?[-–/][ \t]?)((?:19|20)\d{2})(?![\p{L}\p{N}/-]|\.\d)|(?<![\p{L}\p{N}/.-])((?:19|20)\d{2})(?=[ \t]?[-–/][ \t]?(?:19|20)\d{2}(?![\p{L}\p{N}/-]|\.\d))/gu;
/**
 * A life's timeline: a year or two years at a line's start, then a wide gap, a colon or a dash ("2012–2014
 * peuterspeelzaal …", "2019:  onderzoek", "2023–nu    thuis"), as a school history or a chronology lists them.
 */
const TIMELINE_YEAR = needs(
  new RegExp(
    String.raw`(?<=(?:^|${lineEndClass()})[ \t]{0,8}(?:[-*•][ \t]{1,3})?(?:(?:19|20)\d{2}[ \t]?[–-][ \t]?)?)((?:19|20)\d{2})(?=(?:[ \t]?[–-][ \t]?(?:(?:19|20)\d{2}|nu|heden))?(?:[ \t]{2}|\t|[ \t]?:[ \t]|[ \t][–—][ \t]))`,
    "gu",
  ),
  ["19", "20"],
);
/** A year in brackets after an event of a life: "sinds de scheiding (2023)", "na de verhuizing (2019)". */
const EVENT_BRACKET_YEAR = needs(
  /(?<=(?:scheiding|verhuizing|geboorte|overlijden|uithuisplaatsing|opname|diagnose|aanmelding|huwelijk|bruiloft|vlucht|aankomst|detentie|ontslag|ongeluk|brand|operatie|bevalling|adoptie)[ \t]?\()((?:19|20)\d{2})(?=\))/giu,
  ["("],
);
/** A year in brackets after a capitalised word: "Zara (2013) en Deniz (2016)", a child's year of birth. */
const YEAR_AFTER_NAME = /(?<=\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]?\()((?:19|20)\d{2})(?=\))/gu;
const YEAR_RANGE_START = /(?<![\p{L}])van[ \t]+((?:19|20)\d{2})(?=[ \t]{0,2}(?:tot|t\/m)(?![\p{L}]))/giu;
/**
 * A year right after what was done or agreed, as tables and lists write it: "hersteloperatie aangevraagd 2024",
 * "onderhandse lening 2021", "uitspraak 2023", "rekening en verantwoording 2025", "terugvordering kinderopvangtoeslag
 * over 2023"; or with a Turkish case ending: "2019'da" (in 2019).
 */
const YEAR_AFTER_ACT = needs(
  /(?<![\p{L}])(?:(?:aan|af|op|in|uit|vast|over|toe|terug|weg|mee)?ge\p{Ll}{2,16}[dt]|(?:be|ver|ont|her)\p{Ll}{2,16}[dt]|\p{Ll}*toeslag|\p{Ll}*aanslag|\p{Ll}*vordering|lening|aanvraag|aangevraagd|uitspraak|vonnis|beschikking|besluit|contract|akkoord|regeling|schuld|achterstand|start|einde|opname|ontslag|verhuizing|zwangerschap|operatie|ongeval|ongeluk|brand|aangifte|melding|zitting|scheiding|overlijden|verantwoording|jaaropgave|\p{Ll}*afrekening|jaarrekening)(?:[ \t]+over)?[ \t]+((?:19|20)\d{2})(?![\p{L}\p{N}]|[/.,-]\d)/gu,
  ["19", "20"],
);
/** "vrijdag 17 tot zondag 19 mei", "zaterdag 27 op zondag 28 januari": the first weekday and day of a range of two. */
const WEEKDAY_RANGE_FIRST = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${WEEKDAY_WORD}[ \t]+\d{1,2}(?=[ \t]+(?:tot(?:[ \t]+en[ \t]+met)?|t\/m|op|-|–)[ \t]+${WEEKDAY_WORD}[ \t]+\d{1,2}[ \t]+${MONTH_WORD}(?![\p{L}]))`,
    "giu",
  ),
  [...WEEKDAYS, ...WEEKDAYS_SHORT],
);
/** The days listed before a range's last two: "uitgevoerd op 5, 12 en 19 juli" ("12 en 19 juli" is a range). */
const LISTED_DAYS = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}/.:,-])\d{1,2}(?=(?:,[ \t]{0,2}\d{1,2}){0,5},[ \t]{0,2}\d{1,2}[ \t]*(?:t\/m|tot en met|tot|en|-|–)[ \t]*\d{1,2}[ \t]+${MONTH_WORD}(?![\p{L}]))|(?<=(?<![\p{L}\p{N}/.:-])\d{1,2},[ \t]{0,2}(?:\d{1,2},[ \t]{0,2}){0,5})\d{1,2}(?=(?:,[ \t]{0,2}\d{1,2}){0,5},[ \t]{0,2}\d{1,2}[ \t]*(?:t\/m|tot en met|tot|en|-|–)[ \t]*\d{1,2}[ \t]+${MONTH_WORD}(?![\p{L}]))`,
    "giu",
  ),
  [","],
  MONTH_PREFIXES,
);
/** A birthday calendar: a line that is only a month, then lines that start with the day ("Maart ⏎ 7 – Gijs (2013)"). */
const MONTH_HEADING = new RegExp(String.raw`^[ \t]*${MONTH_WORD}[ \t]*:?[ \t]*$`, "iu");
const DAY_LINE = /^[ \t]*(\d{1,2})(?=[ \t]*[–—-][ \t])/u;
/** A year in a bracket with words beside it, after a name: "Els (1998, 26 jaar getrouwd!)", "Bo (tweeling, 2018)". */
const YEAR_IN_NOTE = needs(
  /(?<=\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]?\((?:[^()\n\d]{1,30}[ ,!][ \t]?)?)((?:19|20)\d{2})(?=(?:[,;!][^()\n]{0,40})?\))/gu,
  ["("],
);
/** A year of birth or death by its sign: "(°1948, 75)", "† 2019", "*2012". */
const YEAR_SIGNED = needs(/(?<=(?:°|†|✝|\*)[ \t]?)((?:19|20)\d{2})(?![\p{L}\p{N}])/gu, ["°", "†", "✝", "*"]);
const YEAR_SUFFIXED = needs(/(?<![\p{L}\p{N}])((?:19|20)\d{2})(?=['’](?:da|de|ta|te|dan|den|tan|ten)(?![\p{L}]))/gu, [
  "'",
  "’",
]);
// the literals each regex needs (spans.ts NEEDS); test/anonymise/needed-literals.test.ts checks them
needs(DAY_MONTH, ["/", "-"], DIGITS);
needs(WEEKDAY_ORDINAL, ["zo", "ma", "di", "wo", "do", "vr", "za"], ["de"]);
needs(RANGE_FIRST_DAY, MONTH_PREFIXES, DIGITS);
needs(EVENT_YEAR, ["19", "20"]);
needs(YEAR_SPAN, ["-", "–", "/"], ["19", "20"]);
needs(YEAR_AFTER_NAME, ["("], ["19", "20"]);
/** A person of the family or where they live: a year in their sentence dates their life ("sinds 2022 zit hij"). */
const PERSON_WORD =
  /(?<![\p{L}])(?:hij|zij|ze|haar|ik|mijn|wij|onze|moeder|vader|ouders|oma|opa|zoon|dochter|kind|kindje|baby|meisje|jongen|tweeling|gezin|broer|zus|broertje|zusje|jeugdige|cliënt|client|woont|woonde|woonden|zit|zat|verbleef)(?![\p{L}])/iu;
/** What happens in a family's life: a year near one of these dates an event ("kwam in 2016", "in 2022 gezien"). */
const EVENT_WORD =
  /(?:kwam|kwamen|verhuis|geboren|geboorte|gescheiden|scheiding|overleden|overlijden|gezien|opgenomen|aangemeld|gestart|begonnen|gestopt|uit huis|getrouwd|trouwden|gevlucht|vlucht|ingeschreven|geplaatst|diagnose|gediagnosticeerd|melding|uithuisplaatsing|ots|detentie|vast|ontslagen|bevallen|behandel)/iu;
/** A year in a sentence about a law names no event in a family's life ("de Jeugdwet van 2015"). */
const GENERAL_YEAR =
  /(?:[Ww]et(?![\p{L}])|\p{Ll}wet(?![\p{L}])|[Ww]etgeving|Wmo|Wlz|[Dd]ecentralisatie|[Ll]andelijk|[Gg]emeenten(?![\p{L}])|[Kk]abinet|[Oo]verheid|[Bb]eleid|[Ii]nvoering|[Rr]egering|[Mm]inister|[Pp]rovincie|[Ss]telsel|CBS|[Ii]nwoners|[Pp]rocent|%)/u;
/** A count of people or cases: a year in its sentence is a statistic's ("In 2023 kregen 400 gezinnen hulp"). */
const STATISTIC =
  /\d[\d.]*[ \t]+(?:gezinnen|kinderen|jongeren|mensen|inwoners|leerlingen|cliënten|meldingen|zaken|huishoudens)(?![\p{L}])/u;
/** A preposition or season that puts an event in a year: "in 2021", "sinds 2019", "begin 2020", "kerst 2021". */
const IN_YEAR_BEFORE = /(?<![\p{L}])in[ \t]+(?:19|20)\d{2}[ \t]{0,2}(?:en|[-–]|t\/m|tot)[ \t]{0,2}$/iu;
const PREPOSITION_YEAR =
  /^(?:in|sinds|vanaf|begin|eind|medio|halverwege|zomer|voorjaar|najaar|winter|herfst|lente|kerst|kerstmis|pasen|zomervakantie|kerstvakantie|meivakantie)[ \t]/iu;

/** "Geboortejaar moeder: 1993", "Jaar van overlijden: 2015": a labelled year (group 1 the label, 2 the year). */
const LABELLED_YEAR = needs(
  /(?<=^|[\n\r\v])[ \t]*([^\n\r\v:]{2,50}):[ \t]{0,3}((?:19|20)\d{2})(?=[ \t]*(?:[.,;]|$|[\n\r\v]))/gu,
  ["jaar"],
);
/** What makes a labelled year a family's: the label says a year and an event. */
const YEAR_LABEL = /jaar/iu;
const LABEL_EVENT =
  /geboren|geboorte|overl|aankomst|komst|vertrek|huwelijk|trouw|scheiding|verhuiz|vlucht|migratie|inschrijving|diagnose|plaatsing/iu;

/** Candidate replacements for the partial dates in a free text. */
export function partialDateSpans(text: string, dates: DateShifter, priority: number): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number, replacement: string): void => {
    out.push({ start, end, replacement, kinds: ["dates"], priority });
  };
  for (const m of matchAll(DAY_MONTH, text)) {
    const [whole, wd, wdDot = "", dd = "", sep = "", mm = ""] = m;
    const end = m.index + whole.length;
    const d = Number(dd);
    const mo = Number(mm);
    if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
    const after = text.slice(end, end + 16);
    if (COUNT_AFTER.test(after)) continue;
    const context =
      wd ||
      CONTEXT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
      EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
      CONTEXT_AFTER.test(after) ||
      DATE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
      (LOG_LINE_START.test(text.slice(Math.max(0, m.index - 4), m.index)) && LOG_ENTRY_AFTER.test(after)) ||
      (DASH_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
        LOG_ENTRY_AFTER.test(after) &&
        (sep === "-" || d >= mo)) ||
      IN_BRACKETS(text, m.index, end, sep, d, mo) ||
      (sep === "/" &&
        !(d === 24 && mo === 7) &&
        (d >= mo || mo > 4) &&
        PAST_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) ||
      // "31-01", "09-12": two digits each, one with a leading zero, is how a date is written, not a score or a range
      (dd.length === 2 && mm.length === 2 && (dd.startsWith("0") || mm.startsWith("0"))) ||
      // a table's cell holding only a day and month: "| Bakker | 21-1"
      (TABLE_CELL_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) && TABLE_CELL_AFTER.test(after));
    if (!context) continue;
    if (!isValidCalendarDate(dates.referenceYear, mo, d)) {
      add(m.index, end, DATE_PLACEHOLDER);
      continue;
    }
    const s = dates.shift({ y: dates.referenceYear, m: mo, d });
    const day = dd.length === 2 ? pad(s.d) : String(s.d);
    const month = mm.length === 2 ? pad(s.m) : String(s.m);
    add(m.index, end, `${wd ? `${weekdayLike(wd, s)}${wdDot} ` : ""}${day}${sep}${month}`);
  }
  // no month to move the day by: the whole is a placeholder
  for (const m of matchAll(WEEKDAY_ORDINAL, text)) add(m.index, m.index + m[0].length, DATE_PLACEHOLDER);
  for (const m of matchAll(RANGE_FIRST_DAY, text)) {
    const [, first = "", , second = "", monthWord = ""] = m;
    const month = monthIndex(monthWord);
    if (!month) continue;
    // "31 op 1 april": the first day is in the month before
    const y = dates.referenceYear;
    const firstMonth = Number(first) > Number(second) ? month.month - 1 : month.month;
    const day = firstMonth === 0 ? { y: y - 1, m: 12, d: Number(first) } : { y, m: firstMonth, d: Number(first) };
    if (!isValidCalendarDate(day.y, day.m, day.d) || !isValidCalendarDate(y, month.month, Number(second))) continue;
    const s1 = dates.shift(day);
    const s2 = dates.shift({ y, m: month.month, d: Number(second) });
    // the shifted range may cross a month: then the first day says its month
    const suffix = s1.m === s2.m ? "" : ` ${(month.short ? MONTHS_SHORT : MONTHS_FULL)[s1.m - 1] ?? ""}`;
    add(m.index, m.index + first.length, `${s1.d}${suffix}`);
  }
  const years = [
    ...matchAll(EVENT_YEAR, text),
    ...matchAll(YEAR_RANGE_START, text),
    ...matchAll(YEAR_RANGE_END, text),
    ...matchAll(YEAR_SPAN, text),
    ...matchAll(YEAR_AFTER_NAME, text),
  ];
  for (const re of [WEEKDAY_RANGE_FIRST, LISTED_DAYS])
    for (const m of matchAll(re, text)) add(m.index, m.index + m[0].length, DATE_PLACEHOLDER);
  // the sentence around a year: one about a law or the region dates no family's event
  const around = (at: number): string => text.slice(Math.max(0, at - 80), at + 60);
  // what makes a year general is read on its own line only ("Inkomsten: Participatiewet" on the next line is about
  // another matter); what dates it may stand on the line before or after
  const ownLine = (at: number): string => {
    const slice = text.slice(Math.max(0, at - 80), at + 60);
    const here = Math.min(at, 80);
    const before = slice.slice(0, here).split(LINE_END).pop() ?? "";
    const after = slice.slice(here).split(LINE_END)[0] ?? "";
    return before + after;
  };
  for (const m of matchAll(YEAR_IN_NOTE, text))
    if (!GENERAL_YEAR.test(ownLine(m.index))) add(m.index, m.index + m[0].length, DATE_PLACEHOLDER);
  birthdayCalendar(text, (start, end) => add(start, end, DATE_PLACEHOLDER));
  for (const m of matchAll(LABELLED_YEAR, text)) {
    const [whole, label = "", year = ""] = m;
    if (!YEAR_LABEL.test(label) || !LABEL_EVENT.test(label)) continue;
    const at = m.index + whole.length - year.length;
    add(at, at + year.length, DATE_PLACEHOLDER);
  }
  // the act before the year dates it, as a Turkish case ending does: no person needed in the sentence
  for (const m of [
    ...matchAll(YEAR_AFTER_ACT, text),
    ...matchAll(YEAR_SUFFIXED, text),
    ...matchAll(YEAR_SIGNED, text),
    ...matchAll(TIMELINE_YEAR, text),
    ...matchAll(EVENT_BRACKET_YEAR, text),
  ]) {
    const year = m[1] ?? "";
    const at = m.index + m[0].length - year.length;
    if (!GENERAL_YEAR.test(ownLine(at))) add(at, at + year.length, DATE_PLACEHOLDER);
  }
  for (const m of years) {
    const year = m[1] ?? m[2] ?? "";
    const at = m.index + m[0].length - year.length;
    const sentence = around(at);
    const line = ownLine(at);
    // "Kacper (2011)": the name is the person the year dates
    const named = m[0] === year && text.charAt(at - 1) === "(";
    // "in 2021", "sinds 2019" in a case note dates the family's life unless the sentence is about a law or the region
    const dated =
      !STATISTIC.test(line) &&
      (PREPOSITION_YEAR.test(m[0]) || IN_YEAR_BEFORE.test(text.slice(Math.max(0, at - 24), at)));
    if (GENERAL_YEAR.test(line) || !(named || dated || EVENT_WORD.test(sentence) || PERSON_WORD.test(sentence)))
      continue;
    // no day to move it by: a placeholder, as for "in '15"
    add(at, at + year.length, DATE_PLACEHOLDER);
  }
  return out;
}

/** The day numbers of a calendar's lines under a month heading; a blank line or another heading ends a month. */
function birthdayCalendar(text: string, add: (start: number, end: number) => void): void {
  if (!/\n[ \t]*\d{1,2}[ \t]*[–—-]/u.test(text)) return;
  let inMonth = false;
  let at = 0;
  for (const line of text.split("\n")) {
    if (MONTH_HEADING.test(line)) inMonth = true;
    else if (line.trim() === "") inMonth = false;
    else if (inMonth) {
      const day = DAY_LINE.exec(line)?.[1];
      const start = at + line.indexOf(day ?? "");
      if (day !== undefined) add(start, start + day.length);
      else inMonth = false;
    }
    at += line.length + 1;
  }
}
