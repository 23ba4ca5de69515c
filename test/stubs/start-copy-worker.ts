// jest stand-in for src/document/start-copy-worker.ts (jest's CommonJS has no import.meta): the
// global Worker a test installed (a fake), started on a name instead of webpack's chunk URL.
export function startCopyWorker(): Worker {
  return new Worker("copy-worker.js");
}
