// npm run release with a stand-in for the webpack build: which URLs it refuses, what the folder
// and the zip hold, that the same input gives the same bytes, and that the previous releases'
// chunks are carried (scripts/release/). The real build twice: reproducible.test.ts.
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";
import JSZip from "jszip";
import { makeRelease, type ReleaseOptions } from "../../scripts/release/make-release";
import { sha256 } from "../../scripts/release/release-files";
import { compareVersions } from "../../scripts/release/previous-chunks";

const ROOT = resolve(__dirname, "../..");
const CONTACT = "Servicedesk ICT Hengelo, 074 245 9999";
let work: string;
let notesDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "hr-release-test-"));
  notesDir = join(work, "notes");
  mkdirSync(notesDir);
  for (const v of ["0.1.0", "0.2.0", "0.3.0", "0.4.0", "0.5.0", "0.10.0"])
    writeFileSync(join(notesDir, `${v}.md`), `Wijzigingen in ${v}.\n`);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in build: the pages, a manifest for the URL, and chunks whose hash depends on `generation`. */
const fakeBuild =
  (generation: string) =>
  (outDir: string, baseUrl: string, contact: string): void => {
    const hash = sha256(generation).slice(0, 8);
    mkdirSync(join(outDir, "assets"), { recursive: true });
    writeFileSync(join(outDir, "taskpane.html"), `<script src="taskpane.${hash}.js"></script>`);
    writeFileSync(join(outDir, `taskpane.${hash}.js`), `/* ${generation} */`);
    writeFileSync(join(outDir, `kopieen.${hash}.js`), `/* kopieen ${generation} */`);
    writeFileSync(join(outDir, "manifest.xml"), `<SourceLocation DefaultValue="${baseUrl}/taskpane.html"/>`);
    writeFileSync(join(outDir, "support.html"), contact);
    writeFileSync(join(outDir, "THIRD-PARTY-NOTICES.txt"), "react (MIT)");
    writeFileSync(join(outDir, "assets", "icon-32.png"), "png");
  };

const release = (over: Partial<ReleaseOptions> = {}, root = join(work, "release")) =>
  makeRelease({
    baseUrl: "https://addins.example.org/handreiking-regie/",
    supportContact: CONTACT,
    releaseRoot: root,
    version: "0.1.0",
    build: fakeBuild("a"),
    notesDir,
    env: {},
    ...over,
  });

describe("npm run release refuses", () => {
  test.each([
    ["http://addins.example.org/hr", /https/],
    ["https://localhost/hr", /wijst naar deze computer/],
    ["https://LOCALHOST:3000", /wijst naar deze computer/],
    ["https://app.localhost", /wijst naar deze computer/],
    ["https://127.0.0.1:8443/hr", /wijst naar deze computer/],
    ["https://127.10.0.3", /wijst naar deze computer/],
    ["https://[::1]/hr", /wijst naar deze computer/],
    ["https://0.0.0.0", /wijst naar deze computer/],
    ["", /Geen ADDIN_BASE_URL/],
  ])("%s", async (url, message) => {
    const build = jest.fn();
    await expect(release({ baseUrl: url, build })).rejects.toThrow(message);
    expect(build).not.toHaveBeenCalled();
    expect(existsSync(join(work, "release"))).toBe(false);
  });

  test("a release without a support contact, or without release notes for its version", async () => {
    await expect(release({ supportContact: " " })).rejects.toThrow(/Geen SUPPORT_CONTACT/);
    await expect(release({ version: "9.9.9" })).rejects.toThrow(/docs\/release-notes\/9\.9\.9\.md/);
  });

  test("the command exits non-zero with the Dutch reason for an http URL", async () => {
    const run = promisify(execFile)(process.execPath, ["scripts/ts-run.cjs", "scripts/release/cli.ts"], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: "http://addins.example.org/hr", SUPPORT_CONTACT: CONTACT },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/moet https gebruiken/) });
  });
});

describe("a release", () => {
  test("holds the build, the documents, the notes, CHUNKS and SHA256SUMS, and a zip of the same files", async () => {
    const r = await release();
    expect(r.dir).toBe(join(work, "release", "handreiking-regie-0.1.0"));
    expect(r.files).toEqual(
      expect.arrayContaining([
        "manifest.xml",
        "taskpane.html",
        "support.html",
        "assets/icon-32.png",
        "LICENSE",
        "THIRD-PARTY-NOTICES.txt",
        "PRIVACYVERKLARING.md",
        "TOEGANKELIJKHEIDSVERKLARING.md",
        "RELEASE-NOTES.md",
        "CHUNKS",
        "KEPT-CHUNKS",
        "SHA256SUMS",
      ]),
    );
    expect(readFileSync(join(r.dir, "manifest.xml"), "utf8")).toContain(
      "https://addins.example.org/handreiking-regie/taskpane.html",
    );
    const notes = readFileSync(join(r.dir, "RELEASE-NOTES.md"), "utf8");
    expect(notes).toContain("# Handreiking Regie 0.1.0");
    expect(notes).toContain(`Ondersteuning: ${CONTACT}`);
    expect(notes).toContain("Wijzigingen in 0.1.0.");
    expect(readFileSync(join(r.dir, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(readFileSync(join(r.dir, "CHUNKS"), "utf8").trim().split("\n")).toEqual([
      `kopieen.${sha256("a").slice(0, 8)}.js`,
      `taskpane.${sha256("a").slice(0, 8)}.js`,
    ]);
    // every file but SHA256SUMS, each with its hash, as `sha256sum -c` reads them
    const sums = readFileSync(join(r.dir, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(sums.map((l) => l.split("  ")[1])).toEqual(r.files.filter((f) => f !== "SHA256SUMS"));
    for (const line of sums) {
      const [hash, file] = line.split("  ");
      expect(sha256(readFileSync(join(r.dir, file!)))).toBe(hash);
    }
    const zip = await JSZip.loadAsync(readFileSync(r.zip));
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    expect(entries.map((f) => f.name)).toEqual(r.files.map((f) => `handreiking-regie-0.1.0/${f}`));
    expect(new Set(entries.map((f) => f.date.toISOString()))).toEqual(new Set(["2000-01-01T00:00:00.000Z"]));
    expect(await zip.file("handreiking-regie-0.1.0/support.html")!.async("string")).toBe(CONTACT);
  });

  test("the same input gives the same bytes, also made again in the same place; SOURCE_DATE_EPOCH sets the dates", async () => {
    const first = readFileSync((await release({}, join(work, "one"))).zip);
    const second = readFileSync((await release({}, join(work, "two"))).zip);
    const again = readFileSync((await release({}, join(work, "two"))).zip);
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(again)).toBe(sha256(first));
    const dated = await release({ env: { SOURCE_DATE_EPOCH: "1767225600" } }, join(work, "three"));
    const zip = await JSZip.loadAsync(readFileSync(dated.zip));
    expect(zip.file("handreiking-regie-0.1.0/LICENSE")!.date.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  test("carries the own chunks of the previous three releases, not the ones they carried themselves", async () => {
    const chunk = (g: string) => `kopieen.${sha256(g).slice(0, 8)}.js`;
    await release({ version: "0.1.0", build: fakeBuild("a") });
    const second = await release({ version: "0.2.0", build: fakeBuild("b") });
    expect(second.files).toContain(chunk("a"));
    expect(readFileSync(join(second.dir, "KEPT-CHUNKS"), "utf8")).toContain(`${chunk("a")}  0.1.0`);
    expect(readFileSync(join(second.dir, "CHUNKS"), "utf8")).not.toContain(chunk("a"));
    expect(readFileSync(join(second.dir, "SHA256SUMS"), "utf8")).toContain(`  ${chunk("a")}`);
    await release({ version: "0.3.0", build: fakeBuild("c") });
    await release({ version: "0.4.0", build: fakeBuild("d") });
    const fifth = await release({ version: "0.5.0", build: fakeBuild("e") });
    expect(fifth.files).toEqual(expect.arrayContaining([chunk("b"), chunk("c"), chunk("d"), chunk("e")]));
    expect(fifth.files).not.toContain(chunk("a"));
    // version order, not name order: 0.10.0 comes after 0.5.0
    const tenth = await release({ version: "0.10.0", build: fakeBuild("f") });
    expect(tenth.files).toEqual(expect.arrayContaining([chunk("c"), chunk("d"), chunk("e")]));
    expect(compareVersions("0.10.0", "0.9.2")).toBeGreaterThan(0);
  });
});
