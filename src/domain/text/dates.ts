// The one way a date is shown to a Dutch reader: "dd-mm-jjjj" ("02-09-2020"). The form stores
// ISO "2020-09-02" and stamps write "20200902"; both are turned into this format here only.
import { dayToIso, isIsoDate } from "../dates/dates";

/** How a date is typed and shown, as a hint next to a date input. */
export const DATE_FORMAT_HINT = "dd-mm-jjjj";

/** "2020-09-02" → "02-09-2020". */
export function isoToDutch(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** "20200902" → "02-09-2020". */
export function dayToDutch(day: string): string {
  return isoToDutch(dayToIso(day));
}

/** A date box's value as shown: a valid ISO date in the display format, anything else (a date typed
 * wrongly and kept as typed) unchanged so the reader sees what is really there. */
export function displayDate(value: string): string {
  return isIsoDate(value) ? isoToDutch(value) : value;
}
