// The sentences of what opening a form found wrong with it (plans/view-problems.ts decides).
import { byCount } from "./plural";
import type { ViewFinding } from "../plans/view-findings";

const DATA_FUTURE =
  "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing. Werk de invoegtoepassing bij; tot dan wordt niets gewijzigd.";

/** A form of a later version of the handreiking than this add-in knows. */
export function templateNewerText(version: string, known: string): string {
  return `Dit document is van versie ${version} van de handreiking; deze invoegtoepassing kent versie ${known}. U kunt het lezen, maar de invoegtoepassing wijzigt er niets aan. Werk de invoegtoepassing bij om het te bewerken.`;
}

function strippedText(dataKept: boolean, outsideChanges: number): string {
  return (
    "Dit document is opgeslagen in een ander programma (bijvoorbeeld LibreOffice). Dat heeft de vakken en de vergrendeling van de vaste tekst verwijderd" +
    (dataKept
      ? "; de gegevens en het logboek zijn er nog."
      : "; ook de gegevens zijn weg, het zichtbare logboek staat er nog.") +
    " Herstellen maakt de vakken en de vergrendeling opnieuw; daarna ziet u wat er in de vakken is veranderd." +
    (outsideChanges > 0
      ? ` Buiten de vakken is op ${byCount(outsideChanges, "één plaats", "{n} plaatsen")} tekst veranderd; herstellen legt die met voor en na vast in het logboek.`
      : "")
  );
}

/** The sentence the pane shows for a finding. */
export function viewFindingText(finding: ViewFinding): string {
  switch (finding.id) {
    case "dataFuture":
      return finding.reason ?? DATA_FUTURE;
    case "templateNewer":
      return templateNewerText(finding.version, finding.known);
    case "dataMissing":
      return "De gegevens van het formulier ontbreken in het document. Herstellen bouwt ze opnieuw op uit het zichtbare logboek en de vakken.";
    case "dataUnreadable":
      return `De gegevens van het formulier zijn beschadigd (${finding.error}) Herstellen bewaart de beschadigde tekst apart en bouwt de gegevens opnieuw op.`;
    case "dataSeveral":
      return `Het document bevat ${finding.count} sets formuliergegevens (bijvoorbeeld twee formulieren in één document). Herstellen houdt de eerste en bewaart de andere apart.`;
    case "controlsStripped":
      return strippedText(finding.dataKept, finding.outsideChanges);
    case "boxMissing":
      return `${byCount(finding.count, "Eén vak is", "{n} vakken zijn")} uit het document verwijderd. Herstellen maakt ${byCount(finding.count, "het", "ze")} opnieuw, met de tekst die er nog staat.`;
    case "archiveMissing":
      return "Een deel van het oudere logboek ontbreekt in de formuliergegevens. Het zichtbare wijzigingslogboek in het document is wel volledig.";
    case "logMissing":
      return "Het zichtbare wijzigingslogboek ontbreekt. Herstellen zet het terug aan het eind van het document.";
    case "duplicateTags":
      return "Een of meer vakken staan dubbel in het document (gekopieerd). Herstellen houdt het eerste vak; de kopie blijft als gewone tekst staan.";
    case "strangeTags":
      return "Het document bevat vakken die niet bij deze handreiking horen (met de hand gewijzigd). Ze worden niet gebruikt.";
    case "log":
      return finding.problem.message;
  }
}
