// The Dutch text of repairing a form: the repair entries' descriptions (they go into the log)
// and the reasons a repair is refused. Codes come from src/domain/plans/repair-plan.ts.
import { ARCHIVED_DIFFERENCE } from "../data-part/rebuild";
import { byCount } from "./plural";

/** What one repair did, as a code with the data its sentence needs. */
export type RepairNote =
  | { code: "dataSetAside"; extra: boolean }
  | { code: "dataRebuilt"; notes: string[] }
  | { code: "boxRestored"; label: string }
  | { code: "copiesUnboxed"; count: number }
  | { code: "logRestored" }
  | { code: "logFromData" }
  | { code: "dataFromLog" }
  | { code: "outsideSeen" }
  | { code: "controlsRestored" }
  | { code: "staticChanged"; change: "added" | "removed" | "changed" }
  | { code: "rowRemoved"; label: string }
  | { code: "rowAdded"; label: string };

const STATIC_CHANGE: Record<"added" | "removed" | "changed", string> = {
  added: "toegevoegd",
  removed: "verwijderd",
  changed: "gewijzigd",
};

/** The description of a repair entry in the log. */
export function repairNoteText(note: RepairNote): string {
  switch (note.code) {
    case "dataSetAside":
      return note.extra
        ? "Extra formuliergegevens apart bewaard."
        : "Beschadigde formuliergegevens apart bewaard (niet verwijderd).";
    case "dataRebuilt":
      return `Formuliergegevens opnieuw opgebouwd. ${note.notes.join(" ")}`;
    case "boxRestored":
      return `Vak hersteld: ${note.label}.`;
    case "copiesUnboxed":
      return byCount(
        note.count,
        "1 gekopieerd vak is weer gewone tekst (de tekst is gebleven).",
        "{n} gekopieerde vakken zijn weer gewone tekst (de tekst is gebleven).",
      );
    case "logRestored":
      return "Het zichtbare wijzigingslogboek is teruggezet.";
    case "logFromData":
      return "Gekozen: het verborgen gegevensdeel klopt. Het zichtbare wijzigingslogboek is daarnaar teruggezet; de afwijkende regels van het zichtbare logboek staan volledig in de gegevens van deze regel.";
    case "dataFromLog":
      return "Gekozen: het zichtbare logboek klopt. Het verborgen gegevensdeel is daarnaar aangepast; de afwijkende regels van het gegevensdeel staan volledig in de gegevens van deze regel.";
    case "outsideSeen":
      return "Gezien: wijzigingen buiten de invoegtoepassing (zie de gegevens van deze regel). Ze zijn niet ongedaan gemaakt; vanaf hier wordt het logboek opnieuw gecontroleerd.";
    case "controlsRestored":
      return "Vakken en vergrendelingen hersteld: het document was opgeslagen in een programma dat ze verwijdert (bijvoorbeeld LibreOffice). Gegevens en logboek waren er nog.";
    case "staticChanged":
      return `Tekst buiten de vakken ${STATIC_CHANGE[note.change]} in een ander programma; de tekst is blijven staan en weer vergrendeld.`;
    case "rowRemoved":
      return `Rij verwijderd in een ander programma (${note.label}).`;
    case "rowAdded":
      return `Rij toegevoegd in een ander programma (${note.label}); wat erin staat wordt getoond om vast te leggen wie het schreef.`;
  }
}

/** The reason written into the quarantine part when a second readable data part is set aside. */
export const SECOND_DATA_PART = "Tweede set formuliergegevens in hetzelfde document";

/** Why a repair is not done. */
export type RepairRefusal = "notForm" | "future" | "chooseLogSide" | "archivedDifference" | "upgradeFirst";

export const CHOOSE_LOG_SIDE =
  "Het zichtbare logboek en het verborgen gegevensdeel verschillen. Kies eerst welke van de twee klopt; de andere wordt volledig in het logboek bewaard.";

export const REPAIR_REFUSALS: Record<RepairRefusal, string> = {
  notForm: "Dit document is nog geen formulier; er is niets te herstellen.",
  future:
    "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing; herstellen zou gegevens kunnen beschadigen.",
  chooseLogSide: CHOOSE_LOG_SIDE,
  archivedDifference: ARCHIVED_DIFFERENCE,
  upgradeFirst: "Werk het document eerst bij naar de nieuwe versie van de handreiking; daarna kan het worden hersteld.",
};
