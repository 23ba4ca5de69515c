// Dutch words for the copies tab: what the anonymiser replaced, how two copies relate, what
// happens to a box; and reading a chosen file without any network.
import type { BoxStatus } from "../domain";
import type { CountKind, Counts } from "../domain/anonymise";

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

/** A chosen file is read in the pane only; larger than this is no handreiking. */
export const MAX_COPY_BYTES = 50 * 1024 * 1024;
export const TOO_LARGE = "Dit bestand is groter dan 50 MB en is zeker geen kopie van de handreiking.";

/** The bytes of a file the user chose (FileReader: works in every Office webview). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error("Het bestand kon niet worden gelezen."));
    reader.readAsArrayBuffer(file);
  });
}

export function summaryFileName(docxName: string): string {
  return docxName.replace(/\.docx$/i, "") + " samenvatting.json";
}
