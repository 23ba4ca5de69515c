// Reads what the pane needs in at most two round trips: the content controls and the data
// part (sync 1), the part's XML (sync 2). A document that is not yet a form also gets its
// paragraphs and tables loaded in sync 1, so recognising it costs nothing extra.
import { mapDocument, parseBoxTag, parseDataPart, type DataPart, type DocumentMap, boxKey } from "../domain";
import type { Capabilities } from "./capabilities";
import { queueReadDataPart, type StorageRef } from "./storage";
import { TAG_LOG, normaliseWordText } from "./tags";

export interface BoxInDocument {
  id: number;
  text: string;
  cannotDelete: boolean;
}

export type DataState =
  | { status: "ok"; data: DataPart }
  | { status: "missing" }
  | { status: "unreadable"; error: string; raw: string }
  | { status: "several"; count: number; data: DataPart | null };

export interface FormRead {
  kind: "empty" | "plain" | "form" | "other";
  /** Present for empty/plain/other: how the document maps onto the template. */
  map: DocumentMap | null;
  /** Box controls by box key, with their current text. Duplicated tags keep the first. */
  boxes: Record<string, BoxInDocument>;
  /** Tags that appear on more than one control (a control copied by hand). */
  duplicateTags: string[];
  /** Controls tagged hr:… that name no box of this template (tag edited by hand). */
  strangeTags: string[];
  hasLogTable: boolean;
  data: DataState;
  storage: StorageRef;
}

/** Text of a box control, with Word's placeholder (shown while empty) read as empty. */
function boxText(cc: Word.ContentControl): string {
  const text = normaliseWordText(cc.text);
  return cc.placeholderText && text === normaliseWordText(cc.placeholderText) ? "" : text;
}

export async function readForm(context: Word.RequestContext, caps: Capabilities): Promise<FormRead> {
  const body = context.document.body;
  const controls = body.contentControls;
  controls.load("items/id,items/tag,items/text,items/placeholderText,items/cannotDelete");
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text,items/tableNestingLevel");
  const tables = body.tables;
  tables.load("items/values");
  const partRead = queueReadDataPart(context, caps);
  await context.sync();

  const pending = partRead.afterFirstSync();
  if (pending.needsSync) await context.sync();
  const stored = pending.finish();

  const boxes: Record<string, BoxInDocument> = {};
  const seen = new Set<string>();
  const duplicateTags = new Set<string>();
  const strangeTags: string[] = [];
  let hasLogTable = false;
  for (const cc of controls.items) {
    const tag = cc.tag ?? "";
    if (tag === TAG_LOG) hasLogTable = true;
    if (!tag.startsWith("hr:")) continue;
    const ref = parseBoxTag(tag);
    if (!ref) {
      strangeTags.push(tag);
      continue;
    }
    if (seen.has(tag)) {
      duplicateTags.add(tag);
      continue;
    }
    seen.add(tag);
    boxes[boxKey(ref)] = { id: cc.id, text: boxText(cc), cannotDelete: cc.cannotDelete };
  }

  const parsed = stored.xmls.map(parseDataPart);
  const firstOk = parsed.find((p) => p.ok);
  let data: DataState;
  if (parsed.length === 0) data = { status: "missing" };
  else if (parsed.length > 1) data = { status: "several", count: parsed.length, data: firstOk?.ok ? firstOk.data : null };
  else {
    const only = parsed[0];
    data = only?.ok ? { status: "ok", data: only.data } : { status: "unreadable", error: only?.error ?? "", raw: only?.ok === false ? only.raw : "" };
  }

  const isForm = seen.size > 0 || data.status !== "missing";
  const map = isForm
    ? null
    : mapDocument({
        paragraphs: paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
        tables: tables.items.map((t) => t.values),
      });
  return {
    kind: isForm ? "form" : (map?.kind ?? "other"),
    map,
    boxes,
    duplicateTags: [...duplicateTags],
    strangeTags,
    hasLogTable,
    data,
    storage: stored.storage,
  };
}
