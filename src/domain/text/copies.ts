// Texts of the Kopieën tab that do not belong to the anonymiser itself.
import { byCount } from "./plural";

/** After downloading: "‘a.docx’ en ‘b.txt’ staan in uw map Downloads." */
export function downloadedText(names: readonly string[]): string {
  return `${names.map((n) => `‘${n}’`).join(" en ")} ${byCount(names.length, "staat", "staan")} in uw map Downloads.`;
}
