// The messages between the pane and the copy worker (copy-worker.ts): reading another copy
// (read-copy-in-worker.ts) and making the research copy (anonymise-in-worker.ts). Pure: no
// Worker, no DOM. The pane sends the file's bytes once; the worker answers with progress and then
// one result (a CopyRead, or the research copy; else one Dutch sentence why not).
import type { ReviewItem } from "../domain/anonymise/review";
import type { CopyRead } from "./read-data-part";
import { progressText } from "../domain/text/read-copy";
import { copyProgressText } from "../domain/text/research-copy";

export { copyProgressText, progressText };

/** Pane → worker: read these bytes (transferred, not copied). */
export interface ReadRequest {
  type: "read";
  bytes: ArrayBuffer;
}

export interface ProgressMessage {
  type: "progress";
  /** Parts read so far, of `total`. */
  done: number;
  total: number;
}

export interface ResultMessage {
  type: "result";
  result: CopyRead;
}

/** Pane → worker: make the research copy of these bytes (transferred) with this code and these marked words. */
export interface AnonymiseRequest {
  type: "anonymise";
  bytes: ArrayBuffer;
  code: string;
  marked: string[];
}

/** The research copy as the worker sends it: the file (transferred), the report, the summary as JSON. */
export interface MadeCopy {
  ok: true;
  bytes: ArrayBuffer;
  fileName: string;
  counts: Record<string, number>;
  warnings: string[];
  review: ReviewItem[];
  removedLines: string[];
  limits: string[];
  summaryJson: string;
}

/** `cancelled`: the user stopped it (never sent by the worker itself). */
export type AnonymiseResult = MadeCopy | { ok: false; error: string; cancelled?: true };

export interface AnonymisedMessage {
  type: "anonymised";
  result: AnonymiseResult;
}

/** Worker → pane. */
export type FromWorker = ProgressMessage | ResultMessage | AnonymisedMessage;

export const progressMessage = (done: number, total: number): ProgressMessage => ({ type: "progress", done, total });
export const resultMessage = (result: CopyRead): ResultMessage => ({ type: "result", result });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

export function isReadRequest(value: unknown): value is ReadRequest {
  return isRecord(value) && value.type === "read" && value.bytes instanceof ArrayBuffer;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
const isReviewItems = (v: unknown): v is ReviewItem[] =>
  Array.isArray(v) &&
  v.every(
    (r) =>
      isRecord(r) &&
      typeof r.word === "string" &&
      typeof r.sentence === "string" &&
      (r.where === undefined || typeof r.where === "string"),
  );

export function isAnonymiseRequest(value: unknown): value is AnonymiseRequest {
  return (
    isRecord(value) &&
    value.type === "anonymise" &&
    value.bytes instanceof ArrayBuffer &&
    typeof value.code === "string" &&
    isStrings(value.marked)
  );
}

function isAnonymiseResult(r: unknown): r is AnonymiseResult {
  if (!isRecord(r)) return false;
  if (r.ok === false) return typeof r.error === "string";
  return (
    r.ok === true &&
    r.bytes instanceof ArrayBuffer &&
    typeof r.fileName === "string" &&
    isRecord(r.counts) &&
    Object.values(r.counts).every(isCount) &&
    isStrings(r.warnings) &&
    isReviewItems(r.review) &&
    isStrings(r.removedLines) &&
    isStrings(r.limits) &&
    typeof r.summaryJson === "string"
  );
}

/** A message from the worker as the pane may trust its shape (the worker is our own code; this guards against anything
 * else posting). */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isRecord(value)) return false;
  if (value.type === "progress") return isCount(value.done) && isCount(value.total) && value.done <= value.total;
  if (value.type === "anonymised") return isAnonymiseResult(value.result);
  if (value.type !== "result" || !isRecord(value.result)) return false;
  const r = value.result;
  return r.ok === true ? isRecord(r.data) && isRecord(r.boxTexts) : r.ok === false && typeof r.error === "string";
}

/** The worker's bytes: a copy of exactly the file's bytes as an ArrayBuffer that can be transferred. */
export function transferableBytes(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}
