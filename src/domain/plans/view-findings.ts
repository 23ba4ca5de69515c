// The types of what opening a form can find wrong with it, apart from the plan that decides them
// (view-problems.ts) and the words that say them (text/view.ts), so neither imports the other.
import type { DataPart } from "../data-part/data-part-model";
import type { LogProblem } from "../log/log-problems";

/** The data part as read from the document. */
export type DataState =
  | { status: "ok"; data: DataPart }
  | { status: "missing" }
  | { status: "unreadable"; error: string; raw: string }
  | { status: "several"; count: number; data: DataPart | null }
  /** Written by a newer add-in (a later namespace or data format): only read. `message`: which version, what to do. */
  | { status: "future"; message?: string };

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

/** One finding, as a code with the data its sentence needs. */
export type ViewFinding =
  /** The data part is of a later format; `reason` is the parser's own sentence when it gave one. */
  | { id: "dataFuture"; reason?: string }
  /** The form is of a later version of the handreiking than `known`. */
  | { id: "templateNewer"; version: string; known: string }
  | { id: "dataMissing" }
  | { id: "dataUnreadable"; error: string }
  | { id: "dataSeveral"; count: number }
  /** Another program dropped our controls; `dataKept`: the data part is there; `outsideChanges`: texts changed. */
  | { id: "controlsStripped"; dataKept: boolean; outsideChanges: number }
  | { id: "boxMissing"; count: number }
  | { id: "archiveMissing" }
  | { id: "logMissing" }
  | { id: "duplicateTags" }
  | { id: "strangeTags" }
  /** A problem the log check found; it carries its own sentence (log-problems.ts). */
  | { id: "log"; problem: LogProblem };
