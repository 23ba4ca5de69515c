// The façade the task pane uses: everything it may ask of Word, as plain data in and out.
// The pane never sees Office.js objects; tests and the preview can pass another implementation.
import type {
  AgreementNote,
  AttributedOutsideEdit,
  CopyState,
  DataPart,
  DocumentMap,
  FormValues,
  HiddenData,
  LogProblem,
  MergeChoice,
  OutsideEdit,
  Profile,
} from "../domain";
import type { Capabilities } from "./capabilities";

export type { AttributedOutsideEdit, OutsideEdit } from "../domain";

/** Where "Nieuwe handreiking" puts the template: into an empty body (default) or after existing content. */
export type NewPlacement = "empty" | "afterContent";

export type DocumentKind = "empty" | "plain" | "form" | "other";

/** Something in the document the add-in did not put there, and what it will do about it (the log's own: LogProblem). */
export interface DocumentProblem extends Omit<LogProblem, "id"> {
  id:
    /** A signature that does not verify (entry-signature.ts); found by the pane with its key ring, not by Word. */
    | "signature"
    | "boxMissing"
    | "controlsStripped"
    | "dataMissing"
    | "dataUnreadable"
    | "dataSeveral"
    | "dataFuture"
    | "duplicateTags"
    | "strangeTags"
    | "logMissing"
    | "archiveMissing"
    | LogProblem["id"];
}

/** Which log is right when they disagree: the visible table, or the hidden data part. */
export type LogSide = "visible" | "data";

export { CHOOSE_LOG_SIDE } from "../domain/text/edits";

export interface FormView {
  kind: DocumentKind;
  capabilities: Capabilities;
  /** Dutch lines: what this Word cannot do (empty when nothing is reduced). */
  reduced: string[];
  /** For a plain or other document: what was recognised, and what the body holds (content; absent in older fakes). */
  map:
    (Pick<DocumentMap, "fieldsFound" | "fieldsMissing" | "stepsFound"> & Partial<Pick<DocumentMap, "content">>) | null;
  /** The form's data part (null until converted, or when missing/unreadable). */
  data: DataPart | null;
  /** Box key → text as it stands in the document now. */
  boxTexts: Record<string, string>;
  /** The boxes read as form values (rows in document order); while `notRestored`, the data part's. */
  values: FormValues;
  /**
   * The boxes are gone from the document (saved by another program, e.g. LibreOffice) but the data
   * part is there: `values` are its last attributed texts, for the pane to show read-only until a
   * repair puts the boxes back. `boxTexts` stays what the document holds (nothing).
   */
  notRestored?: boolean;
  /** Field id → Dutch message where a box's text could not be read as its kind. */
  unreadable: Record<string, string>;
  /** Boxes changed outside the pane since they were last attributed. */
  outsideEdits: OutsideEdit[];
  problems: DocumentProblem[];
  /** Once, for a log from before the chain: from when the log is checked. */
  logNotice?: string | null;
  /**
   * The form is of an earlier version of the handreiking than the add-in's: what upgrading
   * changes (see upgradeTemplate). Until it is upgraded, the pane changes nothing else in it.
   */
  templateUpgrade?: TemplateUpgradeNotice | null;
  /**
   * How many of the oldest log entries were not read (archived): `data.changeLog` holds the entries
   * after them, and the problems cover only those, their links, the current state and the visible
   * log's newest rows. 0 or absent: the whole log was read and checked (openWholeLog).
   */
  logStart?: number;
}

/** What upgrading the form to the add-in's version of the handreiking will do, for the pane. */
export interface TemplateUpgradeNotice {
  from: string;
  to: string;
  /** Plain Dutch, one change per line (empty when `error` is set). */
  changes: string[];
  /** The form is agreed; `newAgreement` says whether it must be agreed again after the upgrade. */
  agreed: boolean;
  newAgreement: string[];
  /** Set when this version cannot be upgraded automatically (Dutch). */
  error?: string;
}

/** Where the other copy came from, named in the merge entry. */
export interface CopySource {
  fileName: string;
}

export type SaveOutcome =
  | { status: "saved"; fileName: string }
  /** The document already has a name: no Word API renames it (Save As by hand). */
  | { status: "alreadyNamed" }
  | { status: "notSupported"; message: string };

export interface FormGateway {
  /** Reads the document; the log only as far as the data part holds it (see FormView.logStart). */
  open(): Promise<FormView>;
  /** Reads the document with the whole log (archive parts included) and checks all of it. */
  openWholeLog(): Promise<FormView>;
  /**
   * A new handreiking: into an empty document, or with `placement` "afterContent" after what the
   * document already holds (append-template.ts: nothing that was there changes).
   */
  newDocument(profile: Profile, placement?: NewPlacement): Promise<FormView>;
  /**
   * "Handreiking weer weghalen": takes out a handreiking that "Nieuwe handreiking" put after existing
   * content, while it is untouched (only the conversion entry, nothing typed, no outside edit);
   * otherwise refused in Dutch with nothing changed (undo-append.ts).
   */
  removeAppended(): Promise<FormView>;
  convert(profile: Profile): Promise<FormView>;
  writeBox(key: string, text: string, profile: Profile): Promise<FormView>;
  amend(key: string, addition: string, profile: Profile): Promise<FormView>;
  /** Marks the form agreed; the note (required boxes still empty, and why) goes into the log. */
  agree(day: string, profile: Profile, note?: AgreementNote): Promise<FormView>;
  addRow(fieldId: string, profile: Profile): Promise<FormView>;
  removeRow(fieldId: string, rowKey: string, profile: Profile): Promise<FormView>;
  /**
   * Logs edits made outside the pane, each with its author: the trusted hand stamp in its text,
   * a person chosen in the pane, or "onbekend". Refuses an edit without an author, and reads
   * the boxes again first: refuses when the document no longer holds the confirmed text.
   */
  attributeOutsideEdits(edits: readonly AttributedOutsideEdit[], profile: Profile): Promise<FormView>;
  /** `logSide`: which log is right when the visible log and the data part disagree (required then). */
  repair(profile: Profile, logSide?: LogSide): Promise<FormView>;
  /**
   * Brings another copy's changes into this document as attributed "merge" entries. Reads the
   * document again first and refuses when a conflicting box has no choice or changed meanwhile.
   */
  mergeCopy(
    there: CopyState,
    choices: Record<string, MergeChoice>,
    profile: Profile,
    source?: CopySource,
  ): Promise<FormView>;
  /** Upgrades the form to the add-in's version of the handreiking (see FormView.templateUpgrade). */
  upgradeTemplate(profile: Profile): Promise<FormView>;
  /** Selects the box in the document (no-op where the host cannot). */
  selectBox(key: string): Promise<void>;
  /** Saves a never-saved document under the file name (WordApi 1.5), else says why not. */
  saveWithName(fileNameWithoutExtension: string): Promise<SaveOutcome>;
  /** What the saved file carries that nobody sees in the text: data part, log, archive parts, quarantined data. */
  hiddenData(): Promise<HiddenData>;
  /** Removes one piece of quarantined data (id from hiddenData); the removal is logged. */
  removeQuarantined(id: string, profile: Profile): Promise<FormView>;
  /** The whole document as .docx bytes (Office.context.document.getFileAsync), or null where unsupported. */
  getCopy(): Promise<Uint8Array | null>;
  /** Calls back when Word reports a change (a hint; the pane re-reads). Returns an unsubscribe. */
  onDocumentChanged(callback: () => void): () => void;
}
