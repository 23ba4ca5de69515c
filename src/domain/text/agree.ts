// Afronden: agreeing the handreiking in the MDO (FinishStep) and the check before it
// (AgreeConfirmation).
import { byCount } from "./plural";

export const AGREE_TEXT = {
  title: "Afronden",
  dateLabel: "Datum van het MDO",
  badDate: "Dit is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 02-09-2020.",
  afterAgreed:
    "Nieuwe afspraken voegt u toe met ‘Aanvulling toevoegen’ bij een vak: de regel krijgt uw initialen, de datum en uw organisatie. Een correctie kan nog steeds; het logboek bewaart dan de oude en de nieuwe tekst. Verstuur het document na elke wijziging opnieuw.",
  intro:
    "Is de handreiking besproken en vastgesteld in het MDO? Dan legt de beheerder van het document dat hier vast. Daarna wordt elke wijziging een aanvulling met initialen, datum en organisatie.",
  presentHeading: "Aanwezig volgens Stap 2:",
  nobodyPresent: "Er staat nog niemand bij Betrokkenen.",
  reasonLabel: "Waarom stelt u de handreiking toch vast?",
  reasonHint: "De reden komt in het logboek, bij het vaststellen.",
  allFilled: "Alle verplichte onderdelen zijn ingevuld.",
  afterwards: "Daarna wordt elke wijziging een aanvulling of correctie met uw initialen, de datum en uw organisatie.",
  agreeButton: "Vastgesteld in het MDO…",
  confirm: "Ja, vaststellen",
  cancel: "Annuleren",
} as const;

/** "Vastgesteld in het MDO op 02-09-2020 door PH (Ambiq)." */
export function agreedText(day: string, initials: string, organisation: string): string {
  return `Vastgesteld in het MDO op ${day} door ${initials} (${organisation}).`;
}

/** The check's heading: "Klopt dit? Vastgesteld in het MDO van 02-09-2020". */
export function confirmHeading(day: string): string {
  return `Klopt dit? Vastgesteld in het MDO van ${day}`;
}

/** "Gezin aanwezig: ja." — null when Stap 2 does not say. */
export function familyPresentText(family: boolean | null): string {
  return `Gezin aanwezig: ${family === null ? "niet ingevuld" : family ? "ja" : "nee"}.`;
}

/** Over the list of required parts still empty. */
export function missingHeading(n: number): string {
  return byCount(n, "Nog niet ingevuld (verplicht):", "Nog niet ingevuld ({n} verplichte onderdelen):");
}

/** The warning above the date while required parts are empty. */
export function missingWarning(n: number): string {
  return byCount(
    n,
    "Er is nog 1 verplicht onderdeel niet ingevuld.",
    "Er zijn nog {n} verplichte onderdelen niet ingevuld.",
  );
}
