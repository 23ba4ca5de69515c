// The boxes' rows in an upgrade: boxes in place are relabelled and retagged, boxes that leave
// their step or the form lose their row, new boxes (added, split, moved in) get a row next to
// the box before them in the new version (or before the box after them).
import type { UpgradedData } from "../data-part/upgrade-data";
import { TEMPLATE } from "../template";
import type { DocumentMap } from "../template/document-map";
import type { FieldDef, TemplateDef } from "../template/schema";
import { expectedLabelText, partHeading } from "../template/static-text";
import type { UpgradeRefusal } from "../text/upgrade";
import type { UpgradeInput } from "./upgrade-input";

/** What a new box row holds: the locked label, the box with its text, stamp lines carried along. */
export interface RowFill {
  label: string;
  key: string;
  title: string;
  hint: string | null;
  text: string;
  stampLines: string[];
}

export type RowOp =
  /** The controls in `unlock` may be deleted with the row. */
  | { op: "deleteRow"; table: number; row: number; unlock: number[] }
  | { op: "relockLabel"; table: number; row: number; text: string }
  | { op: "retagBox"; controlId: number; key: string; title: string; hint: string | null; stampIds: number[] }
  | { op: "insertRow"; table: number; at: number; where: "After" | "Before" }
  | { op: "fillRow"; table: number; row: number; fill: RowFill };

/** A fields table as the batch leaves it: each row's field (old id until handled), null for a row that is no box. */
interface TableRows {
  table: number;
  rows: (string | null)[];
  stepId: string;
}

interface Controls {
  boxes: Map<string, number>;
  stamps: Map<string, { id: number; text: string }[]>;
}

export function fillOf(field: FieldDef, text: string, placeholders: boolean, stampLines: string[]): RowFill {
  const hint = placeholders ? field.hint : null;
  return { label: expectedLabelText(field), key: field.id, title: field.label, hint, text, stampLines };
}

export function planRows(
  map: DocumentMap,
  read: { tables: string[][][] },
  controls: Controls,
  upgraded: UpgradedData,
  input: UpgradeInput,
): { kind: "refused"; refusal: UpgradeRefusal } | { kind: "rows"; operations: RowOp[] } {
  const { from } = input.plan;
  const stepOfOld = new Map(from.steps.flatMap((s) => s.fields.map((f) => [f.id, s.id] as const)));
  const tables: TableRows[] = [];
  for (const plan of map.tables) {
    const values = read.tables[plan.tableIndex];
    if (plan.kind !== "fields" || !values) continue;
    const rows: (string | null)[] = values.map(() => null);
    for (const row of plan.rows) rows[row.row] = row.fieldId;
    tables.push({ table: plan.tableIndex, rows, stepId: stepOfOld.get(plan.rows[0]?.fieldId ?? "") ?? "" });
  }
  const moving = new Map<string, string[]>(); // new id → stamp lines to carry
  const operations = tables.flatMap((t) => planBoxesInPlace(t, controls, input, moving));
  const added = planNewBoxes(tables, upgraded, input, moving);
  if (!Array.isArray(added)) return { kind: "refused", refusal: added };
  return { kind: "rows", operations: [...operations, ...added] };
}

/** Bottom up, so a deleted row does not move the rows still to come. */
function planBoxesInPlace(
  t: TableRows,
  controls: Controls,
  input: UpgradeInput,
  moving: Map<string, string[]>,
): RowOp[] {
  const { from, to, origins } = input.plan;
  const newIdOf = new Map<string, string>();
  for (const [id, origin] of Object.entries(origins)) if (origin.from) newIdOf.set(origin.from, id);
  const stepOfNew = new Map(to.steps.flatMap((s) => s.fields.map((f) => [f.id, s.id] as const)));
  const ops: RowOp[] = [];
  for (let r = t.rows.length - 1; r >= 0; r--) {
    const oldId = t.rows[r];
    if (!oldId) continue;
    const newId = newIdOf.get(oldId);
    const box = controls.boxes.get(oldId);
    const stamps = controls.stamps.get(oldId) ?? [];
    if (!newId || stepOfNew.get(newId) !== t.stepId) {
      // removed, or moved to another step: the row goes; its text is in `upgraded` (earlier / texts)
      ops.push({
        op: "deleteRow",
        table: t.table,
        row: r,
        unlock: [...(box === undefined ? [] : [box]), ...stamps.map((s) => s.id)],
      });
      t.rows.splice(r, 1);
      if (newId)
        moving.set(
          newId,
          stamps.map((s) => s.text),
        );
      continue;
    }
    t.rows[r] = newId;
    const oldField = fieldIn(from, oldId);
    const field = fieldIn(to, newId)!;
    if (oldField && expectedLabelText(oldField) !== expectedLabelText(field))
      ops.push({ op: "relockLabel", table: t.table, row: r, text: expectedLabelText(field) });
    if (box !== undefined && (newId !== oldId || field.label !== oldField?.label)) {
      const hint = input.placeholders && field.hint ? field.hint : null;
      ops.push({
        op: "retagBox",
        controlId: box,
        key: newId,
        title: field.label,
        hint,
        stampIds: stamps.map((s) => s.id),
      });
    }
  }
  return ops;
}

function fieldIn(template: TemplateDef = TEMPLATE, id: string): FieldDef | undefined {
  return template.steps.flatMap((s) => s.fields).find((f) => f.id === id);
}

/** New boxes in steps that are already there: a row after the box before them (or before the box after them). */
function planNewBoxes(
  tables: TableRows[],
  upgraded: UpgradedData,
  input: UpgradeInput,
  moving: Map<string, string[]>,
): RowOp[] | UpgradeRefusal {
  const { from, to } = input.plan;
  const ops: RowOp[] = [];
  const placed = (f: FieldDef): boolean => tables.some((t) => t.rows.includes(f.id));
  for (const step of to.steps.filter((s) => from.steps.some((f) => f.id === s.id))) {
    const simple = step.fields.filter((f) => f.kind !== "rows");
    for (const [i, field] of simple.entries()) {
      if (placed(field)) continue;
      const before = simple.slice(0, i).reverse().find(placed);
      const anchor = before ?? simple.slice(i + 1).find(placed);
      const t = anchor && tables.find((x) => x.rows.includes(anchor.id));
      if (!anchor || !t) return { code: "noAnchor", label: field.label, part: partHeading(step) };
      const at = t.rows.indexOf(anchor.id);
      const row = before ? at + 1 : at;
      ops.push({ op: "insertRow", table: t.table, at, where: before ? "After" : "Before" });
      t.rows.splice(row, 0, field.id);
      const fill = fillOf(field, upgraded.texts[field.id] ?? "", input.placeholders, moving.get(field.id) ?? []);
      ops.push({ op: "fillRow", table: t.table, row, fill });
    }
  }
  return ops;
}
