// Reading what a body holds beyond its text (Body.getOoxml, WordApi 1.1): the kinds come from
// src/document/body-content.ts, the decision from the domain (bodyContent). Read only for a body
// without text and tables, so a form's long body is never fetched as OOXML.
import { bodyContent, mapDocument, type ContentKind, type DocumentMap } from "../domain";
import { contentKindsOfOoxml } from "../document/body-content";
import { WordLayerError } from "./errors";
import { wholeSnapshot } from "./read-tail";

/** The document map of loaded paragraphs and tables, with the body's OOXML read in one more round trip. */
export async function withBodyContent(
  context: Word.RequestContext,
  paragraphs: Word.ParagraphCollection,
  tables: Word.TableCollection,
): Promise<DocumentMap> {
  const ooxml = context.document.body.getOoxml();
  await context.sync();
  return mapDocument({ ...wholeSnapshot(paragraphs, tables), ooxmlKinds: contentKindsOfOoxml(ooxml.value) });
}

/** What the body holds ([]: empty): its text, content controls and OOXML, read in one round trip. */
export async function readBodyContent(context: Word.RequestContext): Promise<ContentKind[]> {
  const body = context.document.body;
  body.load("text");
  const controls = body.contentControls.load("items/id");
  const ooxml = body.getOoxml();
  await context.sync();
  return bodyContent({
    text: body.text,
    tables: 0, // a table is in the OOXML (w:tbl); Body.tables needs WordApi 1.3
    contentControls: controls.items.length,
    ooxmlKinds: contentKindsOfOoxml(ooxml.value),
  });
}

/** Refuses (a Dutch WordLayerError) unless the body is empty; called in the same Word.run right before writing. */
export async function assertBodyEmpty(context: Word.RequestContext): Promise<void> {
  const content = await readBodyContent(context);
  if (content.length > 0) throw new WordLayerError("invalid", { code: "notEmpty", content });
}
