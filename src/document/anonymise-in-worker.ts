// Makes the research copy in the copy worker (copy-worker.ts), so the pane stays responsive on a
// large document (a 12 MB document.xml takes seconds) and shows progress per step. Where there is
// no Worker (jsdom, Node) or it cannot start, the copy is made in this thread.
import { isFromWorker, transferableBytes, type AnonymiseRequest, type AnonymiseResult } from "./copy-worker-protocol";
import { startCopyWorker } from "./start-copy-worker";

export interface AnonymiseInWorkerOptions {
  code: string;
  marked: readonly string[];
  onProgress?: (done: number, total: number) => void;
  /** Starts the worker; null makes the copy in this thread. Defaults to the copy worker where Worker exists. */
  createWorker?: (() => Worker) | null;
}

export const COPY_WORKER_ERRORS = {
  crashed:
    "Het maken van de anonieme kopie is onverwacht gestopt. Er is niets verstuurd of opgeslagen; probeer het opnieuw.",
} as const;

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
  const { code, marked, onProgress } = options;
  const create = options.createWorker === undefined ? defaultWorker() : options.createWorker;
  if (!create) return makeCopyHere(bytes, code, marked, onProgress);
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return makeCopyHere(bytes, code, marked, onProgress);
  }
  return new Promise<AnonymiseResult>((resolve) => {
    const finish = (result: AnonymiseResult) => {
      worker.terminate();
      resolve(result);
    };
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
