// Calendar dates as plain strings: ISO "YYYY-MM-DD" in the form, "YYYYMMDD" in stamps and
// file names, "dd-mm-jjjj" where a Dutch reader sees them (written by src/domain/text/dates.ts).
// No Date objects: a date here is a calendar day, not an instant, so time zones must not shift it.

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "20200902" (the stamp and file-name form). */
export function isDay(text: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoToDay(iso: string): string {
  return iso.replace(/-/g, "");
}

export function dayToIso(day: string): string {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** How many digits the year was typed with (2 or 4). */
  yearDigits: number;
}

/**
 * The year, month and day a typed date names, WITHOUT checking the calendar (31-02-2020 gives
 * month 2, day 31): "2-9-2020", "02/09/20", "2.9.2020", "2 - 9 - 2020", ISO "2020-09-02" and the
 * stamp form "20200902". A two-digit year is read as 20jj. Null when it does not look like a date.
 */
export function typedDateParts(text: string): DateParts | null {
  const t = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const iso = /^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$/.exec(t);
  const nl = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$/.exec(t);
  const [y, m, d] = compact
    ? [compact[1], compact[2], compact[3]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : nl
        ? [nl[3], nl[2], nl[1]]
        : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  return {
    year: y.length === 2 ? 2000 + Number(y) : Number(y),
    month: Number(m),
    day: Number(d),
    yearDigits: y.length,
  };
}

/** "YYYYMMDD" of the parts, or null when that day does not exist (31-02-2020). */
export function dayOfParts(parts: Pick<DateParts, "year" | "month" | "day">): string | null {
  return isValidCalendarDate(parts.year, parts.month, parts.day)
    ? `${pad(parts.year, 4)}${pad(parts.month)}${pad(parts.day)}`
    : null;
}

/**
 * Reads a date as people type it: "2-9-2020", "02-09-2020", "2/9/2020", "2.9.2020",
 * "2 - 9 - 2020", or ISO "2020-09-02". Two-digit years are refused (ambiguous century).
 */
export function parseDutchDate(text: string): string | null {
  const parts = /^\d{8}$/.test(text.trim()) ? null : typedDateParts(text);
  if (!parts || parts.yearDigits !== 4) return null;
  const day = dayOfParts(parts);
  return day ? dayToIso(day) : null;
}
