// The Web Worker that reads another copy (read-copy-in-worker.ts starts it): readCopy within the
// read limits, off the pane's thread, so a large or hostile file never freezes the pane and the
// pane can stop it (Worker.terminate()). Bundled by webpack 5 as its own chunk from the add-in's
// origin, sharing the pane's chunks (JSZip, zod, the reader, the anonymiser): the browser build's
// XML (src/browser/xmldom.ts) is the page's DOMParser, which a worker lacks
// (https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API/Functions_and_classes_available_to_workers),
// so the worker hands it the real @xmldom/xmldom, as in the tests. Only this chunk ships xmldom.
import "../domain/zod-config"; // first: zod in jitless mode before any schema is built (no 'unsafe-eval' in workers either)
// the package's own file: `@xmldom/xmldom` itself is src/browser/xmldom.ts in the browser build (webpack.config.js)
import * as xmldom from "@xmldom/xmldom/lib/index.js";
import { provideXmlWithoutPlatform } from "../browser/xmldom";
import {
  isAnonymiseRequest,
  isReadRequest,
  progressMessage,
  resultMessage,
  type FromWorker,
} from "./copy-worker-protocol";
import { readCopy } from "./read-data-part";
import { makeCopy } from "./make-copy";

/** The parts of the worker's global scope used here (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
provideXmlWithoutPlatform(xmldom);

scope.onmessage = (event) => {
  const onProgress = (done: number, total: number) => scope.postMessage(progressMessage(done, total));
  const request = event.data;
  if (isAnonymiseRequest(request)) {
    // the research copy: its bytes go back transferred, not copied
    void makeCopy(request.bytes, request.code, request.marked, onProgress).then((result) =>
      scope.postMessage({ type: "anonymised", result }, result.ok ? [result.bytes] : []),
    );
    return;
  }
  if (!isReadRequest(request)) return;
  void readCopy(request.bytes, { onProgress }).then((result) => scope.postMessage(resultMessage(result)));
};
