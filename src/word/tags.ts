// Tags of the add-in's own content controls are part of the document format: src/domain/form/boxes.ts.
export { TAG_LABEL, TAG_LOG, TAG_STAMP_PREFIX, TAG_STATIC } from "../domain";
import { wordTextToForm } from "../domain/text/line-breaks";

/** The box controls' look: a visible frame so people see where to type. */
export const BOX_COLOR = "#0F6E78";

/** Word separates paragraphs with \r (and line breaks with \v); the form uses \n. */
export function normaliseWordText(text: string): string {
  return wordTextToForm(text);
}
