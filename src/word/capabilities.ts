// What this Word can do, decided once from requirement sets.
// https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets

import { REDUCED_TEXT } from "../domain/text/capabilities";

export interface Capabilities {
  /** WordApi 1.3: content controls with tags, tables, locks — the minimum for the form. */
  form: boolean;
  /** WordApi 1.4: the data part is a custom XML part written in the Word batch. */
  customXmlParts: boolean;
  /**
   * Common API set CustomXmlParts 1.1 (Word 2013 and later): without WordApi 1.4 (Word 2019) the
   * same custom XML part is written through Office.context.document.customXmlParts.
   * https://learn.microsoft.com/javascript/api/office/office.customxmlparts
   */
  commonXmlParts: boolean;
  /** WordApi 1.5: content-control change events (a hint only; the pane re-reads anyway). */
  events: boolean;
  /** WordApi 1.5: Document.save(saveBehavior, fileName) names a never-saved document. */
  saveWithName: boolean;
  /**
   * A copy as a file the user keeps: getFileAsync(Compressed) (common set CompressedFile) AND a
   * webview that lets add-ins download. Word for Mac and iPad do not (WKWebView; OfficeDev/office-js#2700, #4681).
   */
  fileCopy: boolean;
  /** Word on the web refuses to set ContentControl.placeholderText (NotAllowed, OfficeDev/office-js#785). */
  placeholders: boolean;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Platforms whose webview ignores downloads started by an add-in (Office.PlatformType values). */
const NO_DOWNLOADS = ["Mac", "iOS"];

/** `fileCopy`: whether the host exposes Document.getFileAsync at all; the CompressedFile set and the platform decide.
 * */
export function detectCapabilities(
  req: RequirementChecker | undefined,
  fileCopy: boolean,
  platform?: string | null,
): Capabilities {
  const has = (v: string) => !!req && req.isSetSupported("WordApi", v);
  return {
    form: has("1.3"),
    customXmlParts: has("1.4"),
    commonXmlParts: !!req && req.isSetSupported("CustomXmlParts", "1.1"),
    events: has("1.5"),
    saveWithName: has("1.5"),
    fileCopy: fileCopy && !!req && req.isSetSupported("CompressedFile") && !NO_DOWNLOADS.includes(platform ?? ""),
    placeholders: platform !== "OfficeOnline",
  };
}

/** The lines (src/domain/text/capabilities.ts) that say what is reduced on this host; empty when nothing is. */
export function reducedFeatures(c: Capabilities): string[] {
  if (!c.form) return [REDUCED_TEXT.form];
  const lines: string[] = [];
  if (!c.customXmlParts && !c.commonXmlParts) {
    lines.push(REDUCED_TEXT.dataPart);
  }
  if (!c.events) lines.push(REDUCED_TEXT.events);
  if (!c.saveWithName) lines.push(REDUCED_TEXT.saveWithName);
  if (!c.fileCopy) lines.push(REDUCED_TEXT.fileCopy);
  return lines;
}
