// The visible log in a repair: put back when removed; when it and the data part disagree, the
// side the user chose wins and the other is kept whole as evidence; changes made outside the
// add-in are recorded as seen (a chain reset), never undone.
import type { DataPart } from "../data-part/data-part-model";
import { logFromVisible } from "../data-part/rebuild";
import { toTableRow } from "../log/change-log-table";
import { checkLog } from "../log/log-check";
import { TEMPLATE } from "../template";
import type { RepairNote, RepairRefusal } from "../text/repair";

export type LogOp =
  /** The log's title (locked) and table (header first, locked) at the end of the body. */
  | { op: "appendLog"; title: string; rows: string[][] }
  /** The visible log's `shown` rows replaced by `rows`. */
  | { op: "replaceLogRows"; shown: number; rows: string[][] };

export type LogRepair =
  | { kind: "refused"; refusal: RepairRefusal }
  | {
      kind: "repair";
      data: DataPart;
      operations: LogOp[];
      notes: RepairNote[];
      evidence?: string;
      chainReset: boolean;
    };

interface LogRead {
  hasLogTable: boolean;
  logRows: string[][] | null;
  archiveCount: number;
  stripped: unknown;
}

export async function repairLog(
  read: LogRead,
  data: DataPart,
  dataKept: boolean,
  logSide?: "visible" | "data",
): Promise<LogRepair> {
  const expectedRows = data.changeLog.map((e) => [...toTableRow(e)]);
  const none = { kind: "repair" as const, data, operations: [], notes: [], chainReset: false };
  if (!read.hasLogTable && !(read.stripped && read.logRows)) {
    const rows = [[...TEMPLATE.changeLog.columns], ...expectedRows];
    return {
      ...none,
      operations: [{ op: "appendLog", title: TEMPLATE.changeLog.title, rows }],
      notes: [{ code: "logRestored" }],
    };
  }
  if (!dataKept || !read.logRows) return none;
  const check = await checkLog(data, read.logRows);
  const seen = check.findings.filter((f) => f.id !== "unsealedTail");
  if (check.difference && !logSide) return { kind: "refused", refusal: "chooseLogSide" };
  let result: Extract<LogRepair, { kind: "repair" }> = none;
  if (check.difference && logSide === "data") {
    result = {
      ...none,
      evidence: check.difference.visibleRows.map((r) => r.join(" | ")).join("\n"),
      operations: [{ op: "replaceLogRows", shown: read.logRows.length, rows: expectedRows }],
      notes: [{ code: "logFromData" }],
    };
  } else if (check.difference && logSide === "visible") {
    const rebuilt = logFromVisible(data, check, read.archiveCount);
    if (!rebuilt) return { kind: "refused", refusal: "archivedDifference" };
    const changed = { ...data, changeLog: rebuilt.log };
    result = { ...none, data: changed, evidence: rebuilt.evidence, notes: [{ code: "dataFromLog" }] };
  }
  if (seen.length === 0) return result;
  const found = seen.map((f) => f.message).join("\n");
  return {
    ...result,
    chainReset: true,
    evidence: result.evidence === undefined ? found : `${found}\n${result.evidence}`,
    notes: check.difference ? result.notes : [...result.notes, { code: "outsideSeen" }],
  };
}
