// "Handreiking weer weghalen": removes exactly what "Nieuwe handreiking" added after existing
// content, while the form is untouched. One read, a check against what the append recorded in the
// data part (appendedAfter), then ONE batch that unlocks and unwraps the form's controls, deletes
// the inserted tables and paragraphs and (Word API storage) the data part. Anything else: refused,
// nothing changed. The original paragraphs, tables and controls come before the recorded counts
// and are never addressed.
import { originalStillThere, type AppendedAfter } from "../domain";
import { WordLayerError } from "./errors";
import { deleteCommonPart, persistSettings, SETTINGS_KEY, type StorageRef } from "./storage";
import { UNDO_MOVED, UNDO_NOT_APPENDED, UNDO_TOUCHED } from "../domain/text/append";

export { UNDO_MOVED, UNDO_NOT_APPENDED, UNDO_TOUCHED };

export async function removeAppended(
  context: Word.RequestContext,
  recorded: AppendedAfter,
  storage: StorageRef,
): Promise<void> {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load("items/text,items/tableNestingLevel");
  const tables = body.tables.load("items");
  const controls = body.contentControls.load("items/id");
  await context.sync();
  const now = {
    paragraphTexts: paragraphs.items.map((p) => p.text),
    tables: tables.items.length,
    controls: controls.items.length,
  };
  if (!originalStillThere(recorded, now)) throw new WordLayerError("invalid", { code: "undoMoved" });

  // the one batch: controls after the original ones, innermost first (reverse document order),
  // unlocked and unwrapped; then the inserted tables and the inserted paragraphs outside tables
  const added = controls.items.slice(recorded.controls).reverse();
  for (const c of added) {
    c.cannotDelete = false;
    c.cannotEdit = false;
  }
  for (const c of added) c.delete(true);
  for (const t of tables.items.slice(recorded.tables)) t.delete();
  for (const p of paragraphs.items.slice(recorded.paragraphs)) if (p.tableNestingLevel === 0) p.delete();
  if (storage.kind === "customXml") {
    const parts = context.document.customXmlParts;
    for (const id of [...(storage.partId ? [storage.partId] : []), ...(storage.leftovers?.staleParts ?? [])])
      parts.getItem(id).delete();
  }
  await context.sync();
  await removeOutsideBatch(storage);
}

/** The Common API and the settings are not part of a Word batch: their data goes after it. */
async function removeOutsideBatch(storage: StorageRef): Promise<void> {
  if (storage.kind === "commonXml") {
    for (const id of [...(storage.partId ? [storage.partId] : []), ...(storage.leftovers?.staleParts ?? [])])
      await deleteCommonPart(id);
  } else if (storage.kind === "settings") {
    Office.context.document.settings.remove(SETTINGS_KEY);
    await persistSettings();
  }
}
