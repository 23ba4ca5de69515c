// Reading another copy in a Web Worker: the message protocol, the worker entry (run here on a
// fake worker scope) and the pane's client with a fake Worker class: progress forwarded, cancel
// and the time budget terminate the worker, the fallback reads in this thread.
import {
  isFromWorker,
  isReadRequest,
  progressMessage,
  progressText,
  resultMessage,
  transferableBytes,
  type FromWorker,
  type ReadRequest,
} from "../../src/document/copy-worker-protocol";
import { readCopyInWorker, WORKER_ERRORS } from "../../src/document/read-copy-in-worker";
import { anonymiseInWorker, COPY_WORKER_ERRORS } from "../../src/document/anonymise-in-worker";
import { copyProgressText, isAnonymiseRequest, type AnonymiseRequest } from "../../src/document/copy-worker-protocol";
import { ANONYMISE_STEPS } from "../../src/document/anonymise-docx";
import { COPY_ERRORS, readCopy, type CopyRead } from "../../src/document/read-data-part";
import { LIMIT_ERRORS, READ_LIMITS } from "../../src/document/read-limits";
import { filledDocx } from "handreiking-fixtures/filled-docx";
import { stopHost } from "handreiking-fixtures/harness";

afterAll(stopHost);

let form: Uint8Array;
beforeAll(async () => {
  form = await filledDocx();
}, 60_000);

describe("the protocol", () => {
  test("progress in Dutch, with the part count once known", () => {
    expect(progressText(null)).toBe("Bezig met lezen…");
    expect(progressText({ done: 3, total: 12 })).toBe("Bezig met lezen… onderdeel 3 van 12");
  });

  test("only well-formed messages are taken", () => {
    expect(isFromWorker(progressMessage(3, 12))).toBe(true);
    expect(isFromWorker(resultMessage({ ok: false, error: "Nee." }))).toBe(true);
    expect(isFromWorker(resultMessage({ ok: true, data: {} as never, boxTexts: {}, storage: "customXml" }))).toBe(true);
    for (const bad of [
      null,
      "progress",
      { type: "progress", done: 13, total: 12 },
      { type: "progress", done: -1, total: 2 },
      { type: "result" },
      { type: "result", result: { ok: false } },
      { type: "other" },
    ]) {
      expect({ bad, ok: isFromWorker(bad) }).toEqual({ bad, ok: false });
    }
    expect(isReadRequest({ type: "read", bytes: new ArrayBuffer(4) })).toBe(true);
    expect(isReadRequest({ type: "read", bytes: new Uint8Array(4) })).toBe(false);
  });

  test("the bytes sent are exactly the file's, even from a view into a larger buffer", () => {
    const big = new Uint8Array([9, 9, 1, 2, 3, 9]);
    expect([...new Uint8Array(transferableBytes(big.subarray(2, 5)))]).toEqual([1, 2, 3]);
  });
});

/** A stand-in for the browser's Worker: records what it is sent and whether it was terminated. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** A message from the worker, as the browser delivers it. */
  emit(data: FromWorker): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<unknown>);
  }
}
const fakeWorker = () => new FakeWorker() as unknown as Worker;

beforeEach(() => {
  FakeWorker.created = [];
});

describe("the client", () => {
  test("sends the bytes, forwards progress, resolves with the result and ends the worker", async () => {
    const progress: string[] = [];
    const reading = readCopyInWorker(new Uint8Array([1, 2, 3]), {
      createWorker: fakeWorker,
      onProgress: (d, t) => progress.push(`${d}/${t}`),
    });
    const worker = FakeWorker.created[0]!;
    const request = worker.sent[0] as ReadRequest;
    expect(request.type).toBe("read");
    expect([...new Uint8Array(request.bytes)]).toEqual([1, 2, 3]);
    worker.emit(progressMessage(1, 3));
    worker.emit(progressMessage(2, 3));
    worker.emit(resultMessage({ ok: false, error: COPY_ERRORS.noDataPart }));
    await expect(reading).resolves.toEqual({ ok: false, error: COPY_ERRORS.noDataPart });
    expect(progress).toEqual(["1/3", "2/3"]);
    expect(worker.terminated).toBe(true);
  });

  test("cancel terminates the worker at once and resolves as cancelled", async () => {
    const controller = new AbortController();
    const reading = readCopyInWorker(form, { createWorker: fakeWorker, signal: controller.signal });
    const worker = FakeWorker.created[0]!;
    worker.emit(progressMessage(1, 8));
    controller.abort();
    await expect(reading).resolves.toEqual({ ok: false, cancelled: true, error: WORKER_ERRORS.cancelled });
    expect(worker.terminated).toBe(true);
  });

  test("a worker that does not finish within the time budget is terminated, with the Dutch sentence", async () => {
    // Fake timers: the budget ends the read when 50 ms have passed on the clock, however busy the machine.
    jest.useFakeTimers();
    let settled = false;
    const reading = readCopyInWorker(form, { createWorker: fakeWorker, limits: { ...READ_LIMITS, timeBudgetMs: 50 } });
    void reading.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    jest.useRealTimers();
    await expect(reading).resolves.toEqual({ ok: false, error: LIMIT_ERRORS.tooSlow });
    expect(LIMIT_ERRORS.tooSlow).toBe(
      "Het lezen van dit bestand duurde te lang en is gestopt; controleer of het de kopie van de handreiking is en probeer het opnieuw.",
    );
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  test("a worker that crashes is ended with a Dutch sentence, nothing in English", async () => {
    const reading = readCopyInWorker(form, { createWorker: fakeWorker });
    const worker = FakeWorker.created[0]!;
    const event = new Event("error", { cancelable: true });
    worker.onerror?.(event);
    await expect(reading).resolves.toEqual({ ok: false, error: WORKER_ERRORS.crashed });
    expect(event.defaultPrevented).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  test("without Worker (Node, jsdom) the copy is read in this thread, with progress", async () => {
    expect(typeof Worker).toBe("undefined");
    const progress: Array<[number, number]> = [];
    const read = await readCopyInWorker(form, { onProgress: (d, t) => progress.push([d, t]) });
    expect(read).toEqual(await readCopy(form));
    expect(read.ok).toBe(true);
    const total = progress[0]![1];
    expect(total).toBeGreaterThan(2);
    // 1 … total, each part once
    expect(progress.map(([d]) => d)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(progress.every(([, t]) => t === total)).toBe(true);
  });

  test("a Worker that cannot start falls back to this thread", async () => {
    const read = await readCopyInWorker(form, {
      createWorker: () => {
        throw new Error("Refused to create a worker");
      },
    });
    expect(read.ok).toBe(true);
  });
});

describe("the research copy in the worker", () => {
  test("sends bytes, code and marked words; forwards progress; resolves with the copy and ends the worker", async () => {
    const progress: string[] = [];
    const making = anonymiseInWorker(new Uint8Array([4, 5]), {
      code: "J07",
      marked: ["Kwiek"],
      createWorker: fakeWorker,
      onProgress: (d, t) => progress.push(`${d}/${t}`),
    });
    const worker = FakeWorker.created[0]!;
    const request = worker.sent[0] as AnonymiseRequest;
    expect(isAnonymiseRequest(request)).toBe(true);
    expect([request.code, request.marked, [...new Uint8Array(request.bytes)]]).toEqual(["J07", ["Kwiek"], [4, 5]]);
    worker.emit(progressMessage(2, 9));
    worker.emit(resultMessage({ ok: false, error: "a reading result is not the copy" }));
    worker.emit({ type: "anonymised", result: { ok: false, error: "Nee." } });
    await expect(making).resolves.toEqual({ ok: false, error: "Nee." });
    expect(progress).toEqual(["2/9"]);
    expect(worker.terminated).toBe(true);
    expect(copyProgressText({ done: 2, total: 9 })).toBe("Bezig met de anonieme kopie… stap 2 van 9");
  });

  test("a cancel ends the worker at once and says nothing was saved; a late result is dropped", async () => {
    const controller = new AbortController();
    const making = anonymiseInWorker(form, {
      code: "J07",
      marked: [],
      createWorker: fakeWorker,
      signal: controller.signal,
    });
    const worker = FakeWorker.created[0]!;
    controller.abort();
    expect(worker.terminated).toBe(true);
    worker.emit({ type: "anonymised", result: { ok: false, error: "te laat" } });
    await expect(making).resolves.toEqual({ ok: false, error: COPY_WORKER_ERRORS.cancelled, cancelled: true });
    expect(COPY_WORKER_ERRORS.cancelled).toBe("Onderzoekskopie afgebroken; er is niets opgeslagen.");
    // already aborted: no worker is started at all
    const before = FakeWorker.created.length;
    await expect(
      anonymiseInWorker(form, { code: "J07", marked: [], createWorker: fakeWorker, signal: controller.signal }),
    ).resolves.toMatchObject({ cancelled: true });
    expect(FakeWorker.created.length).toBe(before);
  });

  test("a crash is one Dutch sentence", async () => {
    const making = anonymiseInWorker(form, { code: "J07", marked: [], createWorker: fakeWorker });
    const event = new Event("error", { cancelable: true });
    FakeWorker.created[0]!.onerror?.(event);
    await expect(making).resolves.toEqual({ ok: false, error: COPY_WORKER_ERRORS.crashed });
    expect(event.defaultPrevented).toBe(true);
  });

  test("without Worker the copy is made in this thread, with every step as progress", async () => {
    const progress: number[] = [];
    const copy = await anonymiseInWorker(form, { code: "J07", marked: [], onProgress: (d) => progress.push(d) });
    if (!copy.ok) throw new Error(copy.error);
    expect(copy.fileName).toBe("Onderzoek Handreiking Regie J07.docx");
    expect(isFromWorker({ type: "anonymised", result: copy })).toBe(true);
    expect(progress).toEqual(Array.from({ length: ANONYMISE_STEPS }, (_, i) => i + 1));
    const read = await readCopy(new Uint8Array(copy.bytes));
    expect(read.ok).toBe(true);
  }, 60_000);
});

describe("the worker entry", () => {
  test("reads the bytes it is sent with readCopy and posts progress, then the result", async () => {
    const posted: FromWorker[] = [];
    const scope: { onmessage: ((e: MessageEvent<unknown>) => void) | null; postMessage: (m: FromWorker) => void } = {
      onmessage: null,
      postMessage: (m) => posted.push(m),
    };
    (globalThis as { self?: unknown }).self = scope;
    try {
      // first require in this file; jszip is already loaded (it looks at `self` when loaded)
      await import("../../src/document/copy-worker");
      const done = new Promise<void>((resolve) => {
        scope.postMessage = (m) => {
          posted.push(m);
          if (m.type === "result") resolve();
        };
      });
      scope.onmessage?.({ data: { type: "ignored" } } as MessageEvent<unknown>); // not a request: nothing happens
      scope.onmessage?.({ data: { type: "read", bytes: transferableBytes(form) } } as MessageEvent<unknown>);
      await done;
    } finally {
      delete (globalThis as { self?: unknown }).self;
    }
    const result = posted.at(-1) as { type: "result"; result: CopyRead };
    expect(result.result).toEqual(await readCopy(form));
    const reading = [...posted];
    // the research copy, on the same worker: progress, then the copy (its bytes transferred)
    const made = new Promise<FromWorker>((resolve) => {
      scope.postMessage = (m) => {
        posted.push(m);
        if (m.type === "anonymised") resolve(m);
      };
    });
    scope.onmessage?.({
      data: { type: "anonymise", bytes: transferableBytes(form), code: "J09", marked: [] },
    } as MessageEvent<unknown>);
    const copy = await made;
    expect(copy.type === "anonymised" && copy.result.ok && copy.result.fileName).toBe(
      "Onderzoek Handreiking Regie J09.docx",
    );
    const progress = reading.filter((m) => m.type === "progress");
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual(progressMessage(progress[0]!.total, progress[0]!.total));
    expect(posted.every((m) => isFromWorker(m))).toBe(true);
  });
});
