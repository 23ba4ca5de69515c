// The Dutch warnings that go with an anonymised copy: what the anonymiser cannot promise, and
// what in this copy the person handing it in should check.
import { byCount, countWords } from "../text/plural";
import type { TemplateDef } from "../template";
import { lowerWords } from "./filled-form";
import type { PeopleRegistry } from "./people";

export const NAMES_WARNING = "Vrije tekst kan nog namen bevatten die niet in het document als betrokkene staan.";

/** Capitalised words after a lower-case word or a comma: possible names the document does not list. */
function countUnrecognisedCapitals(texts: readonly string[], people: PeopleRegistry, template: TemplateDef): number {
  const words = (s: string): string[] => lowerWords(s, /[^\p{L}]+/u);
  const known = new Set<string>([
    ...people.people.flatMap((p) => words(p.code.label)),
    ...[...people.organisations()].flatMap(([, c]) => words(c.label)),
    ...words(JSON.stringify(template)),
    ...words(
      "Jeugdige Ouder Gezinslid Professional Zorgaanbieder Gemeente Gecertificeerde Instelling Onderwijs Gezin MDO Zorgmail Zivver Nederland Nederlands Twente Twents januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag Kerst Pasen God Islam Arabisch Turks Engels Duits Pools",
    ),
  ]);
  let n = 0;
  for (const t of texts) {
    for (const m of t.matchAll(/(?=\p{Lu})(?<=[\p{Ll}\p{N},;]\s{1,8})(\p{Lu}\p{Ll}+)/gu)) {
      if (!known.has((m[1] ?? "").toLocaleLowerCase("nl"))) n++;
    }
  }
  return n;
}

/** The warnings for a copy whose boxes now read `anonymisedBoxTexts`. */
export function copyWarnings(
  anonymisedBoxTexts: Record<string, string>,
  people: PeopleRegistry,
  template: TemplateDef,
): string[] {
  const warnings = [NAMES_WARNING];
  const unknownCaps = countUnrecognisedCapitals(Object.values(anonymisedBoxTexts), people, template);
  if (unknownCaps > 0) {
    warnings.push(
      `${countWords(unknownCaps, "woord", "woorden")} met een hoofdletter midden in een zin ${byCount(unknownCaps, "is", "zijn")} niet als naam of organisatie herkend. Controleer of het namen zijn voordat u de kopie deelt.`,
    );
  }
  if (people.unlinkedSigners > 0) {
    warnings.push(
      byCount(
        people.unlinkedSigners,
        "1 persoon met initialen in het logboek stond niet als betrokkene in het document en kreeg een eigen code.",
        "{n} personen met initialen in het logboek stonden niet als betrokkene in het document en kregen een eigen code.",
      ),
    );
  }
  if (
    people.people.some(
      (p) => p.code.role !== "jeugdige" && [...p.names].some((n) => /^(\p{Lu}\.\s?)+\s*\p{Lu}/u.test(n)),
    )
  ) {
    warnings.push(
      "Van sommige betrokkenen staan alleen voorletters en achternaam in het document: een voornaam die alleen in de vrije tekst staat, wordt niet herkend.",
    );
  }
  warnings.push(
    "Postcodes, telefoonnummers, e-mailadressen, accounts (@naam), BSN's, rekeningnummers en adressen met huisnummer worden herkend. Een straat zonder huisnummer alleen aan de naam (-straat, -weg, -laan…); een plaats als ze in de woordenlijst staat of na woorden als ‘in’, ‘naar’, ‘uit’ of een postcode; een instelling aan woorden als ‘basisschool’, ‘Stichting’, ‘College’, ‘Ziekenhuis’ of na ‘bij’ en ‘van’. Een gemeente in de tekst is een plaats en wordt vervangen (ook ‘gemeente Borne’); alleen de gemeente van het formulier blijft staan, die staat al in het vak Gemeente.",
  );
  return warnings;
}
