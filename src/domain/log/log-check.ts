// What the log proves on this read: the chain in the data part, the visible log table and the
// attributed state checked against each other, each difference described as what it is —
// which entries, which boxes, and which copy of the truth disagrees.
import type { ChangeEntry, ChangeLog } from "./change-log";
import { entryPartLabel, legacyChangeText, toTableRow } from "./change-log-table";
import type { DataPart } from "../data-part/data-part-model";
import { dayToDutch } from "../text/dates";
import { cellText } from "../template/document-map";
import { checkChain, checkState, type ChainCheck } from "./log-chain";
import { findField, TEMPLATE_VERSIONS } from "../template";
import { splitBoxKey } from "../form/boxes";
import { byCount } from "../text/plural";

const cellKey = (cell: string): string =>
  cellText(cell)
    .replace(/[ \t]+$/gm, "")
    .trim();

/** The visible row shows this entry (a recovered entry's part label is only as precise as its step). */
export function rowShowsEntry(entry: ChangeEntry, shown: readonly string[]): boolean {
  const expected = toTableRow(entry);
  if (expected.length !== shown.length) return false;
  return expected.every((cell, i) => {
    const seen = cellKey(shown[i] ?? "");
    if (entry.recovered && i === 3) return seen.startsWith(cellKey(cell));
    // A row written in an earlier version of the handreiking names the part as that version did.
    if (i === 3 && cellKey(cell) !== seen)
      return TEMPLATE_VERSIONS.some((t) => cellKey(entryPartLabel(entry, t)) === seen);
    // a removed row written by an earlier version reads "Was: a | b | …"
    if (i === 4 && entry.kind === "rowRemoved" && seen === cellKey(legacyChangeText(entry))) return true;
    return cellKey(cell) === seen;
  });
}

/** Where the visible log and the data part's log differ: one stretch after the common start and end. */
/** The visible log differs from the data part's log (rows edited, removed or added by hand). */
export function logTableEdited(logRows: readonly string[][], data: DataPart): boolean {
  if (logRows.length !== data.changeLog.length) return true;
  return data.changeLog.some((entry, i) => !rowShowsEntry(entry, logRows[i] ?? []));
}

export interface LogDifference {
  /** First differing position (same in both; an index into the log that was checked). */
  start: number;
  /** Entries of the data part in the stretch (indexes start…). */
  dataEntries: ChangeEntry[];
  /** Visible rows in the stretch. */
  visibleRows: string[][];
}

export function differenceOf(rows: readonly string[][], log: ChangeLog): LogDifference | null {
  let start = 0;
  while (start < rows.length && start < log.length && rowShowsEntry(log[start]!, rows[start]!)) start++;
  if (start === rows.length && start === log.length) return null;
  let end = 0;
  while (
    end < rows.length - start &&
    end < log.length - start &&
    rowShowsEntry(log[log.length - 1 - end]!, rows[rows.length - 1 - end]!)
  )
    end++;
  return {
    start,
    dataEntries: log.slice(start, log.length - end),
    visibleRows: rows.slice(start, rows.length - end).map((r) => [...r]),
  };
}

export type LogFindingId =
  "entryChanged" | "entryGap" | "sealsRemoved" | "visibleEdited" | "agreementChanged" | "textsChanged" | "unsealedTail";

export interface LogFinding {
  id: LogFindingId;
  /** Which copy disagrees: the hidden data part only, the visible log only, or both the same way. */
  where: "data" | "visible" | "both";
  /** 1-based entry numbers (as in the visible log) the finding is about. */
  entries: number[];
  boxes: string[];
  message: string;
}

export interface LogCheck {
  findings: LogFinding[];
  /**
   * How many of the oldest entries this check did not see (archived and not read: only the
   * newest entries, their links and the state were checked). 0: the whole log was checked.
   */
  logStart: number;
  /** The visible log and the data part disagree: a repair must be told which side is right. */
  difference: LogDifference | null;
  /** Shown once for a document from before the chain: no entry can be checked yet. */
  notice: string | null;
  /** Dutch, one per repair: the changes it accepted, "erkend door PH (Ambiq) op 05-10-2020". */
  acknowledged: string[];
  chain: ChainCheck;
}

export const NOT_YET_CHAINED =
  "Dit logboek is gemaakt met een oudere versie van de invoegtoepassing. Vanaf de volgende wijziging controleert de invoegtoepassing bij elke keer openen of het logboek buiten de invoegtoepassing is gewijzigd.";

/** The notice for a log of which no entry is sealed yet (an older document), else null. */
export function notYetChained(log: ChangeLog): string | null {
  return log.length > 0 && !log.some((e) => e.hash !== undefined || e.seal !== undefined) ? NOT_YET_CHAINED : null;
}

function describeEntry(log: ChangeLog, index: number, logStart: number): string {
  const e = log[index];
  const n = logStart + index + 1;
  return e ? `logregel ${n} (${dayToDutch(e.day)}, ${e.initials})` : `logregel ${n}`;
}

function boxLabel(key: string): string {
  return findField(splitBoxKey(key).fieldId)?.field.label ?? key;
}

/**
 * Checks the data part's log against its chain, the visible rows (null: no visible log, reported
 * elsewhere) and its attributed state. `logStart` > 0: `data.changeLog` is only the newest part of
 * the log, after `logStart` archived entries that were not read; then the tail's entries and links,
 * the state, the number of visible rows and the visible rows of the tail are checked, and the
 * archived entries (and the link into them) are left to a check of the whole log.
 * `rowsStart` > 0: `rows` are the visible log's newest rows only, after `rowsStart` rows that were
 * not read; they must reach back to the first entry checked (rowsStart ≤ logStart).
 */
export async function checkLog(
  data: DataPart,
  rows: readonly string[][] | null,
  logStart = 0,
  rowsStart = 0,
): Promise<LogCheck> {
  if (rows !== null && rowsStart > logStart)
    throw new RangeError("checkLog: the visible rows read do not reach back to the entries checked");
  const log = data.changeLog;
  const chain = await checkChain(log, logStart > 0, data.sealedFrom);
  const findings: LogFinding[] = [];
  const difference = rows ? differenceOf(rows.slice(logStart - rowsStart), log) : null;
  // Rows missing or added among the archived ones shift the whole tail: where is for the full check.
  const countOff = rows !== null && logStart > 0 && rowsStart + rows.length !== logStart + log.length;
  // The stretch where the visible log differs, in data-part indexes (a gap sits between two entries).
  const inDifference = (index: number): boolean =>
    difference !== null && index >= difference.start && index <= difference.start + difference.dataEntries.length;
  let explained = false;
  const stripped = chain.breaks.filter((b) => b.kind === "unsealed").map((b) => logStart + b.index + 1);
  if (stripped.length > 0)
    findings.push({
      id: "sealsRemoved",
      where: "data",
      entries: stripped,
      boxes: [],
      message: `Bij ${byCount(stripped.length, `logregel ${stripped[0]} is het zegel`, `{n} logregels (vanaf regel ${stripped[0]}) zijn de zegels`)} buiten de invoegtoepassing verwijderd, terwijl dit document vanaf die plek verzegeld is. Wat daar staat, kan niet meer worden gecontroleerd en kan zijn gewijzigd.`,
    });
  for (const b of chain.breaks) {
    if (b.kind === "unsealed") continue;
    const visibleDiffers = inDifference(b.index);
    explained ||= visibleDiffers;
    const where = visibleDiffers ? "data" : "both";
    const what = describeEntry(log, b.index, logStart);
    const message =
      b.kind === "changed"
        ? where === "data"
          ? `${cap(what)} is in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd; het zichtbare logboek toont die regel anders.`
          : `${cap(what)} is buiten de invoegtoepassing gewijzigd, in het verborgen gegevensdeel én in het zichtbare logboek.`
        : where === "data"
          ? `Vóór ${what} is in het verborgen gegevensdeel buiten de invoegtoepassing een regel verwijderd of toegevoegd; het zichtbare logboek wijkt daar af.`
          : `Vóór ${what} is buiten de invoegtoepassing een regel verwijderd of toegevoegd, in het verborgen gegevensdeel én in het zichtbare logboek.`;
    findings.push({
      id: b.kind === "changed" ? "entryChanged" : "entryGap",
      where,
      entries: [logStart + b.index + 1],
      boxes: [],
      message,
    });
  }
  if (difference && !explained) {
    const first = logStart + difference.start + 1;
    const from =
      countOff && difference.start === 0
        ? `het aantal regels klopt niet; de plek blijkt uit ‘Hele logboek controleren’ in het Logboek`
        : `vanaf regel ${first}`;
    findings.push({
      id: "visibleEdited",
      where: "visible",
      entries: difference.dataEntries.map((_, i) => first + i),
      boxes: [],
      message: `Het zichtbare logboek is met de hand gewijzigd (${from}); het verborgen gegevensdeel klopt met de vastgelegde keten.`,
    });
  }
  const state = await checkState(data, chain);
  if (state?.agreementChanged) {
    findings.push({
      id: "agreementChanged",
      where: "data",
      entries: [],
      boxes: [],
      message:
        "Wie de handreiking in het MDO vaststelde (of wanneer), is in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd.",
    });
  }
  if (state?.textsChanged) {
    const names = state.boxes.map(boxLabel);
    findings.push({
      id: "textsChanged",
      where: "data",
      entries: [],
      boxes: state.boxes,
      message:
        names.length > 0
          ? `De vastgelegde tekst van ${names.map((n) => `‘${n}’`).join(", ")} is in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd: hij past niet bij de laatste logregel voor dat vak.`
          : "De vastgelegde teksten of rijen zijn in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd.",
    });
  }
  if (chain.unsealedTail > 0) {
    findings.push({
      id: "unsealedTail",
      where: "data",
      entries: Array.from({ length: chain.unsealedTail }, (_, i) => logStart + log.length - chain.unsealedTail + i + 1),
      boxes: [],
      message: `De laatste ${byCount(chain.unsealedTail, "logregel is", "{n} logregels zijn")} niet door deze versie van de invoegtoepassing vastgelegd (een oudere versie, of buiten de invoegtoepassing) en kon${byCount(chain.unsealedTail, "", "den")} niet worden gecontroleerd.`,
    });
  }
  return {
    findings,
    logStart,
    difference,
    notice: chain.firstSealed === null && data.sealedFrom === undefined && log.length > 0 ? NOT_YET_CHAINED : null,
    acknowledged: acknowledgedText(log, chain, logStart),
    chain,
  };
}

/** Per accepting repair: which entries it accepted and who accepted them. */
function acknowledgedText(log: ChangeLog, chain: ChainCheck, logStart: number): string[] {
  const byRepair = new Map<number, number[]>();
  for (const a of chain.acknowledged) byRepair.set(a.by, [...(byRepair.get(a.by) ?? []), logStart + a.brk.index + 1]);
  return [...byRepair].map(([by, entries]) => {
    const r = log[by]!;
    const which = byCount(entries.length, `logregel ${entries[0]}`, `logregels ${entries.join(", ")}`);
    return `Een wijziging buiten de invoegtoepassing bij ${which} is niet ongedaan gemaakt, maar erkend door ${r.initials} (${r.organisation}) op ${dayToDutch(r.day)} (logregel ${logStart + by + 1}).`;
  });
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The visible row of the last entry, when the visible log shows the data part's log one row per entry (as read). */
export function lastLogRowOf(
  data: DataPart,
  logRows: readonly string[][] | null,
  logTableRows: number | null,
  logStart = 0,
  rowsStart = 0,
): number | undefined {
  // After a tail read data.changeLog holds the entries from logStart on, and logRows the visible
  // rows from rowsStart on; the table itself still holds them all.
  const log = data.changeLog;
  const total = logStart + log.length;
  const last = log[log.length - 1];
  const shown = logRows?.[logRows.length - 1];
  if (!last || !shown || rowsStart + (logRows?.length ?? 0) !== total || logTableRows !== total + 1) return undefined;
  return rowShowsEntry(last, shown) ? total : undefined;
}
