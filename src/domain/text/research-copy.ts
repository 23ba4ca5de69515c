// The research copy (the anonymised copy) in Dutch: its honest report (what was taken out of the
// package, by kind, and what the copy still cannot guarantee), the marks it leaves where something
// was removed, where a kept word stands, its progress and its refusals. Counts and kinds only,
// never a value.
import { byCount, countWords } from "./plural";

/** Kinds of package part the copy removes (src/document/package-inventory.ts decides which). */
export type RemovedPartKind =
  "signature" | "thumbnail" | "people" | "customXml" | "embedded" | "font" | "printer" | "macro" | "other";

/** Written in the copy where an embedded object stood. */
export const OBJECT_REMOVED = "[ingesloten object verwijderd]";
/** Written in the copy instead of a field's or a bound box's value. */
export const FIELD_REMOVED = "[verwijderd]";

/** The name an author of changes and comments gets in the copy: "Auteur 1". */
export function authorLabel(n: number): string {
  return `Auteur ${n}`;
}

const parts = (n: number): string => countWords(n, "onderdeel", "onderdelen");

/** One line per kind removed. */
const REMOVED_LINE: Record<RemovedPartKind, (n: number) => string> = {
  signature: (n) =>
    `De digitale handtekening (${parts(n)}) is verwijderd: de kopie is niet ondertekend, ook al was het origineel dat wel.`,
  thumbnail: () => "Het miniatuurplaatje van de eerste pagina is verwijderd.",
  people: () => "De lijst van personen die het document hebben bewerkt (met hun accounts) is verwijderd.",
  customXml: (n) =>
    `${countWords(n, "gegevensonderdeel", "gegevensonderdelen")} van andere programma's of oudere versies (custom XML, bijvoorbeeld voorbladgegevens of documentbeheer) ${byCount(n, "is", "zijn")} verwijderd.`,
  embedded: (n) =>
    `${countWords(n, "ingesloten bestand", "ingesloten bestanden")} (bijvoorbeeld een Excel-werkmap achter een grafiek, een ingesloten object of besturingselement) ${byCount(n, "is", "zijn")} verwijderd; waar het in de tekst stond, staat nu ‘${OBJECT_REMOVED}’.`,
  font: (n) => `${countWords(n, "ingesloten lettertype", "ingesloten lettertypen")} verwijderd.`,
  printer: () => "De printerinstellingen (met printer- en servernamen) zijn verwijderd.",
  macro: (n) => `${countWords(n, "onderdeel", "onderdelen")} met macro's of werkbalken verwijderd.`,
  other: (n) =>
    `${countWords(n, "ander onderdeel", "andere onderdelen")} die de invoegtoepassing niet kan controleren ${byCount(n, "is", "zijn")} verwijderd.`,
};

export function removedLines(
  removed: Partial<Record<RemovedPartKind, number>>,
  fieldsReplaced: number,
  boundReplaced: number,
): string[] {
  const lines = (Object.keys(REMOVED_LINE) as RemovedPartKind[]).flatMap((kind) => {
    const n = removed[kind] ?? 0;
    return n > 0 ? [REMOVED_LINE[kind](n)] : [];
  });
  if (fieldsReplaced > 0)
    lines.push(
      `${countWords(fieldsReplaced, "veld", "velden")} met een auteur, bestandsnaam, documenteigenschap of samenvoeggegevens ${byCount(fieldsReplaced, "is", "zijn")} vervangen door ‘${FIELD_REMOVED}’.`,
    );
  if (boundReplaced > 0)
    lines.push(
      `${countWords(boundReplaced, "gekoppeld vak", "gekoppelde vakken")} (bijvoorbeeld auteur, bedrijf of datum op een voorblad) ${byCount(boundReplaced, "is", "zijn")} vervangen door ‘${FIELD_REMOVED}’.`,
    );
  lines.push(
    "De documenteigenschappen (auteur, bedrijf, onderwerp, opmerkingen, eigen eigenschappen) zijn leeggemaakt; de auteurs van wijzigingen en opmerkingen heten nu ‘Auteur 1’, ‘Auteur 2’…",
  );
  return lines;
}

/** What the copy cannot promise, whatever was found. */
export function copyLimits(pictures: number): string[] {
  const lines: string[] = [];
  if (pictures > 0)
    lines.push(
      byCount(
        pictures,
        "Het document bevat 1 afbeelding. Wat erop staat is niet bekeken (ook geen tekst in de afbeelding): controleer haar zelf of verwijder haar.",
        "Het document bevat {n} afbeeldingen. Wat erop staat is niet bekeken (ook geen tekst in de afbeeldingen): controleer ze zelf of verwijder ze.",
      ),
    );
  lines.push(
    "Namen en andere gegevens in vrije tekst worden herkend met woordenlijsten en patronen; dat vindt niet alles. Een naam die nergens in het document als betrokkene staat, kan blijven staan.",
    "De opbouw van het gezin, de volgorde van gebeurtenissen en bijzondere omstandigheden blijven zichtbaar; wie de situatie kent, kan die herkennen.",
  );
  return lines;
}

/** Where a part's text stands, by the part's root element (Dutch, as the pane shows it). */
export const PART_PLACES: Record<string, string> = {
  document: "tekst buiten de vakken",
  hdr: "koptekst",
  ftr: "voettekst",
  footnotes: "voetnoot",
  endnotes: "eindnoot",
  comments: "opmerking",
  glossaryDocument: "bouwsteen",
  txbxContent: "tekstvak",
};
export const HIDDEN_TEXT = "verborgen tekst";
export const DELETED_TEXT = "verwijderde tekst (bijgehouden wijziging)";
export const DRAWING_TEXT = "grafiek of SmartArt";
export const OTHER_TEXT = "ander onderdeel van het bestand";

/** The copy was refused: always Dutch, nothing was sent or saved. */
export const ANONYMISE_ERRORS = {
  failed:
    "De anonieme kopie kon niet worden gemaakt: het document bevat iets wat de invoegtoepassing niet kan lezen. Er is niets verstuurd of opgeslagen.",
  tooDeep:
    "De anonieme kopie kon niet worden gemaakt: het document is te diep genest (bijvoorbeeld tabellen of vakken vele lagen in elkaar). Er is niets verstuurd of opgeslagen.",
  damagedPart: (path: string) =>
    `De anonieme kopie kon niet worden gemaakt: een deel van het document (${path}) is beschadigd en kan dus niet worden gecontroleerd. Er is niets verstuurd of opgeslagen.`,
  strict:
    "De anonieme kopie is niet gemaakt: dit document is opgeslagen als ‘Strict Open XML-document’, en dat formaat kan de invoegtoepassing niet volledig controleren. Sla het in Word op als gewoon ‘Word-document (*.docx)’ en maak de kopie daarna opnieuw. Er is niets verstuurd of opgeslagen.",
} as const;

export const COPY_WORKER_ERRORS = {
  crashed:
    "Het maken van de anonieme kopie is onverwacht gestopt. Er is niets verstuurd of opgeslagen; probeer het opnieuw.",
  cancelled: "Onderzoekskopie afgebroken; er is niets opgeslagen.",
} as const;

/** "Bezig met de kopie… stap 3 van 9" (before the first step: without the count). */
export function copyProgressText(progress: { done: number; total: number } | null): string {
  return progress && progress.total > 0
    ? `Bezig met de anonieme kopie… stap ${progress.done} van ${progress.total}`
    : "Bezig met de anonieme kopie…";
}
