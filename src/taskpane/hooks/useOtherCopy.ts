// The other copy being read or read: its state, progress, cancelling, and what went wrong.
import { useRef, useState } from "react";
import type { CopyState } from "../../domain";

/** `cancelled`: the user stopped the reading; the pane stays as it was. */
export type ReadResult =
  { ok: true; there: CopyState; fileName: string } | { ok: false; message: string; cancelled?: boolean };

/** Reads the chosen file, reporting parts read; aborting `signal` cancels the reading. */
export type ReadOther = (
  file: File,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
) => Promise<ReadResult>;

/** `onNewComparison`: called when a reading ends in a new result (not when it was cancelled). */
export function useOtherCopy(readOther: ReadOther, onNewComparison: () => void) {
  const [other, setOther] = useState<{ there: CopyState; fileName: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  /** While a file is read: its progress (null before the first part) and how to cancel it. */
  const [reading, setReading] = useState<{ progress: { done: number; total: number } | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    const controller = new AbortController();
    abort.current = controller;
    setReading({ progress: null });
    const result = await readOther(file, (done, total) => setReading({ progress: { done, total } }), controller.signal);
    if (abort.current !== controller) return; // a newer choice took over
    abort.current = null;
    setReading(null);
    if (!result.ok && result.cancelled) {
      setNotice(result.message); // the comparison shown before stays as it was
      return;
    }
    setReadError(null);
    setOther(null);
    onNewComparison();
    if (result.ok) setOther({ there: result.there, fileName: result.fileName });
    else setReadError(result.message);
  };

  return { other, readError, reading, notice, choose, cancel: () => abort.current?.abort() };
}
