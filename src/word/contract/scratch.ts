// Small helpers the contract cases share: scratch content at the end of the (empty) document.
import { codeOf } from "../errors";

/** Tag of every control a case inserts; the runner removes them. */
export const SCRATCH_TAG = "hr-zelftest";
/** Namespace of every custom XML part a case adds; the case deletes it again. */
export const SCRATCH_NAMESPACE = "urn:handreiking-regie:zelftest";

/** A rich-text control around a new paragraph at the end of the body. */
export function scratchControl(context: Word.RequestContext, text: string): Word.ContentControl {
  const cc = context.document.body.insertParagraph(text, "End").insertContentControl();
  cc.tag = SCRATCH_TAG;
  return cc;
}

/** A scratch control with `text`, locked (cannotEdit) and synced: how the add-in leaves labels and the log. */
export async function lockedScratchControl(context: Word.RequestContext, text: string): Promise<Word.ContentControl> {
  const cc = scratchControl(context, text);
  cc.cannotEdit = true;
  await context.sync();
  return cc;
}

/** Runs a sync that is expected to fail: "geweigerd (<code>)" or "uitgevoerd". */
export async function refusedOrDone(context: Word.RequestContext): Promise<string> {
  try {
    await context.sync();
    return "uitgevoerd";
  } catch (error) {
    return `geweigerd (${codeOf(error) ?? "zonder code"})`;
  }
}

/** JSON-quoted, so \r, \n and \v stay visible in the report. */
export const quoted = (text: string): string => JSON.stringify(text);
