// Form data put together again from what the document still shows, for the repair: the visible
// log read back as entries, and the boxes' texts as they stand.
import { recoverRows, toTableRow } from "../log/change-log-table";
import type { ChangeEntry } from "../log/change-log";
import { unsealed } from "../log/log-chain";
import type { LogCheck } from "../log/log-check";
import { rowOrderFromKeys } from "../form/row-edits";
import { TEMPLATE } from "../template";
import { newDataPart, type DataPart } from "./data-part-model";
import { stampedByThisAddin } from "./format-version";

/** Why a difference in the archived part of the log cannot be taken from the visible log. */
export const ARCHIVED_DIFFERENCE =
  "Het verschil ligt in het oudere, gearchiveerde deel van het logboek; dat kan alleen vanuit het gegevensdeel worden hersteld.";

/**
 * The data part's log with the differing stretch taken from the visible rows; entries after it are
 * no longer sealed (the repair entry covers them). Null when the difference lies in the first
 * `archived` entries (see ARCHIVED_DIFFERENCE) or there is none.
 */
export function logFromVisible(
  data: DataPart,
  check: LogCheck,
  archived: number,
): { log: ChangeEntry[]; evidence: string } | null {
  const diff = check.difference;
  if (!diff || diff.start < archived) return null;
  const before = data.changeLog.slice(0, diff.start);
  const after = data.changeLog.slice(diff.start + diff.dataEntries.length);
  const recovered = recoverRows(diff.visibleRows, new Set(data.changeLog.map((e) => e.id))).flatMap((e) =>
    e ? [e] : [],
  );
  const log = [...before, ...recovered, ...after.map(unsealed)];
  return { log, evidence: diff.dataEntries.map((e) => toTableRow(e).join(" | ")).join("\n") };
}

/** A new data part from the visible log's rows and the boxes' texts (key → text, in document order), with Dutch notes
 * on what was taken over. */
export function rebuildData(
  logRows: readonly string[][] | null,
  boxTexts: Readonly<Record<string, string>>,
): { data: DataPart; notes: string[] } {
  const notes: string[] = [];
  const log: ChangeEntry[] = [];
  let bad = 0;
  for (const parsed of recoverRows(logRows ?? [])) {
    if (parsed) log.push(parsed);
    else bad += 1;
  }
  notes.push(
    `${log.length} regels uit het zichtbare logboek overgenomen${bad > 0 ? `, ${bad} onleesbaar (ze blijven zichtbaar staan)` : ""}.`,
  );
  const lastAttributed = { ...boxTexts };
  notes.push(
    "De tekst in de vakken is overgenomen zoals die er nu staat; wie eerdere wijzigingen deed staat alleen in het logboek.",
  );
  const data: DataPart = {
    // rebuilt by this add-in: of its data format from the start (no format upgrade to log)
    ...stampedByThisAddin(newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version })),
    lastAttributed,
    rowOrder: rowOrderFromKeys(Object.keys(boxTexts)),
    changeLog: log,
  };
  return { data, notes };
}
