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
