// What this Word can do, decided once from requirement sets.
// https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets

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

/** Plain Dutch lines that say what is reduced on this host; empty when nothing is. */
export function reducedFeatures(c: Capabilities): string[] {
  if (!c.form) return ["Deze versie van Word is te oud voor het formulier (Word 2016 of nieuwer is nodig)."];
  const lines: string[] = [];
  if (!c.customXmlParts && !c.commonXmlParts) {
    lines.push(
      "Deze versie van Word bewaart de gegevens van het formulier op een andere plek in het document dan nieuwere versies van Word. Is het document in een nieuwere versie van Word ingevuld? Werk het dan liever daar bij: dit venster ziet die gegevens niet.",
    );
  }
  if (!c.events)
    lines.push(
      "Typt u rechtstreeks in het document, buiten dit venster? Dan ziet het venster dat pas als u het document opent of opslaat, of terugkomt in het venster; niet meteen.",
    );
  if (!c.saveWithName)
    lines.push(
      "Dit venster kan een nieuw document hier niet zelf onder de juiste naam opslaan. Sla het op met Opslaan als, onder de naam die het venster bij Verzenden noemt.",
    );
  if (!c.fileCopy)
    lines.push(
      "Een kopie downloaden of een anonieme kopie maken kan in deze versie van Word niet (Word voor Mac en iPad laten invoegtoepassingen niets downloaden). Gebruik daarvoor Word op het web of Word voor Windows.",
    );
  return lines;
}
