// The document as the pane knows it: the last FormView, the error of the last call, and a
// way to run gateway calls. Re-reads the document when the pane opens, when the window gets
// focus back, and when Word reports a change (outside edits must be noticed).
import { useCallback, useEffect, useRef, useState } from "react";
import type { FormGateway, FormView } from "../../word/gateway";
import { errorMessage } from "../error-message";

export type Outcome<T> = { ok: true; value: T } | { ok: false };

export interface FormViewState {
  view: FormView | null;
  /** Dutch message of the last failed call; the view and every draft stay as they were. */
  error: string | null;
  busy: boolean;
  /** Re-reads the document; resolves with the fresh view (null when reading failed). */
  refresh: () => Promise<FormView | null>;
  /** Runs a call that returns a new view; false when it failed (the error is shown). */
  apply: (call: () => Promise<FormView>) => Promise<boolean>;
  /** Runs any other call; the error is shown when it fails. */
  perform: <T>(call: () => Promise<T>) => Promise<Outcome<T>>;
  dismissError: () => void;
}

/** Who asked: the user's action, the user's own re-read, or Word / the window prompting one. */
type Origin = "action" | "read" | "reread";

export function useFormView(gateway: FormGateway): FormViewState {
  const [view, setView] = useState<FormView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const alive = useRef(true);

  // A re-read Word or the window prompted clears only an error that came from reading: a refused
  // save's message must not vanish before the user has read it.
  const errorFromReading = useRef(false);
  const run = useCallback(async <T>(call: () => Promise<T>, origin: Origin): Promise<Outcome<T>> => {
    setPending((n) => n + 1);
    try {
      const value = await call();
      if (alive.current && (origin !== "reread" || errorFromReading.current)) setError(null);
      return { ok: true, value };
    } catch (e) {
      if (alive.current) {
        errorFromReading.current = origin !== "action";
        setError(errorMessage(e));
      }
      return { ok: false };
    } finally {
      if (alive.current) setPending((n) => n - 1);
    }
  }, []);
  const perform = useCallback(<T>(call: () => Promise<T>) => run(call, "action"), [run]);

  // Calls that change the document, started and still on their way: a read that overlapped one may
  // have reached Word before its writes and answer after it, and must not put that older view back.
  const changesStarted = useRef(0);
  const changesPending = useRef(0);
  const apply = useCallback(
    async (call: () => Promise<FormView>): Promise<boolean> => {
      changesStarted.current += 1;
      changesPending.current += 1;
      try {
        const r = await perform(call);
        if (r.ok && alive.current) setView(r.value);
        return r.ok;
      } finally {
        changesPending.current -= 1;
      }
    },
    [perform],
  );

  const read = useCallback(
    async (origin: Origin): Promise<FormView | null> => {
      const startedAfter = changesStarted.current;
      const overlapped = () => changesPending.current > 0 || changesStarted.current !== startedAfter;
      const beganBesideChange = changesPending.current > 0;
      const r = await run(() => gateway.open(), origin);
      if (!r.ok) return null;
      // the change's own view (set when it answered, or when it will) is the newer one
      if (alive.current && !beganBesideChange && !overlapped()) setView(r.value);
      return r.value;
    },
    [gateway, run],
  );
  const refresh = useCallback(() => read("read"), [read]);

  useEffect(() => {
    alive.current = true;
    gateway.open().then(
      (v) => alive.current && setView(v),
      (e: unknown) => {
        if (!alive.current) return;
        errorFromReading.current = true;
        setError(errorMessage(e));
      },
    );
    const reread = () => void read("reread");
    const onFocus = reread;
    const onVisibility = () => {
      if (document.visibilityState === "visible") reread();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisibility);
    const unsubscribe = gateway.onDocumentChanged(reread);
    return () => {
      alive.current = false;
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisibility);
      unsubscribe();
    };
  }, [gateway, read]);

  const dismissError = useCallback(() => setError(null), []);

  return { view, error, busy: pending > 0, refresh, apply, perform, dismissError };
}
