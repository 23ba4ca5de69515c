// Reading what a restore of a stripped form needs (the plan: src/domain/plans/restore-plan.ts;
// the operations are queued by apply-cell-ops.ts in the repair's batch).
import type { StaticTextChange } from "../domain";
import { cellId } from "../domain/plans/cell-ops";
import {
  cellsToRead,
  staticTextChangesOf,
  type RestoreSnapshot,
  type StaticSnapshot,
} from "../domain/plans/restore-plan";
import type { FormRead } from "./read-form";

/** The text outside the boxes as the form read found it (paragraphs and tables loaded). */
function staticSnapshotOf(read: FormRead): StaticSnapshot {
  const paragraphs = read.proxies.paragraphs.items;
  return {
    staticTexts: read.documentMap.staticParagraphs.map((i) => paragraphs[i]?.text ?? ""),
    tableValues: read.proxies.tables.items.map((t) => t.values ?? []),
  };
}

/** Where text outside the boxes differs from the template: paragraphs, then label cells. */
export function staticTextChanges(read: FormRead): StaticTextChange[] {
  return staticTextChangesOf(read.documentMap, staticSnapshotOf(read));
}

export interface RestoreRead {
  snapshot: RestoreSnapshot;
  /** The answer cells' paragraphs, by cellId: the plan deletes trailing stamp lines through them. */
  cells: Map<string, Word.ParagraphCollection>;
}

/** One round trip: the paragraphs of every answer cell the map finds. */
export async function readRestore(context: Word.RequestContext, read: FormRead): Promise<RestoreRead> {
  const tables = read.proxies.tables.items;
  const cells = new Map<string, Word.ParagraphCollection>();
  for (const cell of cellsToRead(read.documentMap)) {
    const table = tables[cell.table];
    if (table) cells.set(cellId(cell), table.getCell(cell.row, cell.col).body.paragraphs.load("items/text"));
  }
  await context.sync();
  const cellParagraphs = Object.fromEntries([...cells].map(([id, ps]) => [id, ps.items.map((p) => p.text)]));
  return { snapshot: { ...staticSnapshotOf(read), untaggedIds: read.untaggedIds, cellParagraphs }, cells };
}
