// The real gateway with every call recorded and failures injected on demand: the pane's tests
// check what the pane asked of Word and how it copes when Word refuses (a busy document, a save
// that fails), which the emulator does not produce per action.
import { WordLayerError } from "../../src/word/errors";
import type { FormGateway } from "../../src/word/gateway";

type Method = keyof FormGateway;
type Result<M extends Method> = Awaited<ReturnType<FormGateway[M]>>;

export type RecordedGateway = FormGateway & {
  /** The arguments of each call of the method, in order. */
  callsOf(method: Method): unknown[][];
  /** The next call of the method rejects with the error (once), before it reaches Word. */
  failNext(method: Method, error?: unknown): void;
  /** Every later call of the method answers this without reaching Word (what only another Word gives, e.g. a
   * file that already has a name). */
  answer<M extends Method>(method: M, result: Result<M>): void;
  /** Resolves once no call is on its way to Word (the emulator answers later than a fake would). */
  settled(): Promise<void>;
};

export function recorded(gateway: FormGateway): RecordedGateway {
  const calls: Array<{ method: Method; args: unknown[] }> = [];
  const failures = new Map<Method, unknown>();
  const answers = new Map<Method, unknown>();
  const pending = new Set<Promise<unknown>>();
  const track = (result: unknown): unknown => {
    if (!(result instanceof Promise)) return result;
    pending.add(result);
    const done = () => void pending.delete(result);
    result.then(done, done);
    return result;
  };
  const wrapped = {} as Record<Method, (...args: unknown[]) => unknown>;
  for (const method of Object.keys(gateway) as Method[]) {
    const real = gateway[method] as (...args: unknown[]) => unknown;
    wrapped[method] = (...args: unknown[]) => {
      calls.push({ method, args });
      if (failures.has(method)) {
        const error = failures.get(method);
        failures.delete(method);
        // as Word's errors arrive: asynchronously, from the promise
        return Promise.reject(error);
      }
      if (answers.has(method)) return Promise.resolve(answers.get(method));
      return track(real(...args));
    };
  }
  return {
    ...(wrapped as unknown as FormGateway),
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    failNext: (method, error = new WordLayerError("busy")) => void failures.set(method, error),
    answer: (method, result) => void answers.set(method, result),
    settled: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
