// One box of the form as the pane edits it: which value the input shows, what the draft
// means as a form value, what is wrong with it, and the text it becomes in the document.
import {
  boxDefOf,
  boxKey,
  cellProblem,
  findField,
  formatBoxText,
  formatStamp,
  displayDate,
  isRows,
  normaliseFieldText,
  parseBoxKey,
  parseDutchDate,
  validateField,
  type BoxDef,
  type BoxValue,
  type ColumnDef,
  type FieldDef,
  type RowValue,
} from "../domain";
import type { FormView } from "../word/gateway";
import { additionLabel, rowBoxLabel } from "../domain/text/saving";

export interface BoxSpec {
  key: string;
  def: BoxDef;
  field: FieldDef;
  /** Set for a table cell. */
  column?: ColumnDef;
  rowKey?: string;
}

/** What an input holds: the form value, except a date, which is the text as typed (dd-mm-jjjj). */
export type DraftValue = BoxValue;

export function fieldBox(field: FieldDef): BoxSpec {
  return { key: field.id, def: boxDefOf(field), field };
}

export function cellBox(field: FieldDef, row: RowValue, column: ColumnDef): BoxSpec {
  return {
    key: boxKey({ fieldId: field.id, rowKey: row.key, columnId: column.id }),
    def: boxDefOf(field, column),
    field,
    column,
    rowKey: row.key,
  };
}

export function rowsOf(view: FormView, fieldId: string): RowValue[] {
  const v = view.values[fieldId];
  return isRows(v) ? v : [];
}

function savedValue(spec: BoxSpec, view: FormView): BoxValue {
  if (spec.column && spec.rowKey)
    return rowsOf(view, spec.field.id).find((r) => r.key === spec.rowKey)?.cells[spec.column.id] ?? "";
  return (view.values[spec.field.id] ?? null) as BoxValue;
}

/** The value an input shows when nothing is being typed. */
export function savedDraft(spec: BoxSpec, view: FormView): DraftValue {
  const value = savedValue(spec, view);
  if (spec.def.kind === "date") return typeof value === "string" ? displayDate(value) : "";
  return value;
}

/** The draft as a form value (a date that does not read stays as typed, so it is reported). */
export function toValue(spec: BoxSpec, draft: DraftValue): BoxValue {
  if (typeof draft === "string" && !spec.column && spec.def.kind === "text")
    return normaliseFieldText(spec.field, draft);
  if (spec.def.kind !== "date" || typeof draft !== "string") return draft;
  if (draft.trim() === "") return "";
  return parseDutchDate(draft) ?? draft;
}

/** Inline (draft-mode) messages: what is wrong with what is typed; empty boxes are fine here. */
export function draftProblems(spec: BoxSpec, draft: DraftValue): string[] {
  const value = toValue(spec, draft);
  if (spec.column) {
    const p = cellProblem(spec.column, typeof value === "string" ? value : "");
    return p ? [p] : [];
  }
  return validateField(spec.field.id, value, { mode: "draft" });
}

/** The document text for the draft (what writeBox receives). */
export function draftText(spec: BoxSpec, draft: DraftValue): string {
  return formatBoxText(spec.def, toValue(spec, draft));
}

/** The box's text in the document now. */
export function documentText(spec: BoxSpec, view: FormView): string {
  return view.boxTexts[spec.key] ?? formatBoxText(spec.def, savedValue(spec, view));
}

const SIGNED_KINDS = new Set(["created", "edit", "amendment", "externalEdit"]);

/** "PH 20200902, Ambiq" of the last logged change to this box (its own entry, or a fill session naming it), or null. */
export function lastStamp(view: FormView, key: string): string | null {
  const entry = [...(view.data?.changeLog ?? [])]
    .reverse()
    .find((e) => (e.boxKey === key || e.filled?.includes(key) === true) && SIGNED_KINDS.has(e.kind));
  if (!entry) return null;
  try {
    return formatStamp(entry, entry.day);
  } catch {
    return `${entry.initials} ${entry.day}, ${entry.organisation}`;
  }
}

/** The box a key names in this view (a cell only while its row exists), or null. */
export function specForKey(view: FormView, key: string): BoxSpec | null {
  const ref = parseBoxKey(key);
  const field = ref ? findField(ref.fieldId)?.field : undefined;
  if (!ref || !field) return null;
  if (ref.rowKey === undefined || ref.columnId === undefined) return fieldBox(field);
  const row = rowsOf(view, field.id).find((r) => r.key === ref.rowKey);
  const column = field.columns?.find((c) => c.id === ref.columnId);
  return row && column ? cellBox(field, row, column) : null;
}

/** Something typed in the pane that is not in the document yet. */
export interface UnsavedBox {
  key: string;
  stepId: string;
  /** "Initialen jeugdige", "Betrokkenen, rij 2: Naam"; "(aanvulling)" for an unsent addition. */
  label: string;
  /** A box draft (saved with writeBox) or an addition typed after agreement (amend). */
  kind: "draft" | "addition";
  spec: BoxSpec;
  /** The document text the draft becomes (for a draft). */
  text: string;
  /** What keeps it from being saved as it is (empty: it can be saved). */
  problems: string[];
}

function boxLabel(spec: BoxSpec, view: FormView): string {
  if (!spec.column || !spec.rowKey) return spec.def.label;
  const index = rowsOf(view, spec.field.id).findIndex((r) => r.key === spec.rowKey);
  return rowBoxLabel(spec.field.label, index + 1, spec.def.label);
}

/** Every draft whose text differs from the document, and every addition not yet added. */
export function unsavedBoxes(
  view: FormView,
  drafts: Readonly<Record<string, DraftValue>>,
  additions: Readonly<Record<string, string>> = {},
): UnsavedBox[] {
  const out: UnsavedBox[] = [];
  for (const [key, draft] of Object.entries(drafts)) {
    const spec = specForKey(view, key);
    if (!spec) continue;
    const text = draftText(spec, draft);
    if (text === documentText(spec, view)) continue;
    out.push({
      key,
      stepId: findField(spec.field.id)?.step.id ?? "",
      label: boxLabel(spec, view),
      kind: "draft",
      spec,
      text,
      problems: draftProblems(spec, draft),
    });
  }
  for (const [key, addition] of Object.entries(additions)) {
    const spec = addition.trim() === "" ? null : specForKey(view, key);
    if (!spec) continue;
    out.push({
      key,
      stepId: findField(spec.field.id)?.step.id ?? "",
      label: additionLabel(boxLabel(spec, view)),
      kind: "addition",
      spec,
      text: addition,
      problems: [],
    });
  }
  return out;
}
