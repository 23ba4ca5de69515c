// "Nieuwe handreiking" in a document that already holds something: the bundled plain handreiking
// is inserted after the existing content (Body.insertFileFromBase64 "End", WordApi 1.1: the body
// only, never the headers and footers) in one batch, and only the inserted part is converted.
// Nothing that was there is changed: no paragraph, picture, table, section or header/footer.
import { WordLayerError } from "./errors";
import type { Capabilities } from "./capabilities";
import { convertLoaded, type ConvertOptions, type ConvertResult } from "./convert";
import { readBodyContent } from "./body-content";
import { appendedAfterOf } from "../domain";
import { APPEND_NOTHING_BEFORE, APPEND_NOT_RECOGNISED } from "../domain/text/append";

export { APPEND_NOTHING_BEFORE, APPEND_NOT_RECOGNISED };

export async function appendTemplate(
  context: Word.RequestContext,
  caps: Capabilities,
  base64Docx: string,
  options: ConvertOptions,
): Promise<ConvertResult> {
  const body = context.document.body;
  // read now, in this run: where the existing content ends (the pane's view may be older)
  const before = body.paragraphs.load("items/text");
  const tablesBefore = body.tables.load("items");
  const controlsBefore = body.contentControls.load("items/id");
  await context.sync();
  // text or a table is content enough; only a body without them is read as OOXML (slow on a long body)
  const plainlyFilled = tablesBefore.items.length > 0 || before.items.some((p) => p.text.trim() !== "");
  if (!plainlyFilled && (await readBodyContent(context)).length === 0)
    throw new WordLayerError("invalid", { code: "appendNothingBefore" });
  const firstParagraph = before.items.length;
  const firstTable = tablesBefore.items.length;
  // recorded in the data part, checked before "Handreiking weer weghalen" removes anything
  const appendedAfter = appendedAfterOf({
    paragraphTexts: before.items.map((p) => p.text),
    tables: firstTable,
    controls: controlsBefore.items.length,
  });

  // one batch: the insertion, and loading what the converter reads
  body.insertFileFromBase64(base64Docx, "End");
  const paragraphs = body.paragraphs.load("items/text,items/tableNestingLevel");
  const tables = body.tables.load("items/values");
  await context.sync();

  const kept = before.items.every((p, i) => paragraphs.items[i]?.text === p.text);
  if (!kept) throw new WordLayerError("invalid", { code: "appendNotRecognised" });
  try {
    return await convertLoaded(
      context,
      caps,
      { ...options, appendedAfter },
      paragraphs.items.slice(firstParagraph),
      tables.items.slice(firstTable),
    );
  } catch (error) {
    if (error instanceof WordLayerError && error.kind === "notFound")
      throw new WordLayerError("invalid", { code: "appendNotRecognised" });
    throw error;
  }
}
