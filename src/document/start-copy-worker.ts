// Starts the copy worker. Alone in this file because webpack 5 only recognises the literal
// `new Worker(new URL("./copy-worker.ts", import.meta.url))` (https://webpack.js.org/guides/web-workers/),
// and jest's CommonJS has no import.meta: jest maps this module to test/stubs/start-copy-worker.ts.
// webpack.config.js puts copy-worker.ts in the "worker" layer, where @xmldom/xmldom is the real one.

export function startCopyWorker(): Worker {
  return new Worker(/* webpackChunkName: "copy-worker" */ new URL("./copy-worker.ts", import.meta.url));
}
