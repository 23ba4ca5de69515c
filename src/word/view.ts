// From what was read to what the pane shows: values, outside edits, and problems in plain Dutch.
import {
  checkLog,
  type LogCheck,
  compareVersions,
  findOutsideEdits,
  logProblems,
  planUpgrade,
  TEMPLATE,
  valuesFromBoxTexts,
  type DataPart,
  byCount,
} from "../domain";
import { reducedFeatures, type Capabilities } from "./capabilities";
import type { FormHandle } from "./commit";
import type { DocumentProblem, FormView, TemplateUpgradeNotice } from "./gateway";
import type { FormRead } from "./read-form";
import { staticTextChanges } from "./restore-controls";

/** `onLogCheck` receives the log check when one ran, so the caller need not check the log again. */
export async function problemsOf(
  read: FormRead,
  handle: FormHandle | null,
  onLogCheck?: (check: LogCheck) => void,
): Promise<DocumentProblem[]> {
  if (read.kind !== "form") return [];
  const problems: DocumentProblem[] = [];
  const d = read.data;
  if (d.status === "future") {
    problems.push({
      id: "dataFuture",
      repairable: false,
      message:
        d.message ??
        "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing. Werk de invoegtoepassing bij; tot dan wordt niets gewijzigd.",
    });
    return problems;
  }
  const newer = handle ? newerTemplateMessage(handle.data) : null;
  if (newer) return [{ id: "dataFuture", repairable: false, message: newer }];
  // A form of an earlier version is read with this version's boxes: what looks wrong now is the
  // upgrade's to settle. The pane shows the upgrade first; the checks run again after it.
  if (handle && templateUpgradeOf(handle.data)) return problems;
  if (d.status === "missing")
    problems.push({
      id: "dataMissing",
      repairable: true,
      message:
        "De gegevens van het formulier ontbreken in het document. Herstellen bouwt ze opnieuw op uit het zichtbare logboek en de vakken.",
    });
  if (d.status === "unreadable")
    problems.push({
      id: "dataUnreadable",
      repairable: true,
      message: `De gegevens van het formulier zijn beschadigd (${d.error}) Herstellen bewaart de beschadigde tekst apart en bouwt de gegevens opnieuw op.`,
    });
  if (d.status === "several")
    problems.push({
      id: "dataSeveral",
      repairable: true,
      message: `Het document bevat ${d.count} sets formuliergegevens (bijvoorbeeld twee formulieren in één document). Herstellen houdt de eerste en bewaart de andere apart.`,
    });
  if (read.stripped) {
    const outside = staticTextChanges(read).length;
    problems.push({
      id: "controlsStripped",
      repairable: true,
      message:
        "Dit document is opgeslagen in een ander programma (bijvoorbeeld LibreOffice). Dat heeft de vakken en de vergrendeling van de vaste tekst verwijderd" +
        (d.status === "ok"
          ? "; de gegevens en het logboek zijn er nog."
          : "; ook de gegevens zijn weg, het zichtbare logboek staat er nog.") +
        " Herstellen maakt de vakken en de vergrendeling opnieuw; daarna ziet u wat er in de vakken is veranderd." +
        (outside > 0
          ? ` Buiten de vakken is op ${byCount(outside, "één plaats", "{n} plaatsen")} tekst veranderd; herstellen legt die met voor en na vast in het logboek.`
          : ""),
    });
  }
  if (handle) {
    const missing = Object.keys(handle.data.lastAttributed).filter((k) => !(k in read.boxes));
    if (missing.length > 0 && !read.stripped)
      problems.push({
        id: "boxMissing",
        repairable: true,
        message: `${byCount(missing.length, "Eén vak is", "{n} vakken zijn")} uit het document verwijderd. Herstellen maakt ${byCount(missing.length, "het", "ze")} opnieuw, met de tekst die er nog staat.`,
      });
    if (read.archive.missing)
      problems.push({
        id: "archiveMissing",
        repairable: false,
        message:
          "Een deel van het oudere logboek ontbreekt in de formuliergegevens. Het zichtbare wijzigingslogboek in het document is wel volledig.",
      });
    if (!read.hasLogTable && !(read.stripped && read.logRows))
      problems.push({
        id: "logMissing",
        repairable: true,
        message: "Het zichtbare wijzigingslogboek ontbreekt. Herstellen zet het terug aan het eind van het document.",
      });
    const check = await checkLog(
      handle.data,
      read.hasLogTable || read.stripped ? read.logRows : null,
      handle.logStart ?? 0,
      read.logRowsStart,
    );
    onLogCheck?.(check);
    problems.push(...logProblems(check));
  }
  if (read.duplicateTags.length > 0)
    problems.push({
      id: "duplicateTags",
      repairable: true,
      message:
        "Een of meer vakken staan dubbel in het document (gekopieerd). Herstellen houdt het eerste vak; de kopie blijft als gewone tekst staan.",
    });
  if (read.strangeTags.length > 0)
    problems.push({
      id: "strangeTags",
      repairable: false,
      message:
        "Het document bevat vakken die niet bij deze handreiking horen (met de hand gewijzigd). Ze worden niet gebruikt.",
    });
  return problems;
}

/** A form of a later version of the handreiking than this add-in knows: read only (Dutch reason), else null. */
export function newerTemplateMessage(data: DataPart): string | null {
  if (compareVersions(data.templateVersion, TEMPLATE.version) <= 0) return null;
  return `Dit document is van versie ${data.templateVersion} van de handreiking; deze invoegtoepassing kent versie ${TEMPLATE.version}. U kunt het lezen, maar de invoegtoepassing wijzigt er niets aan. Werk de invoegtoepassing bij om het te bewerken.`;
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
  const frozen = handle !== null && newerTemplateMessage(handle.data) !== null;
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
