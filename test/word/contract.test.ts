// Runner 1 of the contract cases (src/word/contract): every case against the emulator under
// every profile. Each passes, or is "not supported" because the profile lacks its requirement set.
import { readFileSync } from "fs";
import JSZip from "jszip";
import {
  CASES,
  currentEnv,
  documentIsEmpty,
  judge,
  runCase,
  runContract,
  type ContractCase,
} from "../../src/word/contract";
import { PLAIN, PROFILES, ROOT, startHost, stopHost } from "handreiking-fixtures/harness";
import { BUILD_INFO } from "../../src/build-info";

afterEach(() => stopHost());

describe.each(PROFILES)("contract cases on the %s profile", (profile) => {
  test.each(CASES.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    await startHost(profile);
    const env = currentEnv();
    const result = await runCase(c, env);
    if (c.requires && !env.isSetSupported(c.requires[0], c.requires[1])) {
      expect(result.verdict).toBe("notSupported");
    } else {
      expect({ id: c.id, verdict: result.verdict, seen: result.seen }).toEqual({
        id: c.id,
        verdict: "passed",
        seen: result.expected,
      });
    }
    expect(await documentIsEmpty()).toBe(true);
  });
});

describe("the in-Word runner", () => {
  test("refuses a document with content and leaves it untouched", async () => {
    const host = await startHost("desktop", PLAIN);
    const before = await host.saveDocx();
    host.syncCount = 0;
    await expect(runContract()).resolves.toEqual({ status: "notEmpty" });
    expect(host.syncCount).toBe(1); // the one read of the empty check (plus none of the cases)
    expect(Buffer.from(await host.saveDocx()).equals(Buffer.from(before))).toBe(true);
  });

  test("runs every case in an empty document, reports the Word it ran in and leaves the document empty", async () => {
    const host = await startHost("office2019");
    const run = await runContract(CASES, currentEnv(), () => new Date("2020-09-02T08:00:00Z"));
    if (run.status !== "done") throw new Error("expected a report");
    expect(run.report).toMatchObject({ platform: "PC", ranAt: "2020-09-02T08:00:00.000Z" });
    // the add-in's version (src/build-info.ts; package.json's, jest.config.js sets it as webpack does)
    expect(run.report.addinVersion).toBe(BUILD_INFO.version);
    expect(run.report.requirementSets).toContain("WordApi 1.3");
    expect(run.report.requirementSets).not.toContain("WordApi 1.4");
    expect(run.report.results.map((r) => r.id)).toEqual(CASES.map((c) => c.id));
    expect(run.report.results.filter((r) => r.verdict === "notSupported").map((r) => r.id)).toEqual([
      "custom-xml-roundtrip",
      "save-with-name",
    ]);
    expect(await documentIsEmpty()).toBe(true);
    // No scratch custom XML part is left behind either.
    const zip = await JSZip.loadAsync(await host.saveDocx());
    const parts = await Promise.all(zip.file(/^customXml\//).map((f) => f.async("string")));
    expect(parts.filter((x) => x.includes("zelftest"))).toEqual([]);
    expect(await zip.file("word/document.xml")!.async("string")).not.toContain("zelftest");
  });

  test("an outcome that is neither expected nor an alternative fails; an alternative names its fallback", async () => {
    await startHost("web");
    const env = currentEnv();
    const fake: ContractCase = {
      id: "fake",
      title: "nep",
      relies: "",
      source: "",
      emulatorAssumed: false,
      meaning: "",
      expected: () => "a",
      alternatives: () => [{ seen: /^b/, fallback: "the b path" }],
      run: () => Promise.resolve("c"),
    };
    expect(judge(fake, env, "a")).toEqual({ verdict: "passed" });
    expect(judge(fake, env, "bb")).toEqual({ verdict: "fallback", fallback: "the b path" });
    await expect(runCase(fake, env)).resolves.toMatchObject({ verdict: "failed", expected: "a", seen: "c" });
    const throwing: ContractCase = {
      ...fake,
      run: () => Promise.reject(Object.assign(new Error("x"), { code: "GeneralException" })),
    };
    await expect(runCase(throwing, env)).resolves.toMatchObject({ verdict: "failed", seen: "fout (GeneralException)" });
  });

  test("every case the emulator only assumed is pointed to from the emulator's README", () => {
    const readme = readFileSync(`${ROOT}/word-host/README.md`, "utf8");
    for (const c of CASES.filter((x) => x.emulatorAssumed)) expect(readme).toContain(`\`${c.id}\``);
  });
});
