// How the add-in's content controls are set up: boxes are framed and undeletable; all other
// text is locked against editing and deleting.
// https://learn.microsoft.com/javascript/api/word/word.contentcontrol (cannotEdit, cannotDelete: WordApi 1.1)
import { boxTag } from "../domain";
import { BOX_COLOR, normaliseWordText } from "./tags";

export function lockControl(cc: Word.ContentControl, tag: string): void {
  cc.tag = tag;
  cc.appearance = "Hidden";
  cc.cannotDelete = true;
  cc.cannotEdit = true;
}

/** `hint` only where the host lets add-ins set placeholder text (not Word on the web). */
export function makeBox(cc: Word.ContentControl, key: string, title: string, hint: string | null): void {
  cc.tag = boxTag(key);
  cc.title = title;
  if (hint) cc.placeholderText = hint;
  cc.appearance = "BoundingBox";
  cc.color = BOX_COLOR;
  cc.cannotDelete = true;
  cc.cannotEdit = false;
}

/** Text of a box control (text and placeholderText loaded), with Word's placeholder (shown while empty) read as empty.
 * */
export function boxText(cc: Word.ContentControl): string {
  const text = normaliseWordText(cc.text);
  return cc.placeholderText && text === normaliseWordText(cc.placeholderText) ? "" : text;
}

export function boxControl(context: Word.RequestContext, key: string): Word.ContentControl {
  return context.document.contentControls.getByTag(boxTag(key)).getFirst();
}
