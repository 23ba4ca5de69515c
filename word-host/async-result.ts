// Office.AsyncResult for the Common API (callbacks answered after the current task, as in Office).
// https://learn.microsoft.com/javascript/api/office/office.asyncresult

export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}
export type Callback<T> = (r: AsyncResult<T>) => void;

export const later = (fn: () => void) => setTimeout(fn, 0);

/** (options?, callback?) or (callback?) as the Common API accepts them. */
export function splitArgs<T>(a?: unknown, b?: unknown): { options: Record<string, unknown>; cb?: Callback<T> } {
  if (typeof a === "function") return { options: {}, cb: a as Callback<T> };
  return { options: (a as Record<string, unknown>) ?? {}, cb: b as Callback<T> | undefined };
}

export const ok = <T>(value: T, asyncContext?: unknown): AsyncResult<T> => ({
  status: "succeeded",
  value,
  asyncContext,
});
export const fail = <T>(code: number, name: string, message: string, asyncContext?: unknown): AsyncResult<T> => ({
  status: "failed",
  value: undefined as T,
  error: { code, name, message },
  asyncContext,
});
