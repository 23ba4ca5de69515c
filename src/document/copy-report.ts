// The research copy's honest report, in Dutch: what was taken out of the package (by kind), and
// what the copy still cannot guarantee. Counts and kinds only, never a value.
import { byCount, countWords } from "../domain";
import type { RemovedKind } from "./package-inventory";
import type { RemovedParts } from "./package-sweep";
import { FIELD_REMOVED } from "./anonymise-fields";
import { OBJECT_REMOVED } from "./anonymise-package";

const parts = (n: number): string => countWords(n, "onderdeel", "onderdelen");

/** One line per kind removed. */
const REMOVED_LINE: Record<RemovedKind, (n: number) => string> = {
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

export function removedLines(removed: RemovedParts, fieldsReplaced: number, boundReplaced: number): string[] {
  const lines = (Object.keys(REMOVED_LINE) as RemovedKind[]).flatMap((kind) => {
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
