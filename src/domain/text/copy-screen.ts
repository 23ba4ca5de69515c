// Dutch words for the copies tab: what the anonymiser replaced, how two copies relate, what
// happens to a box, why a chosen file is not read.
import type { BoxStatus } from "../index";
import type { CountKind, Counts } from "../anonymise";

export const COUNT_LABELS: Record<CountKind, string> = {
  names: "Namen",
  initials: "Initialen",
  emails: "E-mailadressen",
  phones: "Telefoonnummers",
  postcodes: "Postcodes",
  bsn: "BSN-achtige nummers",
  dates: "Datums (verschoven)",
  organisations: "Organisaties (vervangen door hun soort)",
  addresses: "Adressen met huisnummer",
  links: "Internetadressen",
  ibans: "Rekeningnummers (IBAN)",
  numbers: "Andere lange nummers",
  places: "Wijken, dorpen en straten",
  ages: "Leeftijden",
};

/** The replaced kinds with a count above zero, in the report's order. */
export function countLines(counts: Counts): { kind: CountKind; label: string; count: number }[] {
  return (Object.keys(COUNT_LABELS) as CountKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => ({ kind: k, label: COUNT_LABELS[k], count: counts[k] }));
}

export const STATUS_TEXT: Record<Exclude<BoxStatus, "same">, string> = {
  changedThere: "Alleen in de andere kopie gewijzigd: wordt overgenomen.",
  changedHere: "Alleen hier gewijzigd: blijft zoals het is.",
  conflict: "In beide kopieën gewijzigd: kies welke tekst blijft.",
};

/** A chosen file larger than the pane reads (src/taskpane/copy-file.ts). */
export const TOO_LARGE = "Dit bestand is groter dan 50 MB en is zeker geen kopie van de handreiking.";

/** The browser could not read a chosen file. */
export const FILE_UNREADABLE = "Het bestand kon niet worden gelezen.";
