// From what was read to what the pane shows: values, outside edits, and problems (decided and worded in
// src/domain/plans/view-problems.ts).
import {
  checkLog,
  type LogCheck,
  compareVersions,
  findOutsideEdits,
  planUpgrade,
  TEMPLATE,
  valuesFromBoxTexts,
  type DataPart,
} from "../domain";
import { templateNewer, viewProblems, type ProblemsSnapshot } from "../domain/plans/view-problems";
import { reducedFeatures, type Capabilities } from "./capabilities";
import type { FormHandle } from "./commit";
import type { DocumentProblem, FormView, TemplateUpgradeNotice } from "./gateway";
import type { FormRead } from "./read-form";
import { staticTextChanges } from "./restore-controls";

/** The snapshot the problems are decided on (view-problems.ts), from what readForm read. */
function problemsSnapshot(read: FormRead): ProblemsSnapshot {
  return {
    kind: read.kind,
    data: read.data,
    stripped: read.stripped,
    // the diff of the static text is only worth making for a form whose controls were stripped
    staticChanges: read.stripped ? staticTextChanges(read).length : 0,
    boxKeys: new Set(Object.keys(read.boxes)),
    hasLogTable: read.hasLogTable,
    logRows: read.logRows,
    logRowsStart: read.logRowsStart,
    archiveMissing: read.archive.missing,
    duplicateTags: read.duplicateTags.length,
    strangeTags: read.strangeTags.length,
  };
}

/** `onLogCheck` receives the log check when one ran, so the caller need not check the log again. */
export async function problemsOf(
  read: FormRead,
  handle: FormHandle | null,
  onLogCheck?: (check: LogCheck) => void,
): Promise<DocumentProblem[]> {
  const { problems, logCheck } = await viewProblems(problemsSnapshot(read), handle);
  if (logCheck) onLogCheck?.(logCheck);
  return problems;
}

/** For a form of an earlier version: what upgrading it to this add-in's version changes; else null. */
export function templateUpgradeOf(data: DataPart): TemplateUpgradeNotice | null {
  if (compareVersions(data.templateVersion, TEMPLATE.version) >= 0) return null;
  const base = { from: data.templateVersion, to: TEMPLATE.version, agreed: data.agreed !== null };
  const result = planUpgrade(data.templateVersion, TEMPLATE);
  if (!result.ok) return { ...base, changes: [], newAgreement: [], error: result.error };
  return { ...base, changes: result.plan.changes, newAgreement: result.plan.newAgreement };
}

/** `today` ("YYYYMMDD", Amsterdam) judges the dates of hand stamps in outside edits. */
export async function buildView(
  read: FormRead,
  caps: Capabilities,
  handle: FormHandle | null,
  today: string,
): Promise<FormView> {
  const boxTexts = Object.fromEntries(Object.entries(read.boxes).map(([k, b]) => [k, b.text]));
  // Another program dropped the boxes but kept the data part: show what the data part holds, not
  // empty boxes that look like lost data (issue 28).
  const notRestored = read.kind === "form" && read.stripped && handle !== null;
  const { values, unreadable } = valuesFromBoxTexts(
    notRestored ? handle.data.lastAttributed : boxTexts,
    handle?.data.rowOrder ?? {},
  );
  const pending = handle && read.kind === "form" ? templateUpgradeOf(handle.data) : null;
  const frozen = handle !== null && templateNewer(handle.data) !== null;
  let logCheck: LogCheck | null = null;
  const problems = await problemsOf(read, handle, (check) => (logCheck = check));
  return {
    kind: read.kind,
    capabilities: caps,
    reduced: reducedFeatures(caps),
    map: read.map
      ? {
          fieldsFound: read.map.fieldsFound,
          fieldsMissing: read.map.fieldsMissing,
          stepsFound: read.map.stepsFound,
          content: read.map.content,
        }
      : null,
    data: handle?.data ?? null,
    boxTexts,
    values,
    unreadable,
    notRestored,
    outsideEdits: handle && !pending && !frozen ? findOutsideEdits(handle.data, boxTexts, today) : [],
    problems,
    // the notice and the acknowledged breaks come from the chain alone: the check above serves when it ran
    logNotice: handle ? noticeOf(logCheck ?? (await checkLog(handle.data, null, handle.logStart ?? 0))) : null,
    logStart: handle?.logStart ?? 0,
    templateUpgrade: pending,
  };
}

/** After an edit the pane knows the new texts without reading again (one round trip per action). */
export function viewAfterEdit(
  previous: FormView,
  handle: FormHandle,
  boxTexts: Record<string, string>,
  today: string,
): FormView {
  const { values, unreadable } = valuesFromBoxTexts(boxTexts, handle.data.rowOrder);
  return {
    ...previous,
    kind: "form",
    data: handle.data,
    boxTexts,
    values,
    unreadable,
    notRestored: false,
    outsideEdits: findOutsideEdits(handle.data, boxTexts, today),
  };
}

/** The log's notices in one text: a log from before the chain, changes a repair accepted ("erkend door"). */
function noticeOf(check: LogCheck): string | null {
  const parts = [check.notice, ...check.acknowledged].filter((t): t is string => t !== null);
  return parts.length === 0 ? null : parts.join(" ");
}
