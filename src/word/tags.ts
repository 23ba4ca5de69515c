// Tags of the add-in's own content controls. Boxes are "hr:<boxKey>" (src/domain/boxes.ts);
// everything else the add-in locks carries one of these.
export const TAG_STATIC = "hr-static"; // headings, guidance, spacing: locked text
export const TAG_LABEL = "hr-label"; // label cells and table headers: locked
export const TAG_LOG = "hr-log"; // the visible change-log table: locked, written only by the add-in
/**
 * "hr-stamp:<fieldId>.<rowKey>" / "hr-stamp:<boxKey>": locked stamp lines the add-in writes after
 * agreement, under a row's first box ("Toegevoegd: PH 20201005, Ambiq") or under a corrected box
 * ("Gecorrigeerd: PH 20201005, Ambiq").
 */
export const TAG_STAMP_PREFIX = "hr-stamp:";

/** The box controls' look: a visible frame so people see where to type. */
export const BOX_COLOR = "#0F6E78";

/** Word separates paragraphs with \r (and line breaks with \v); the form uses \n. */
export function normaliseWordText(text: string): string {
  return text.replace(/\r\n|\r|\v/g, "\n").replace(/\n+$/, "");
}
