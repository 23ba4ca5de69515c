// The calendar day in Amsterdam: stamps, file names and the log use the day the
// professional sees on the wall calendar, not the UTC day (22:30 UTC can already be tomorrow).

const amsterdamFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "YYYYMMDD" of the instant's calendar day in Europe/Amsterdam. */
export function amsterdamDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("Ongeldige datum.");
  const parts = amsterdamFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}${part("month")}${part("day")}`;
}

const amsterdamClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "HH:MM" of the instant on the wall clock in Europe/Amsterdam. */
export function amsterdamTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("Ongeldige datum.");
  const parts = amsterdamClock.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("hour")}:${part("minute")}`;
}
