// What a merge of another copy leaves behind (see compare-copies.ts for the plan): the log entry
// that names the other copy.
import { countWords } from "../form/count-words";
import { dayToDutch } from "../dates/dates";
import { truncateText } from "../log/change-log";
import { canonicalJson, shortHash } from "../log/hash";
import { checkChain } from "../log/log-chain";
import type { CopyState } from "./compare-copies";

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
      ? ` Let op: in die kopie ${breaks === 1 ? "past één logregel" : `passen ${breaks} logregels`} niet in de keten (buiten de invoegtoepassing gewijzigd).`
      : "";
  return `Samengevoegd met de kopie ${name} (formulierversie ${there.data.formVersion}${agreed}, kenmerk ${mark}): ${countWords(taken, "logregel", "logregels")} van die kopie overgenomen zoals die kopie ze vermeldt.${adopted}${chain}`;
}
