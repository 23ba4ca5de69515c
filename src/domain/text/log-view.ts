// What the pane says about the change log and its check (issues 14 and 27): every claim true
// after each attack in test/tamper/attacks.test.ts, including the ones the check cannot see.
import { countWords } from "./plural";

/** What the log proves and what it cannot: shown where the log is. */
export const LOG_MEANING =
  "Dit logboek toont wat de invoegtoepassing bij elke wijziging heeft vastgelegd: wie, wanneer en wat. Bij elke keer openen controleert de invoegtoepassing of het logboek, de vakken of de verborgen gegevens daarna buiten de invoegtoepassing zijn gewijzigd, en meldt wat ze vindt bovenaan. Bij een lang logboek zijn dat bij het openen alleen de nieuwste regels (zie hieronder). De verzegeling van het logboek is zelf geen handtekening: de regels zijn verzegeld zonder sleutel. Wie het bestand heeft en de hele keten opnieuw berekent, of de nieuwste wijzigingen weghaalt samen met wat ze veranderden, kan het herschrijven zonder dat de verzegeling dit ziet. Staat bij een regel ‘ondertekend door …, sleutel bekend’, dan is die regel met de sleutel van die persoon ondertekend en sindsdien niet gewijzigd; het weghalen van de nieuwste regels, of van alle handtekeningen samen, blijft ook dan in dit bestand onzichtbaar. Twijfelt u, vergelijk dan met een kopie die u eerder hebt ontvangen (tabblad Kopieën).";

/** After reading and checking the whole log: what was found, never more than that. */
export function wholeLogCheckedText(archived: number, problems: number): string {
  const read = `Het hele logboek is gelezen, ook de ${countWords(archived, "regel", "regels")} uit het logarchief van het document`;
  return problems === 0
    ? `${read}. Geen afwijkingen gevonden.`
    : `${read}. ${countWords(problems, "afwijking", "afwijkingen")} gevonden; ze staan bovenaan.`;
}
