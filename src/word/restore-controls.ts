// A form saved by a program that keeps the data part but strips the add-in's content controls'
// tags and locks (LibreOffice 7.4, measured in test/word/libreoffice.test.ts: every control
// stays, untagged, unlocked, as an inline control in its own paragraph). The form is recognised by
// its data part; the controls are rebuilt from the template: boxes found by label and table
// position (src/domain/template/document-map.ts), the add-in's stamp lines recognised from the log, the
// static text compared with the template so text typed outside the boxes is reported, not locked in
// silently.
import {
  boxKey,
  diffStaticTexts,
  expectedLabelText,
  expectedStaticTexts,
  findField,
  newRowKey,
  rowPath,
  rowText,
  stampLinesOf,
  TEMPLATE,
  withoutEarlierParts,
  withRowsAdded,
  withRowsRemoved,
  type DataPart,
  type RowState,
  type StaticTextChange,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { lockControl, makeBox } from "./controls";
import { stampNote } from "./edits";
import type { FormRead } from "./read-form";
import { TAG_LABEL, TAG_LOG, TAG_STATIC, normaliseWordText } from "./tags";

/** Where text outside the boxes differs from the template: paragraphs, then label cells. */
export function staticTextChanges(read: FormRead): StaticTextChange[] {
  const paragraphs = read.proxies.paragraphs.items;
  const outside = withoutEarlierParts(
    read.documentMap.staticParagraphs.map((i) => paragraphs[i]?.text ?? ""),
    TEMPLATE.changeLog.title,
  );
  const changes = diffStaticTexts(expectedStaticTexts(TEMPLATE), outside);
  for (const plan of read.documentMap.tables) {
    if (plan.kind !== "fields") continue;
    const values = read.proxies.tables.items[plan.tableIndex]?.values ?? [];
    for (const row of plan.rows) {
      const field = findField(row.fieldId)?.field;
      const shown = normaliseWordText(values[row.row]?.[0] ?? "");
      if (field && diffStaticTexts(expectedLabelText(field).split("\n"), shown.split("\n")).length > 0)
        changes.push({ before: expectedLabelText(field), after: shown });
    }
  }
  return changes;
}

export interface Restored {
  data: DataPart;
  /** Dutch repair notes, with before/after where text outside the boxes changed. */
  notes: { description: string; before?: string; after?: string }[];
}

/**
 * Rebuilds the controls of a stripped form (two syncs: unwrap the untagged controls and read the
 * answer cells' paragraphs, then queue the new controls; the caller's commit writes them).
 */
/** `rebuilt`: the data part was lost too; the boxes' texts are taken over as they stand. */
export async function restoreControls(
  context: Word.RequestContext,
  read: FormRead,
  data: DataPart,
  caps: Capabilities,
  rebuilt: boolean,
  random?: () => number,
): Promise<Restored> {
  const notes: Restored["notes"] = [];
  for (const change of staticTextChanges(read)) {
    const what = change.before === "" ? "toegevoegd" : change.after === "" ? "verwijderd" : "gewijzigd";
    notes.push({
      description: `Tekst buiten de vakken ${what} in een ander programma; de tekst is blijven staan en weer vergrendeld.`,
      before: change.before,
      after: change.after,
    });
  }
  for (const id of read.untaggedIds) context.document.contentControls.getById(id).delete(true);
  const { tables, paragraphs } = read.proxies;

  // The answer cells, with the rows keys they stand for.
  interface Cell {
    table: Word.Table;
    row: number;
    col: number;
    key: string;
    title: string;
    hint: string | null;
    fieldHint?: string;
    rowStampKey?: string;
    paragraphs: Word.ParagraphCollection;
  }
  const cells: Cell[] = [];
  let rows: RowState = { lastAttributed: data.lastAttributed, rowOrder: data.rowOrder };
  for (const plan of read.documentMap.tables) {
    const table = tables.items[plan.tableIndex];
    if (!table) continue;
    if (plan.kind === "fields") {
      for (const row of plan.rows) {
        const field = findField(row.fieldId)?.field;
        if (!field) continue;
        lockControl(table.getCell(row.row, 0).body.insertContentControl(), TAG_LABEL);
        cells.push({
          table,
          row: row.row,
          col: 1,
          key: field.id,
          title: field.label,
          hint: caps.placeholders ? field.hint : null,
          fieldHint: field.hint,
          paragraphs: table.getCell(row.row, 1).body.paragraphs.load("items/text"),
        });
      }
    } else if (plan.kind === "rows") {
      const field = findField(plan.fieldId)?.field;
      const columns = field?.columns ?? [];
      columns.forEach((_, c) => lockControl(table.getCell(0, c).body.insertContentControl(), TAG_LABEL));
      const gone = (rows.rowOrder[plan.fieldId] ?? []).slice(plan.dataRows.length);
      for (const rowKey of gone) {
        notes.push({
          description: `Rij verwijderd in een ander programma (${field?.label ?? plan.fieldId}).`,
          before: rowText(rows.lastAttributed, plan.fieldId, rowKey, columns),
        });
      }
      rows = withRowsRemoved(rows, plan.fieldId, gone, columns);
      const added: string[] = [];
      while ((rows.rowOrder[plan.fieldId] ?? []).length + added.length < plan.dataRows.length) {
        added.push(newRowKey(random, [...(rows.rowOrder[plan.fieldId] ?? []), ...added]));
        if (!rebuilt)
          notes.push({
            description: `Rij toegevoegd in een ander programma (${field?.label ?? plan.fieldId}); wat erin staat wordt getoond om vast te leggen wie het schreef.`,
          });
      }
      rows = withRowsAdded(rows, plan.fieldId, added, columns);
      (rows.rowOrder[plan.fieldId] ?? []).forEach((rowKey, r) =>
        columns.forEach((column, c) =>
          cells.push({
            table,
            row: r + 1,
            col: c,
            key: boxKey({ fieldId: plan.fieldId, rowKey, columnId: column.id }),
            title: `${field?.label ?? ""}: ${column.label}`,
            hint: "",
            ...(c === 0 ? { rowStampKey: rowPath(plan.fieldId, rowKey) } : {}),
            paragraphs: table.getCell(r + 1, c).body.paragraphs.load("items/text"),
          }),
        ),
      );
    } else if (plan.kind === "log") {
      lockControl(table.insertContentControl(), TAG_LOG);
    } else {
      lockControl(table.insertContentControl(), TAG_STATIC);
    }
  }
  await context.sync();
  const { rowOrder } = rows;
  const lastAttributed = { ...rows.lastAttributed };

  for (const index of read.documentMap.staticParagraphs) {
    const paragraph = paragraphs.items[index];
    if (paragraph) lockControl(paragraph.insertContentControl(), TAG_STATIC);
  }
  const stamps = stampLinesOf(data.changeLog);
  for (const cell of cells) {
    // Trailing lines the add-in wrote as stamps stay stamps (outside the box); the rest is the box.
    const items = cell.paragraphs.items;
    let end = items.length;
    while (end > 1 && stamps.has(items[end - 1]!.text.trim())) end -= 1;
    const trailing = items.slice(end);
    trailing.forEach((p) => p.delete());
    const box = cell.table.getCell(cell.row, cell.col).body.insertContentControl();
    makeBox(box, cell.key, cell.title, cell.hint);
    // LibreOffice saves a shown placeholder (the hint) as real text: an empty box stays empty.
    const text = items
      .slice(0, end)
      .map((p) => p.text)
      .join("\n")
      .replace(/\n+$/, "");
    const placeholder = cell.fieldHint !== undefined && text === cell.fieldHint;
    if (rebuilt) lastAttributed[cell.key] = placeholder ? "" : text;
    if (placeholder && (lastAttributed[cell.key] ?? "") === "") box.clear();
    for (const p of trailing) {
      const text = p.text.trim();
      const stampKey = text.startsWith("Toegevoegd:") ? (cell.rowStampKey ?? cell.key) : cell.key;
      stampNote(cell.table.getCell(cell.row, cell.col).body.insertParagraph(text, "End"), stampKey);
    }
  }
  notes.unshift({
    description:
      "Vakken en vergrendelingen hersteld: het document was opgeslagen in een programma dat ze verwijdert (bijvoorbeeld LibreOffice). Gegevens en logboek waren er nog.",
  });
  return { data: { ...data, rowOrder, lastAttributed }, notes };
}
