// The sentence the Kopieën tab shows on how two copies relate. It is built from what each copy
// lacks of the other (the log entries only one copy has), so it says the same thing seen from
// either copy: what "here" lacks is what "there" has, and the other way round.
import { countWords } from "../text/plural";
import type { CopyRelation } from "./compare-copies";

const changes = (n: number): string => countWords(n, "wijziging", "wijzigingen");

/** Dutch: which copy is newer and what is missing where. `onlyHere`/`onlyThere`: entries only that copy has. */
export function relationSentence(relation: CopyRelation, onlyHere: number, onlyThere: number): string {
  if (onlyHere > 0 && onlyThere > 0)
    return `Beide kopieën zijn apart van elkaar gewijzigd: hier staan ${changes(onlyHere)} die in de andere kopie ontbreken, en de andere kopie heeft ${changes(onlyThere)} die hier ontbreken.`;
  if (onlyHere > 0)
    return `Dit document is nieuwer dan de andere kopie: daar ontbreken ${changes(onlyHere)} die hier wel staan. Hier ontbreekt niets van wat in de andere kopie staat.`;
  if (onlyThere > 0)
    return `De andere kopie is nieuwer: die heeft ${changes(onlyThere)} die hier nog ontbreken. Daar ontbreekt niets van wat hier staat.`;
  if (relation === "sameVersion")
    return "Beide kopieën zijn dezelfde versie: in geen van beide ontbreekt een wijziging.";
  return "Beide kopieën hebben dezelfde wijzigingen in het logboek, maar niet vast te stellen is welke kopie nieuwer is.";
}

/** The relation seen from the other copy. */
export function mirroredRelation(relation: CopyRelation): CopyRelation {
  if (relation === "hereIsNewer") return "thereIsNewer";
  if (relation === "thereIsNewer") return "hereIsNewer";
  return relation;
}
