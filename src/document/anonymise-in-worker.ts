// Makes the research copy in the copy worker (copy-worker.ts), so the pane stays responsive on a
// large document (a 12 MB document.xml takes seconds) and shows progress per step. Where there is
// no Worker (jsdom, Node) or it cannot start, the copy is made in this thread.
import { isFromWorker, transferableBytes, type AnonymiseRequest, type AnonymiseResult } from "./copy-worker-protocol";
import { startCopyWorker } from "./start-copy-worker";
import { COPY_WORKER_ERRORS } from "../domain/text/research-copy";
export { COPY_WORKER_ERRORS };

export interface AnonymiseInWorkerOptions {
  code: string;
  marked: readonly string[];
  onProgress?: (done: number, total: number) => void;
  /** Starts the worker; null makes the copy in this thread. Defaults to the copy worker where Worker exists. */
  createWorker?: (() => Worker) | null;
  /** Aborting it ends the worker: nothing is made, nothing saved. */
  signal?: AbortSignal;
}

const cancelled = (): AnonymiseResult => ({ ok: false, error: COPY_WORKER_ERRORS.cancelled, cancelled: true });

/** Without a worker the copy cannot be stopped midway: a cancel resolves at once and its result is dropped. */
function orCancel(making: Promise<AnonymiseResult>, signal: AbortSignal | undefined): Promise<AnonymiseResult> {
  if (!signal) return making;
  return Promise.race([
    making,
    new Promise<AnonymiseResult>((resolve) => signal.addEventListener("abort", () => resolve(cancelled()))),
  ]);
}

/** The copy in this thread: the anonymiser and its name lists load only now, in their own chunk. */
async function makeCopyHere(
  bytes: Uint8Array,
  code: string,
  marked: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<AnonymiseResult> {
  const { makeCopy } = await import(/* webpackChunkName: "namenlijsten" */ "./make-copy");
  return makeCopy(bytes, code, marked, onProgress);
}

const defaultWorker = (): (() => Worker) | null => (typeof Worker === "function" ? startCopyWorker : null);

export function anonymiseInWorker(bytes: Uint8Array, options: AnonymiseInWorkerOptions): Promise<AnonymiseResult> {
  const { code, marked, onProgress, signal } = options;
  if (signal?.aborted) return Promise.resolve(cancelled());
  const create = options.createWorker === undefined ? defaultWorker() : options.createWorker;
  if (!create) return orCancel(makeCopyHere(bytes, code, marked, onProgress), signal);
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return orCancel(makeCopyHere(bytes, code, marked, onProgress), signal);
  }
  return new Promise<AnonymiseResult>((resolve) => {
    let settled = false;
    const finish = (result: AnonymiseResult) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
      resolve(result);
    };
    // the user stops it: the worker ends mid-copy, its bytes are never sent back
    const onAbort = () => finish(cancelled());
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isFromWorker(message)) return;
      if (message.type === "progress") onProgress?.(message.done, message.total);
      else if (message.type === "anonymised") finish(message.result);
    };
    worker.onerror = (event: Event) => {
      event.preventDefault(); // the pane says it in Dutch
      finish({ ok: false, error: COPY_WORKER_ERRORS.crashed });
    };
    const request: AnonymiseRequest = { type: "anonymise", bytes: transferableBytes(bytes), code, marked: [...marked] };
    worker.postMessage(request, [request.bytes]);
  });
}
