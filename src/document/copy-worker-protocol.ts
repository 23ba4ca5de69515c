// The messages between the pane and the worker that reads another copy (copy-worker.ts,
// read-copy-in-worker.ts). Pure: no Worker, no DOM. The pane sends the file's bytes once; the
// worker answers with progress per part read and then one result (a CopyRead: the copy, or one
// Dutch sentence why not).
import type { CopyRead } from "./read-data-part";

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

/** Worker → pane. */
export type FromWorker = ProgressMessage | ResultMessage;

export const progressMessage = (done: number, total: number): ProgressMessage => ({ type: "progress", done, total });
export const resultMessage = (result: CopyRead): ResultMessage => ({ type: "result", result });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

export function isReadRequest(value: unknown): value is ReadRequest {
  return isRecord(value) && value.type === "read" && value.bytes instanceof ArrayBuffer;
}

/** A message from the worker as the pane may trust its shape (the worker is our own code; this guards against anything
 * else posting). */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isRecord(value)) return false;
  if (value.type === "progress") return isCount(value.done) && isCount(value.total) && value.done <= value.total;
  if (value.type !== "result" || !isRecord(value.result)) return false;
  const r = value.result;
  return r.ok === true ? isRecord(r.data) && isRecord(r.boxTexts) : r.ok === false && typeof r.error === "string";
}

/** "Bezig met lezen… onderdeel 3 van 12" (before the first part: without the count). */
export function progressText(progress: { done: number; total: number } | null): string {
  return progress && progress.total > 0
    ? `Bezig met lezen… onderdeel ${progress.done} van ${progress.total}`
    : "Bezig met lezen…";
}

/** The worker's bytes: a copy of exactly the file's bytes as an ArrayBuffer that can be transferred. */
export function transferableBytes(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}
