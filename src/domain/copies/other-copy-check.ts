// Before a merge takes anything over, the other copy's own log is checked as this copy's is on
// opening (log-check.ts), and what it claims that this copy cannot verify is named: its problems,
// the MDO agreement it says was made, and that its entries are taken over unchecked (they carry
// no signature: docs/ondertekening.md). Pure data in, Dutch text out.
import type { AgreedState } from "../data-part/data-part-model";
import { dayToDutch } from "../text/dates";
import { checkLog, type LogFinding } from "../log/log-check";
import type { CopyState } from "./compare-copies";
import { byCount } from "../text/plural";

/** The merge choice (in the choices by box key) that adopts the other copy's MDO agreement. */
export const AGREEMENT_CHOICE = "@vaststelling";

export interface OtherCopyCheck {
  /** Dutch: what the check of the other copy's hidden log found (empty: no deviations found). */
  problems: string[];
  /** The other copy says the plan was agreed at the MDO and this copy does not: adopted only when chosen. */
  agreementOffered: AgreedState | null;
}

const regels = (entries: readonly number[]): string =>
  byCount(entries.length, `logregel ${entries[0]}`, `logregels ${entries.join(", ")}`);

/** The finding as it reads for the other copy (only its hidden log was read, not its visible table). */
function otherCopyMessage(f: LogFinding): string {
  switch (f.id) {
    case "entryChanged":
      return `In de andere kopie is ${regels(f.entries)} buiten de invoegtoepassing gewijzigd.`;
    case "entryGap":
      return `In de andere kopie is vóór ${regels(f.entries)} buiten de invoegtoepassing een regel verwijderd of toegevoegd.`;
    case "sealsRemoved":
      return `In de andere kopie zijn bij ${regels(f.entries)} de zegels verwijderd; wat daar staat, kan niet worden gecontroleerd.`;
    case "unsealedTail":
      return `In de andere kopie ${byCount(f.entries.length, "is", "zijn")} ${regels(f.entries)} niet verzegeld en niet te controleren.`;
    default:
      return `In de andere kopie: ${f.message.charAt(0).toLowerCase()}${f.message.slice(1)}`;
  }
}

export async function checkOtherCopy(here: CopyState, there: CopyState): Promise<OtherCopyCheck> {
  const check = await checkLog(there.data, null);
  const problems = check.findings.map(otherCopyMessage);
  if (check.chain.firstSealed === null && there.data.changeLog.length > 0)
    problems.push("De andere kopie heeft geen verzegeld logboek: niets van die kopie kan worden gecontroleerd.");
  const agreementOffered = !here.data.agreed && there.data.agreed ? there.data.agreed : null;
  return { problems, agreementOffered };
}

/** "vastgesteld in het MDO op 01-09-2020 door ES (Gemeente Hengelo), volgens de andere kopie" */
export function describeOfferedAgreement(agreed: AgreedState): string {
  return `vastgesteld in het MDO op ${dayToDutch(agreed.day)} door ${agreed.initials} (${agreed.organisation}), volgens de andere kopie`;
}
