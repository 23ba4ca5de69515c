// Is the document ready to send? A checklist: required boxes filled, every change signed,
// the file name as the rules prescribe, and a secure channel chosen.
import type { TemplateDef } from "../template";
import { TEMPLATE, partLabel } from "../template";
import type { FormValues } from "./form-values";
import type { ChangeKind, ChangeLog } from "../log/change-log";
import { compareEntries } from "../log/change-log";
import type { DataPart } from "../data-part/data-part-model";
import { formIssues } from "./form-issues";
import { entryPartLabel } from "../log/change-log-table";
import { checkFileName, buildFileName, FILE_EXTENSION } from "./file-name";
import type { FileNameResult } from "./file-name";
import { normaliseLineBreaks } from "../text/line-breaks";
import { roleLocation, roleText } from "./role-values";
import { byCount, countWords } from "../text/plural";
import { dayToDutch } from "../text/dates";

export type ReadinessId = "required" | "attributed" | "fileName" | "secureChannel";

export interface ReadinessItem {
  id: ReadinessId;
  ok: boolean;
  label: string;
  details: string[];
  /** Not in order, yet no reason to hold the document back (a change logged with author "Onbekend"): "let op". */
  advisory?: boolean;
}

export interface StepMissing {
  stepId: string;
  stepLabel: string;
  messages: string[];
}

/** Per step, what is still missing or wrong (complete mode: required, requiredWhen, minRows). */
export function missingByStep(values: FormValues, template: TemplateDef = TEMPLATE): StepMissing[] {
  const issues = formIssues(values, "complete", template);
  return template.steps
    .map((step) => ({
      stepId: step.id,
      stepLabel: partLabel(undefined, step.id, template),
      messages: issues
        .filter((i) => i.stepId === step.id)
        .map((i) => {
          const field = step.fields.find((f) => f.id === i.fieldId);
          const where =
            field?.kind === "rows"
              ? `${field.label}${i.rowIndex === undefined ? "" : `, rij ${i.rowIndex + 1}`}: `
              : "";
          return where + i.message;
        }),
    }))
    .filter((s) => s.messages.length > 0);
}

/** Box keys whose document text differs from the text last attributed (signed and logged). */
export function unattributedBoxes(boxTexts: Record<string, string>, lastAttributed: Record<string, string>): string[] {
  return Object.keys(boxTexts).filter((key) => {
    const now = normaliseLineBreaks(boxTexts[key] ?? "");
    const known = Object.prototype.hasOwnProperty.call(lastAttributed, key)
      ? normaliseLineBreaks(lastAttributed[key] ?? "")
      : "";
    return now !== known;
  });
}

// Changes to the content move the date in the file name; agreeing or repairing does not.
const CONTENT_KINDS: readonly ChangeKind[] = [
  "created",
  "edit",
  "amendment",
  "externalEdit",
  "rowAdded",
  "rowRemoved",
  "merge",
];

/** The Amsterdam day of the last content change, or null when nothing is logged. */
export function lastChangeDay(log: ChangeLog): string | null {
  const content = log.filter((e) => CONTENT_KINDS.includes(e.kind));
  const last = [...(content.length > 0 ? content : log)].sort(compareEntries).at(-1);
  return last?.day ?? null;
}

/** The day and client initials the file name must carry. */
function fileNameParts(
  values: FormValues,
  log: ChangeLog,
  template: TemplateDef,
): { day: string | null; initials: string } {
  return { day: lastChangeDay(log), initials: roleText(values, "clientInitials", template) };
}

export function expectedFileName(values: FormValues, log: ChangeLog, template: TemplateDef = TEMPLATE): FileNameResult {
  const { day, initials } = fileNameParts(values, log, template);
  if (!day) return { ok: false, error: "Er is nog geen wijziging vastgelegd in het wijzigingslogboek." };
  return buildFileName(day, initials);
}

export interface ReadinessInput {
  values: FormValues;
  /** The current text of every box in the document, by box key. */
  boxTexts: Record<string, string>;
  data: Pick<DataPart, "lastAttributed" | "changeLog">;
  /** The document's file name (no folder); undefined when it has not been saved yet. */
  fileName?: string;
  template?: TemplateDef;
}

function fileNameItem(input: ReadinessInput, template: TemplateDef): ReadinessItem {
  const item = fileNameCheck(input, template);
  return item.ok
    ? item
    : { ...item, label: "De bestandsnaam volgt de afspraak (JJJJMMDD Handreiking Regie <initialen>) nog niet" };
}

function fileNameCheck(input: ReadinessInput, template: TemplateDef): ReadinessItem {
  const label = "De bestandsnaam volgt de afspraak (JJJJMMDD Handreiking Regie <initialen>)";
  const expected = expectedFileName(input.values, input.data.changeLog, template);
  if (!expected.ok) return { id: "fileName", ok: false, label, details: [expected.error] };
  if (input.fileName === undefined) {
    return {
      id: "fileName",
      ok: false,
      label,
      details: [`Het document is nog niet opgeslagen. Sla het op als ‘${expected.name}${FILE_EXTENSION}’.`],
    };
  }
  const { day, initials } = fileNameParts(input.values, input.data.changeLog, template);
  const check = checkFileName(input.fileName, day ?? "", initials);
  return { id: "fileName", ok: check.ok, label, details: check.message ? [check.message] : [] };
}

/** The secure channel chosen (role secureChannel); no item when the template does not ask for one. */
function secureChannelItems(values: FormValues, template: TemplateDef): ReadinessItem[] {
  const location = roleLocation("secureChannel", template);
  if (!location) return [];
  const ok = roleText(values, "secureChannel", template).trim() !== "";
  return [
    {
      id: "secureChannel",
      ok,
      label: ok
        ? `Er is een beveiligde verzendwijze gekozen (${location.step.shortTitle})`
        : `Er is nog geen beveiligde verzendwijze gekozen (${location.step.shortTitle})`,
      details: ok
        ? []
        : [
            `Kies bij ‘${location.field.label}’ (${partLabel(undefined, location.step.id, template)}) hoe het document beveiligd wordt verstuurd.`,
          ],
    },
  ];
}

export function checkReadiness(input: ReadinessInput): ReadinessItem[] {
  const template = input.template ?? TEMPLATE;
  const missing = missingByStep(input.values, template);
  const unattributed = unattributedBoxes(input.boxTexts, input.data.lastAttributed);
  // Changes recorded with "Onbekend" as author: logged, but nobody's initials (outside-attribution.ts).
  const unknown = input.data.changeLog.filter((e) => e.authorSource === "unknown");
  const missingCount = missing.reduce((n, s) => n + s.messages.length, 0);
  const unsigned = unattributed.length + unknown.length;
  return [
    {
      id: "required",
      ok: missing.length === 0,
      // every label is true in the state it is shown in (issue 28)
      label:
        missing.length === 0
          ? "Alle verplichte vakken zijn ingevuld"
          : `Nog niet alle verplichte vakken zijn ingevuld (${countWords(missingCount, "punt", "punten")})`,
      details: missing.flatMap((s) => s.messages.map((m) => `${s.stepLabel}: ${m}`)),
    },
    {
      id: "attributed",
      ok: unsigned === 0,
      label:
        unsigned === 0
          ? "Elke wijziging heeft initialen, datum en organisatie"
          : `${byCount(unsigned, "Eén wijziging heeft", "{n} wijzigingen hebben")} geen bekende maker (initialen en organisatie)`,
      details: [
        ...unattributed.map(
          (key) =>
            `Niet vastgelegde wijziging (zonder naam in het logboek) in ${entryPartLabel({ boxKey: key }, template)}.`,
        ),
        ...unknown.map(
          (e) =>
            `Maker onbekend: ${entryPartLabel(e, template)} (${dayToDutch(e.day)}, vastgelegd door ${e.recorderInitials ?? e.initials}).`,
        ),
      ],
      ...(unattributed.length === 0 && unknown.length > 0 ? { advisory: true } : {}),
    },
    fileNameItem(input, template),
    ...secureChannelItems(input.values, template),
  ];
}
