// Box controls removed by hand: the answer cell is wrapped again, with the text that is there.
import type { DataPart } from "../data-part/data-part-model";
import { splitBoxKey } from "../form/boxes";
import { findField } from "../template";
import type { DocumentMap } from "../template/document-map";
import type { RepairNote } from "../text/repair";
import type { CellRef, WrapBox } from "./cell-ops";

/** The cell of a box by its key, with the box's title and hint; null when the map has no place for it. */
function boxCell(map: DocumentMap, data: DataPart, key: string, placeholders: boolean): WrapBox | null {
  const { fieldId, rowKey, columnId } = splitBoxKey(key);
  const field = findField(fieldId)?.field;
  if (!field) return null;
  let at: CellRef;
  let title = field.label;
  let hint: string | null = "";
  if (!rowKey) {
    const plan = map.tables.find((t) => t.kind === "fields" && t.rows.some((r) => r.fieldId === fieldId));
    const row = plan?.kind === "fields" ? plan.rows.find((r) => r.fieldId === fieldId) : undefined;
    if (!plan || !row) return null;
    at = { table: plan.tableIndex, row: row.row, col: 1 };
    hint = placeholders ? field.hint : null;
  } else {
    const plan = map.tables.find((t) => t.kind === "rows" && t.fieldId === fieldId);
    const rowIndex = (data.rowOrder[fieldId] ?? []).indexOf(rowKey);
    const col = (field.columns ?? []).findIndex((c) => c.id === columnId);
    if (!plan || rowIndex < 0 || col < 0) return null;
    at = { table: plan.tableIndex, row: rowIndex + 1, col };
    title = `${field.label}: ${field.columns?.[col]?.label ?? ""}`;
  }
  return { op: "wrapBox", ...at, key, title, hint };
}

/** Every box the data part knows that has no control: wrapped again where the map finds its cell. */
export function repairBoxes(
  map: DocumentMap,
  boxes: Record<string, string>,
  data: DataPart,
  placeholders: boolean,
): { operations: WrapBox[]; notes: RepairNote[] } {
  const operations: WrapBox[] = [];
  const notes: RepairNote[] = [];
  for (const key of Object.keys(data.lastAttributed).filter((k) => !(k in boxes))) {
    const wrap = boxCell(map, data, key, placeholders);
    if (!wrap) continue;
    operations.push(wrap);
    notes.push({ code: "boxRestored", label: findField(splitBoxKey(key).fieldId)?.field.label ?? "" });
  }
  return { operations, notes };
}
