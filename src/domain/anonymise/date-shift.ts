// Dates are moved by one offset (whole days) for the whole document, so intervals survive
// (MDO → evaluation, log entry → log entry) while the real calendar days do not. Dates in
// free text are recognised as dd-mm-jjjj / d-m-jj (with -, / or .), ISO jjjj-mm-dd, jjjjmmdd
// (stamps), "12 maart 2012", "maandag 12 maart", "12 mrt." and "maart 2012"; a weekday in
// front is recomputed. Something that looks like a date but is not a real day becomes "[datum]".
import { amsterdamDay } from "../dates/day";
import { isDay, isValidCalendarDate } from "../dates/dates";
import { LEFT, matchAll, needs, type Span } from "./spans";

export const DATE_PLACEHOLDER = "[datum]";

export const MONTHS_FULL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
export const MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTH_ALIASES: Record<string, number> = { sept: 9, maa: 3, mar: 3, febr: 2 };
export const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
/** Short weekdays as notes and messages write them: "do 11/4", "zo 23 jun". */
export const WEEKDAYS_SHORT = ["zo", "ma", "di", "wo", "do", "vr", "za"];
/** A weekday, full or short (the short form with an optional dot), as a regex group. */
export const WEEKDAY_WORD = `(${[...WEEKDAYS, ...WEEKDAYS_SHORT].join("|")})(\\.?)`;

/** The weekday of a shifted day, written as the original was: full or short, in its case. */
export function weekdayLike(written: string, day: { y: number; m: number; d: number }): string {
  const index = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  const short = WEEKDAYS_SHORT.includes(written.toLocaleLowerCase("nl"));
  return matchCase(written, (short ? WEEKDAYS_SHORT : WEEKDAYS)[index] ?? "");
}

export const MONTH_WORD = `(?:${[...MONTHS_FULL, ...MONTHS_SHORT, ...Object.keys(MONTH_ALIASES)].sort((a, b) => b.length - a.length).join("|")})`;

export function monthIndex(word: string): { month: number; short: boolean } | null {
  const w = word.toLocaleLowerCase("nl").replace(/\.$/, "");
  const full = MONTHS_FULL.indexOf(w);
  if (full >= 0) return { month: full + 1, short: false };
  const short = MONTHS_SHORT.indexOf(w);
  if (short >= 0) return { month: short + 1, short: true };
  const alias = MONTH_ALIASES[w];
  return alias ? { month: alias, short: true } : null;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function matchCase(template: string, word: string): string {
  if (template !== "" && template === template.toLocaleUpperCase("nl") && template.length > 1)
    return word.toLocaleUpperCase("nl");
  const first = template.charAt(0);
  return first !== "" && first === first.toLocaleUpperCase("nl") && first !== first.toLocaleLowerCase("nl")
    ? word.charAt(0).toLocaleUpperCase("nl") + word.slice(1)
    : word;
}

// Built once, not per text: building a regex per paragraph cost a fifth of the date scan (issue 23 item 4).
// a weekday before it belongs to the date ("za 20-04-2024"): kept as written it would give the true day away
const NUMERIC_DATE = new RegExp(
  String.raw`${LEFT}(?:${WEEKDAY_WORD}[ \t]+)?(\d{1,2})(\s?[-/.]\s?)(\d{1,2})\4(\d{4}|['’‘]?\d{2})(?![\p{N}])`,
  "giu",
);
// also "2014/02/03" and "2014.02.03", the same separator twice
const ISO_DATE = new RegExp(String.raw`${LEFT}(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[/.]\d)`, "gu");
const STAMP_DAY = new RegExp(String.raw`${LEFT}(\d{8})(?![\p{N}])`, "gu");
const DAY_MONTH = new RegExp(
  String.raw`${LEFT}(?:${WEEKDAY_WORD}\s+)?(\d{1,2})(\s{1,3}|-)(${MONTH_WORD})(\.?)(?:(?:\s{1,3}|-)(\d{4}|['’‘]\d{2}))?(?![\p{L}\p{N}])`,
  "giu",
);
const YEAR_MONTH_DAY = new RegExp(String.raw`${LEFT}(\d{4})-(${MONTH_WORD})\.?-(\d{1,2})(?![\p{L}\p{N}])`, "giu");
/** The first month of a range dated by the year after the second: "jan–mrt 2024", "januari t/m maart 2024". */
const MONTH_RANGE_FIRST = new RegExp(
  String.raw`${LEFT}(${MONTH_WORD})(\.?)(?=[ \t]{0,2}(?:[-–/]|t\/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]{0,2}(${MONTH_WORD})\.?[ \t]+(\d{4}|['’‘]\d{2})(?![\p{L}\p{N}'’]))`,
  "giu",
);
const MONTH_YEAR = new RegExp(String.raw`${LEFT}(${MONTH_WORD})(\.?)\s+(\d{4}|['’‘]\d{2})(?![\p{L}\p{N}'’])`, "giu");
/** Every month word starts with one of these (spans.ts NEEDS). */
export const MONTH_PREFIXES = [
  "jan",
  "feb",
  "maa",
  "mar",
  "apr",
  "mei",
  "jun",
  "jul",
  "aug",
  "sep",
  "okt",
  "nov",
  "dec",
  "mrt",
];
export const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
for (const re of [DAY_MONTH, YEAR_MONTH_DAY, MONTH_YEAR, MONTH_RANGE_FIRST]) needs(re, MONTH_PREFIXES, DIGITS);
for (const re of [NUMERIC_DATE, ISO_DATE, STAMP_DAY]) needs(re, DIGITS);

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export class DateShifter {
  constructor(
    /** Days added to every date (may be negative). */
    readonly offsetDays: number,
    /** The year assumed for "9 september" (no year) and the pivot for two-digit years. */
    readonly referenceYear: number,
  ) {}

  shift(date: Ymd): Ymd {
    const t = Date.UTC(date.y, date.m - 1, date.d) + this.offsetDays * 86_400_000;
    const r = new Date(t);
    return { y: r.getUTCFullYear(), m: r.getUTCMonth() + 1, d: r.getUTCDate() };
  }

  /** "2020-09-02" → shifted ISO date; null when not a real day. */
  shiftIso(iso: string): string | null {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || !isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
    const s = this.shift({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
    return `${pad(s.y, 4)}-${pad(s.m)}-${pad(s.d)}`;
  }

  /** "20200902" → shifted "YYYYMMDD"; null when not a real day. */
  shiftDay(day: string): string | null {
    if (!isDay(day)) return null;
    const s = this.shift({ y: Number(day.slice(0, 4)), m: Number(day.slice(4, 6)), d: Number(day.slice(6, 8)) });
    return `${pad(s.y, 4)}${pad(s.m)}${pad(s.d)}`;
  }

  /**
   * A log timestamp moved by the offset, kept on the shifted Amsterdam day (a daylight-saving
   * change in between would otherwise move it an hour, sometimes across midnight).
   */
  shiftTimestamp(timestamp: string, shiftedDay: string): string {
    let t = Date.parse(timestamp) + this.offsetDays * 86_400_000;
    for (const step of [0, 3_600_000, -7_200_000]) {
      t += step;
      if (amsterdamDay(new Date(t)) === shiftedDay) break;
    }
    return new Date(t).toISOString();
  }

  twoDigitYear(yy: number): number {
    return yy <= (this.referenceYear % 100) + 5 ? 2000 + yy : 1900 + yy;
  }

  /** Candidate replacements for every date in a free text. */
  spans(text: string, priority: number): Span[] {
    const out: Span[] = [];
    const add = (start: number, end: number, replacement: string): void => {
      out.push({ start, end, replacement, kinds: ["dates"], priority });
    };

    // dd-mm-jjjj, d/m/jj, dd.mm.jjjj (the same separator twice)
    for (const m of matchAll(NUMERIC_DATE, text)) {
      const [whole, wd, wdDot = "", dd = "", sep = "", mm = "", written = ""] = m;
      // "2-3-'26": the apostrophe stays in the copy, the year is its two digits
      const apostrophe = /^['’‘]/u.test(written) ? written.charAt(0) : "";
      const yy = written.slice(apostrophe.length);
      const at = m.index + whole.length - `${dd}${sep}${mm}${sep}${written}`.length;
      if (sectionNumber(text, at, m.index + whole.length, sep.trim(), dd, mm, yy)) continue;
      const year = yy.length === 2 ? this.twoDigitYear(Number(yy)) : Number(yy);
      if (!isValidCalendarDate(year, Number(mm), Number(dd))) {
        add(m.index, m.index + whole.length, DATE_PLACEHOLDER);
        continue;
      }
      const s = this.shift({ y: year, m: Number(mm), d: Number(dd) });
      const d = dd.length === 2 ? pad(s.d) : String(s.d);
      const mo = mm.length === 2 ? pad(s.m) : String(s.m);
      const y = yy.length === 2 ? `${apostrophe}${pad(s.y % 100)}` : pad(s.y, 4);
      const day = wd ? `${weekdayLike(wd, s)}${wdDot} ` : "";
      add(m.index, m.index + whole.length, `${day}${d}${sep}${mo}${sep}${y}`);
    }

    // ISO jjjj-mm-dd, jjjj/mm/dd, jjjj.mm.dd
    for (const m of matchAll(ISO_DATE, text)) {
      const [whole, yy = "", sep = "-", mm = "", dd = ""] = m;
      if (!isValidCalendarDate(Number(yy), Number(mm), Number(dd))) {
        // "1234.5.67" is a number, not a broken date: only the hyphenated form is taken whatever its value
        if (sep === "-") add(m.index, m.index + whole.length, DATE_PLACEHOLDER);
        continue;
      }
      const s = this.shift({ y: Number(yy), m: Number(mm), d: Number(dd) });
      add(
        m.index,
        m.index + whole.length,
        `${pad(s.y, 4)}${sep}${mm.length === 2 ? pad(s.m) : s.m}${sep}${dd.length === 2 ? pad(s.d) : s.d}`,
      );
    }

    // jjjjmmdd (the stamp form)
    for (const m of matchAll(STAMP_DAY, text)) {
      const shifted = this.shiftDay(m[0]);
      if (shifted) add(m.index, m.index + m[0].length, shifted);
    }

    // [weekday] 12 maart [2012 | '12], 3-feb-2014, 3-feb-'14
    for (const m of matchAll(DAY_MONTH, text)) {
      const [whole, wd, wdDot = "", dd = "", sep = " ", monthWord = "", dot = "", yearText] = m;
      const month = monthIndex(monthWord);
      if (!month) continue;
      const apostrophe = yearText !== undefined && yearText.length === 3;
      const yy = apostrophe ? String(this.twoDigitYear(Number(yearText.slice(1)))) : yearText;
      const year = yy ? Number(yy) : this.referenceYear;
      if (!isValidCalendarDate(year, month.month, Number(dd))) {
        add(m.index, m.index + whole.length, DATE_PLACEHOLDER);
        continue;
      }
      const s = this.shift({ y: year, m: month.month, d: Number(dd) });
      const name = matchCase(monthWord, (month.short ? MONTHS_SHORT : MONTHS_FULL)[s.m - 1] ?? "");
      const dayName = wd ? `${weekdayLike(wd, s)}${wdDot} ` : "";
      const d = dd.startsWith("0") ? pad(s.d) : String(s.d);
      const yearOut = !yearText
        ? ""
        : apostrophe
          ? `${sep}${yearText.charAt(0)}${pad(s.y % 100)}`
          : `${sep}${pad(s.y, 4)}`;
      add(m.index, m.index + whole.length, `${dayName}${d}${sep}${name}${dot}${yearOut}`);
    }

    // 2014-feb-03
    for (const m of matchAll(YEAR_MONTH_DAY, text)) {
      const [whole, yy = "", monthWord = "", dd = ""] = m;
      const month = monthIndex(monthWord);
      if (!month) continue;
      if (!isValidCalendarDate(Number(yy), month.month, Number(dd))) {
        add(m.index, m.index + whole.length, DATE_PLACEHOLDER);
        continue;
      }
      const s = this.shift({ y: Number(yy), m: month.month, d: Number(dd) });
      const name = matchCase(monthWord, (month.short ? MONTHS_SHORT : MONTHS_FULL)[s.m - 1] ?? "");
      add(m.index, m.index + whole.length, `${pad(s.y, 4)}-${name}-${dd.length === 2 ? pad(s.d) : s.d}`);
    }

    // a year alone with an apostrophe: "in '15", "zomer '19" (no day to move it by: a placeholder)
    for (const m of matchAll(/(?<![\p{L}\p{N}'’‘])['’‘]\d{2}(?![\p{L}\p{N}'’])/gu, text))
      add(m.index, m.index + m[0].length, DATE_PLACEHOLDER);

    // maart 2012, december '23 (month and year): moved from the middle of the month
    for (const m of matchAll(MONTH_YEAR, text)) {
      const [whole, monthWord = "", dot = "", yearText = ""] = m;
      const apostrophe = yearText.length === 3;
      const yy = apostrophe ? this.twoDigitYear(Number(yearText.slice(1))) : Number(yearText);
      const month = monthIndex(monthWord);
      if (!month || !isValidCalendarDate(yy, month.month, 15)) continue;
      const s = this.shift({ y: yy, m: month.month, d: 15 });
      const name = matchCase(monthWord, (month.short ? MONTHS_SHORT : MONTHS_FULL)[s.m - 1] ?? "");
      const year = apostrophe ? `${yearText.charAt(0)}${pad(s.y % 100)}` : pad(s.y, 4);
      add(m.index, m.index + whole.length, `${name}${dot} ${year}`);
    }

    for (const m of matchAll(MONTH_RANGE_FIRST, text)) {
      const [whole, monthWord = "", dot = "", secondWord = "", yearText = ""] = m;
      const first = monthIndex(monthWord);
      const second = monthIndex(secondWord);
      if (!first || !second) continue;
      const last = yearText.length === 3 ? this.twoDigitYear(Number(yearText.slice(1))) : Number(yearText);
      // "nov–feb 2024": the first month is in the year before
      const s = this.shift({ y: first.month > second.month ? last - 1 : last, m: first.month, d: 15 });
      const name = matchCase(monthWord, (first.short ? MONTHS_SHORT : MONTHS_FULL)[s.m - 1] ?? "");
      add(m.index, m.index + whole.length, `${name}${dot}`);
    }
    return out;
  }
}

/** Words that number a part of a law, a text or a plan: "artikel 7.3.11", "lid 2.1.3", "§ 4.2.10". */
const SECTION_BEFORE =
  /(?:artikel|art\.|lid|paragraaf|par\.|hoofdstuk|§|versie|nummer|nr\.|bijlage|stap|punt|item|regel)[ \t]*$/iu;

/** A word that says a date follows: "op", "van", "d.d.", "datum:", "geb.", "geboren". */
const DATED_BEFORE = /(?:^|[^\p{L}])(?:op|van|per|sinds|d\.d\.|dd|datum:?|geb\.|geboren)[ \t]+$/iu;

/**
 * A numbering, not a date: a section word in front, a further ".n" after ("7.3.11.2"), or dots with an unpadded day or
 * month and a two-digit year ("7.3.11"): people who write dates with dots write "07.03.11" or a four-digit year.
 */
function sectionNumber(
  text: string,
  start: number,
  end: number,
  sep: string,
  dd: string,
  mm: string,
  yy: string,
): boolean {
  if (SECTION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (/^[.]\d/u.test(text.slice(end, end + 2))) return true;
  // "brief van 3.2.14", "d.d. 3.2.14": a word that dates what follows makes the short form a date after all
  if (DATED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  return sep === "." && yy.length === 2 && (dd.length === 1 || mm.length === 1);
}

/** A whole-day offset of 30 to 365 days, earlier or later. */
export function randomOffsetDays(random: () => number): number {
  const size = 30 + Math.min(335, Math.floor(random() * 336));
  return random() < 0.5 ? -size : size;
}
