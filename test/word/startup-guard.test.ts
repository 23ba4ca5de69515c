// The startup guard: checks the form-corrupting assumptions once per Word version, only in an
// empty document; a failed check makes the pane refuse every write, with a Dutch explanation.
import JSZip from "jszip";
import type { WordHost } from "word-host";
import { currentEnv, type ContractCase } from "../../src/word/contract";
import { withStartupGuard } from "../../src/word/guarded-gateway";
import { GUARD_CASES } from "../../src/word/contract/cases";
import { checkStartupGuard, guardKey, type GuardStore } from "../../src/word/startup-guard";
import { UNSAFE_MESSAGE } from "../../src/domain/text/capabilities";
import { gatewayFor, PH, PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(() => stopHost());

async function documentXml(host: WordHost): Promise<string> {
  return (await JSZip.loadAsync(await host.saveDocx())).file("word/document.xml")!.async("string");
}

async function partsOf(host: WordHost): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await host.saveDocx());
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n]!.dir)
    .sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("base64")])));
}

function memoryStore(initial: Record<string, string> = {}): GuardStore & { values: Record<string, string> } {
  const values = { ...initial };
  return { values, get: (k) => values[k] ?? null, set: (k, v) => void (values[k] = v) };
}

test("the guard cases are the lock and the partial batch", () => {
  expect(GUARD_CASES.map((c) => c.id)).toEqual(["lock-refuses-write", "partial-batch"]);
});

test("in an empty document on a new version: checks, remembers 'ok', leaves the document empty; the next start does not write", async () => {
  const host = await startHost("web");
  const store = memoryStore();
  await expect(checkStartupGuard(store)).resolves.toEqual({ status: "ok" });
  expect(Object.values(store.values)).toEqual(["ok"]);
  expect(Object.keys(store.values)[0]).toMatch(/^handreiking-regie:startcontrole:OfficeOnline:/);
  host.syncCount = 0;
  await expect(checkStartupGuard(store)).resolves.toEqual({ status: "ok" });
  expect(host.syncCount).toBe(0);
  const view = await gatewayFor().open();
  expect(view.kind).toBe("empty");
});

test("in a document with content on a version not yet checked: nothing is written and nothing remembered", async () => {
  const host = await startHost("desktop", PLAIN);
  const before = await partsOf(host);
  const store = memoryStore();
  await expect(checkStartupGuard(store)).resolves.toEqual({ status: "unchecked" });
  expect(store.values).toEqual({});
  // every part as it was (the zip's bytes also hold the save time, which moves on)
  expect(await partsOf(host)).toEqual(before);
});

test("a failing guard case marks the version unsafe, remembered for every document", async () => {
  await startHost("desktop");
  const lockNotEnforced: ContractCase = {
    ...GUARD_CASES[0]!,
    run: () => Promise.resolve('uitgevoerd, tekst werd "vast erbij"'),
  };
  const store = memoryStore();
  await expect(checkStartupGuard(store, currentEnv(), "16.0.1", [lockNotEnforced])).resolves.toEqual({
    status: "unsafe",
    failed: ["lock-refuses-write"],
  });
  expect(store.values[guardKey(currentEnv(), "16.0.1")]).toBe("unsafe:lock-refuses-write");
  await startHost("desktop", PLAIN);
  await expect(checkStartupGuard(store, currentEnv(), "16.0.1", [])).resolves.toEqual({
    status: "unsafe",
    failed: ["lock-refuses-write"],
  });
});

test("on an unsafe Word the pane reads but refuses every write, with the Dutch explanation", async () => {
  const host = await startHost("desktop", PLAIN);
  const gateway = withStartupGuard(gatewayFor(), () =>
    Promise.resolve({ status: "unsafe", failed: ["lock-refuses-write"] }),
  );
  const view = await gateway.open();
  expect(view.kind).toBe("plain");
  expect(view.reduced[0]).toBe(UNSAFE_MESSAGE);
  const before = await documentXml(host);
  await expect(gateway.convert(PH)).rejects.toMatchObject({ kind: "notSupported", refusal: { code: "unsafeWord" } });
  await expect(said(gateway.writeBox("stap1", "x", PH))).resolves.toBe(UNSAFE_MESSAGE);
  expect(await documentXml(host)).toBe(before);
});

test("on a safe or unchecked Word the guarded gateway writes as before, and checks only once", async () => {
  await startHost("desktop", PLAIN);
  const check = jest.fn(() => Promise.resolve({ status: "unchecked" as const }));
  const gateway = withStartupGuard(gatewayFor(), check);
  expect((await gateway.open()).reduced).not.toContain(UNSAFE_MESSAGE);
  expect((await gateway.convert(PH)).kind).toBe("form");
  expect(check).toHaveBeenCalledTimes(1);
});
