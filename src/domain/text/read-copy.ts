// Reading another copy of the handreiking from a file (compare, merge): why a file is not read,
// and the reading's progress.

export const FILE_KIND_ERRORS = {
  encrypted:
    "Dit Word-document is met een wachtwoord beveiligd en kan daarom niet worden gelezen. Open het in Word met het wachtwoord, haal de beveiliging weg (Bestand > Info > Document beveiligen) en kies het daarna opnieuw.",
  oldDoc:
    "Dit is een ouder Word-bestand (.doc, Word 97–2003). Open het in Word, sla het op als Word-document (.docx) en kies het daarna opnieuw.",
} as const;

export const WORKER_ERRORS = {
  cancelled: "Het lezen van de andere kopie is geannuleerd; er is niets veranderd.",
  crashed:
    "Het lezen van dit bestand is onverwacht gestopt; kies het bestand opnieuw of vraag de afzender het in Word op te slaan en opnieuw te sturen.",
} as const;

export const COPY_ERRORS = {
  notDocx:
    "Dit bestand is geen Word-document (.docx). Kies de kopie van de handreiking zelf, niet een pdf of een ander bestand.",
  noDataPart:
    "Dit document is geen Handreiking Regie-formulier: er staan geen formuliergegevens in. Misschien is het nooit met de invoegtoepassing omgezet.",
  damaged: "De formuliergegevens in deze kopie zijn beschadigd en kunnen niet worden gelezen.",
  newerVersion:
    "Deze kopie is gemaakt met een nieuwere versie van de invoegtoepassing Handreiking Regie; werk de invoegtoepassing bij (vraag zo nodig uw beheerder) en kies het bestand daarna opnieuw.",
} as const;

const ASK_AGAIN = "vraag de afzender om het document in Word op te slaan en opnieuw te sturen";

export const LIMIT_ERRORS = {
  fileTooLarge: "Dit bestand is groter dan 50 MB en is zeker geen kopie van de handreiking; kies het juiste bestand.",
  tooManyEntries: `Dit bestand bestaat uit veel meer onderdelen dan een handreiking heeft en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  unpackedTooLarge: `Dit bestand wordt uitgepakt veel groter dan een handreiking kan zijn en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  ratio: `Dit bestand is verdacht sterk ingepakt (een onderdeel wordt uitgepakt honderden keren zo groot) en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  damagedZip: `Dit bestand is beschadigd of onvolledig (het lukt niet om het uit te pakken); ${ASK_AGAIN}.`,
  xmlTooLarge: `Een onderdeel van dit bestand is veel groter dan in een handreiking mogelijk is en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  xmlTooDeep: `Dit bestand is veel dieper genest dan een Word-document en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  doctype: `Dit bestand bevat een DOCTYPE-declaratie, wat in een Word-document niet voorkomt en misbruikt kan worden; het wordt daarom niet gelezen (${ASK_AGAIN}).`,
  tooManyLogEntries: `Het logboek van deze kopie heeft meer dan 20.000 regels, veel meer dan een handreiking krijgt, en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  tooManyRows: `Deze kopie heeft meer dan 2.000 rijen in het formulier, veel meer dan een handreiking heeft, en wordt daarom niet gelezen; ${ASK_AGAIN}.`,
  tooSlow:
    "Het lezen van dit bestand duurde te lang en is gestopt; controleer of het de kopie van de handreiking is en probeer het opnieuw.",
  tooComplex: `Dit bestand is te ingewikkeld opgebouwd om te lezen; ${ASK_AGAIN}.`,
} as const;

/** A file that is not a .docx at all. */
export const NOT_DOCX = "Dit bestand is geen Word-document (.docx); kies een handreiking.";

/** "Bezig met lezen… onderdeel 3 van 12" (before the first part: without the count). */
export function progressText(progress: { done: number; total: number } | null): string {
  return progress && progress.total > 0
    ? `Bezig met lezen… onderdeel ${progress.done} van ${progress.total}`
    : "Bezig met lezen…";
}
