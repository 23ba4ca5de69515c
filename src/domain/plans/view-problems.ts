// Decides what opening a form reports as wrong with it, from plain data read from the document
// (src/word/view.ts reads; text/view.ts words it). The order is the order the pane lists them in.
import type { DataPart } from "../data-part/data-part-model";
import { checkLog, type LogCheck } from "../log/log-check";
import { logProblems } from "../log/log-problems";
import { compareVersions, TEMPLATE } from "../template";
import { viewFindingText } from "../text/view";
import type { DataState, DocumentProblem, ViewFinding } from "./view-findings";

export type { DataState, DocumentProblem, ViewFinding } from "./view-findings";

/** What was read from the document, as far as the problems depend on it. */
export interface ProblemsSnapshot {
  kind: "empty" | "plain" | "form" | "other";
  data: DataState;
  /** Another program dropped every control of ours (read-form.ts). */
  stripped: boolean;
  /** Places outside the boxes where the static text changed; only used (and only needs counting) when stripped. */
  staticChanges: number;
  /** Keys of the box controls found. */
  boxKeys: ReadonlySet<string>;
  hasLogTable: boolean;
  /** The visible log's rows read (header excluded); null: no log table. */
  logRows: string[][] | null;
  /** How many of the visible log's oldest rows were not read. */
  logRowsStart: number;
  /** Archived entries the data part counts are not in the document. */
  archiveMissing: boolean;
  duplicateTags: number;
  strangeTags: number;
}

/** The form's data as the session holds it (FormHandle): the data part, after `logStart` archived entries. */
export interface ProblemsForm {
  data: DataPart;
  logStart?: number;
}

export interface ViewProblemsResult {
  findings: ViewFinding[];
  /** The log check, when one ran (so the caller need not check the log again). */
  logCheck: LogCheck | null;
}

/** A form of a later version of the handreiking than `known`: read only. */
export function templateNewer(data: DataPart, known: string = TEMPLATE.version): ViewFinding | null {
  return compareVersions(data.templateVersion, known) > 0
    ? { id: "templateNewer", version: data.templateVersion, known }
    : null;
}

/** A form of an earlier version: the upgrade comes first, the checks after it. */
export function upgradePending(data: DataPart, known: string = TEMPLATE.version): boolean {
  return compareVersions(data.templateVersion, known) < 0;
}

function dataFindings(d: DataState): ViewFinding[] {
  if (d.status === "missing") return [{ id: "dataMissing" }];
  if (d.status === "unreadable") return [{ id: "dataUnreadable", error: d.error }];
  if (d.status === "several") return [{ id: "dataSeveral", count: d.count }];
  return [];
}

function formFindings(s: ProblemsSnapshot, form: ProblemsForm): ViewFinding[] {
  const findings: ViewFinding[] = [];
  const missing = Object.keys(form.data.lastAttributed).filter((k) => !s.boxKeys.has(k)).length;
  // A stripped form misses every box: that is the stripped finding's to say.
  if (missing > 0 && !s.stripped) findings.push({ id: "boxMissing", count: missing });
  if (s.archiveMissing) findings.push({ id: "archiveMissing" });
  if (!s.hasLogTable && !(s.stripped && s.logRows)) findings.push({ id: "logMissing" });
  return findings;
}

async function logFindings(s: ProblemsSnapshot, form: ProblemsForm): Promise<ViewProblemsResult> {
  const rows = s.hasLogTable || s.stripped ? s.logRows : null;
  const logCheck = await checkLog(form.data, rows, form.logStart ?? 0, s.logRowsStart);
  return { findings: logProblems(logCheck).map((problem) => ({ id: "log", problem })), logCheck };
}

/** Every finding, in the pane's order; nothing for a document that is not a form. */
export async function findViewProblems(s: ProblemsSnapshot, form: ProblemsForm | null): Promise<ViewProblemsResult> {
  const none: ViewProblemsResult = { findings: [], logCheck: null };
  if (s.kind !== "form") return none;
  if (s.data.status === "future")
    return {
      ...none,
      findings: [s.data.message === undefined ? { id: "dataFuture" } : { id: "dataFuture", reason: s.data.message }],
    };
  const newer = form ? templateNewer(form.data) : null;
  if (newer) return { ...none, findings: [newer] };
  // A form of an earlier version is read with this version's boxes: what looks wrong now is the
  // upgrade's to settle. The pane shows the upgrade first; the checks run again after it.
  if (form && upgradePending(form.data)) return none;
  const findings = dataFindings(s.data);
  if (s.stripped)
    findings.push({ id: "controlsStripped", dataKept: s.data.status === "ok", outsideChanges: s.staticChanges });
  let logCheck: LogCheck | null = null;
  if (form) {
    findings.push(...formFindings(s, form));
    const log = await logFindings(s, form);
    findings.push(...log.findings);
    logCheck = log.logCheck;
  }
  if (s.duplicateTags > 0) findings.push({ id: "duplicateTags" });
  if (s.strangeTags > 0) findings.push({ id: "strangeTags" });
  return { findings, logCheck };
}

const REPAIRABLE: Record<Exclude<ViewFinding["id"], "log">, boolean> = {
  dataFuture: false,
  templateNewer: false,
  dataMissing: true,
  dataUnreadable: true,
  dataSeveral: true,
  controlsStripped: true,
  boxMissing: true,
  archiveMissing: false,
  logMissing: true,
  duplicateTags: true,
  strangeTags: false,
};

/** A finding as the pane shows it: the log's problems as they are, the others with their sentence. */
export function documentProblem(finding: ViewFinding): DocumentProblem {
  if (finding.id === "log") return finding.problem;
  const id = finding.id === "templateNewer" ? "dataFuture" : finding.id;
  return { id, repairable: REPAIRABLE[finding.id], message: viewFindingText(finding) };
}

/** The problems the pane shows, and the log check when one ran. */
export async function viewProblems(
  s: ProblemsSnapshot,
  form: ProblemsForm | null,
): Promise<{ problems: DocumentProblem[]; logCheck: LogCheck | null }> {
  const { findings, logCheck } = await findViewProblems(s, form);
  return { problems: findings.map(documentProblem), logCheck };
}
