// What the log check found, as the problems the pane lists (Dutch, with what the repair can do).
import { toTableRow } from "./change-log-table";
import type { LogCheck, LogFinding } from "./log-check";

export interface LogProblem {
  id: "logEdited" | "entryChanged" | "entryGap" | "sealsRemoved" | "agreementChanged" | "textsChanged" | "unsealedTail";
  /** Dutch, for the pane. */
  message: string;
  /** The repair can fix it (otherwise it is reported only). */
  repairable: boolean;
  /** The visible log and the hidden data part disagree: the differing rows of each, for the user to choose. */
  sides?: { visible: string[]; data: string[] };
}

const FINDING_PROBLEM: Record<LogFinding["id"], LogProblem["id"]> = {
  visibleEdited: "logEdited",
  entryChanged: "entryChanged",
  entryGap: "entryGap",
  sealsRemoved: "sealsRemoved",
  agreementChanged: "agreementChanged",
  textsChanged: "textsChanged",
  unsealedTail: "unsealedTail",
};

const CHOOSE = " Herstellen vraagt eerst welke van de twee klopt; de andere wordt volledig in het logboek bewaard.";
const ACCEPT =
  " Herstellen kan dit niet ongedaan maken: het legt vast dat u dit gezien hebt, met deze melding, en controleert vanaf dan opnieuw.";

/** What the chain check found, as problems; where the two logs differ, the problem carries both sides. */
export function logProblems(check: LogCheck): LogProblem[] {
  const sides = check.difference
    ? {
        visible: check.difference.visibleRows.map((r) => r.join(" | ")),
        data: check.difference.dataEntries.map((e) => toTableRow(e).join(" | ")),
      }
    : null;
  let sidesGiven = false;
  return check.findings.map((f) => {
    const problem: LogProblem = { id: FINDING_PROBLEM[f.id], repairable: f.id !== "unsealedTail", message: f.message };
    if (f.id === "unsealedTail") return problem;
    if (
      sides &&
      f.where !== "both" &&
      (f.id === "visibleEdited" || f.id === "entryChanged" || f.id === "entryGap") &&
      !sidesGiven
    ) {
      sidesGiven = true;
      return { ...problem, message: f.message + CHOOSE, sides };
    }
    return { ...problem, message: f.message + ACCEPT };
  });
}
