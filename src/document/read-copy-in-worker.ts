// Reads another copy in a Web Worker (copy-worker.ts), so the pane stays responsive however
// large or hostile the file: progress per part, cancel (the worker is terminated), and the time
// budget of read-limits.ts enforced from outside (a worker stuck in one parser call cannot check
// its own deadline: terminating it always works). Where there is no Worker (jsdom, Node) the
// copy is read in this thread with the same limits.
import { isFromWorker, transferableBytes, type ReadRequest } from "./copy-worker-protocol";
import { LIMIT_ERRORS, READ_LIMITS, type ReadLimits } from "./read-limits";
import { readCopy, type CopyRead } from "./read-data-part";
import { startCopyWorker } from "./start-copy-worker";
import { WORKER_ERRORS } from "../domain/text/read-copy";
export { WORKER_ERRORS };

/** The copy, a refusal in one Dutch sentence, or cancelled by the user. */
export type WorkerRead = CopyRead | { ok: false; cancelled: true; error: string };

export interface WorkerReadOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the worker and resolves as cancelled. */
  signal?: AbortSignal;
  limits?: ReadLimits;
  /** Starts the worker; null reads in this thread. Defaults to the copy worker where Worker exists. */
  createWorker?: (() => Worker) | null;
}

const cancelled = (): WorkerRead => ({ ok: false, cancelled: true, error: WORKER_ERRORS.cancelled });

const defaultWorker = (): (() => Worker) | null => (typeof Worker === "function" ? startCopyWorker : null);

export function readCopyInWorker(bytes: Uint8Array, options: WorkerReadOptions = {}): Promise<WorkerRead> {
  const { onProgress, signal, limits = READ_LIMITS } = options;
  if (signal?.aborted) return Promise.resolve(cancelled());
  const create = options.createWorker === undefined ? defaultWorker() : options.createWorker;
  if (!create) return readInThread(bytes, limits, onProgress, signal);

  let worker: Worker;
  try {
    worker = create();
  } catch {
    // a worker that cannot start (a page policy, a missing chunk): read here, with the same limits
    return readInThread(bytes, limits, onProgress, signal);
  }
  return new Promise<WorkerRead>((resolve) => {
    let settled = false;
    const finish = (result: WorkerRead) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
      resolve(result);
    };
    // a worker stuck in one long parser call cannot check its own deadline: end it from here
    const timer = setTimeout(() => finish({ ok: false, error: LIMIT_ERRORS.tooSlow }), limits.timeBudgetMs);
    const onAbort = () => finish(cancelled());
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isFromWorker(message)) return;
      if (message.type === "progress") onProgress?.(message.done, message.total);
      else if (message.type === "result") finish(message.result);
    };
    worker.onerror = (event: Event) => {
      event.preventDefault(); // the pane says it in Dutch; no English in the console
      finish({ ok: false, error: WORKER_ERRORS.crashed });
    };
    const request: ReadRequest = { type: "read", bytes: transferableBytes(bytes) };
    worker.postMessage(request, [request.bytes]);
  });
}

/** Without a worker: readCopy here; a cancel resolves at once (the read's result is then dropped). */
function readInThread(
  bytes: Uint8Array,
  limits: ReadLimits,
  onProgress: WorkerReadOptions["onProgress"],
  signal: AbortSignal | undefined,
): Promise<WorkerRead> {
  const read = readCopy(bytes, { limits, onProgress });
  if (!signal) return read;
  return new Promise<WorkerRead>((resolve) => {
    const onAbort = () => resolve(cancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    void read.then((result) => {
      signal.removeEventListener("abort", onAbort);
      resolve(signal.aborted ? cancelled() : result);
    });
  });
}
