// What a merge of another copy leaves behind (see compare-copies.ts for the plan): the log entry
// that names the other copy.
import { byCount, countWords } from "../text/plural";
import { dayToDutch } from "../text/dates";
import { truncateText } from "../log/change-log";
import { canonicalJson, shortHash } from "../log/hash";
import { checkChain } from "../log/log-chain";
import type { ChangeEntry } from "../log/change-log";
import type { CopyState } from "./copy-state";

const STAMPED = /in het document gestempeld: (.+)$/u;

/**
 * The line a correction after agreement left under its box in the other copy ("Gecorrigeerd: KJ 20200910,
 * Jeugdbescherming Overijssel"), read from that copy's last entry for the box when that entry wrote `after`;
 * null when the change was not such a correction (a fill session, an amendment, which carries its stamp in the text).
 */
export function carriedStampLine(entries: readonly ChangeEntry[], after: string): string | null {
  const last = entries[entries.length - 1];
  if (!last || last.kind !== "edit" || last.after !== after) return null;
  const stamp = STAMPED.exec(last.description)?.[1];
  return stamp ? `${last.before ? "Gecorrigeerd" : "Ingevuld"}: ${stamp}` : null;
}

/** "Samengevoegd met de kopie ‘x.docx’ (versie 3, kenmerk …): 4 logregels van die kopie overgenomen." */
export async function mergeSummary(
  there: CopyState,
  taken: number,
  source?: { fileName: string },
  agreementAdopted = false,
): Promise<string> {
  const name = source ? `‘${truncateText(source.fileName, 120)}’` : "zonder bestandsnaam";
  const mark = shortHash(canonicalJson({ data: there.data, boxTexts: there.boxTexts }));
  const agreed = there.data.agreed
    ? `, volgens die kopie vastgesteld in het MDO door ${there.data.agreed.initials} op ${dayToDutch(there.data.agreed.day)}`
    : "";
  const adopted = agreementAdopted ? " De vaststelling in het MDO is van die kopie overgenomen." : "";
  const breaks = (await checkChain(there.data.changeLog)).breaks.length;
  const chain =
    breaks > 0
      ? ` Let op: in die kopie ${byCount(breaks, "past één logregel", "passen {n} logregels")} niet in de keten (buiten de invoegtoepassing gewijzigd).`
      : "";
  return `Samengevoegd met de kopie ${name} (formulierversie ${there.data.formVersion}${agreed}, kenmerk ${mark}): ${countWords(taken, "logregel", "logregels")} van die kopie overgenomen zoals die kopie ze vermeldt.${adopted}${chain}`;
}
