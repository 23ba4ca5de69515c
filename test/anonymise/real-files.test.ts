// Issue 23 item 3: the research copy of every real Word file in ../shared/corpus (125 files from
// five projects) with a filled form grafted in and a name and a BSN planted in every part that
// carries text. For each: the copy is made (or, for ISO Strict, refused in Dutch), the planted
// identifiers are in no file of the copy, the package is consistent, and LibreOffice opens
// every copy (one soffice call for all of them).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { anonymiseCopy, ANONYMISE_ERRORS, CopyError } from "../../src/document/anonymise-docx";
import { resolveTarget, relsPathOf } from "../../src/document/opc-paths";
import { findSoffice } from "word-host/soffice";
import { stopHost } from "handreiking-fixtures/harness";
import { filledDocx } from "handreiking-fixtures/filled-docx";
import { corpusFiles, formOf, graft, packageFiles } from "./real-files";

afterAll(stopHost);

const PLANT = "Mohammed el Amrani 123456782";
const LEAKS = ["Mohammed", "Amrani", "123456782"];

const seeded = () => {
  let n = 11;
  return () => (n = (n * 48271) % 2147483647) / 2147483647;
};

interface Outcome {
  name: string;
  strict: boolean;
  planted: Record<string, number>;
  copy?: Awaited<ReturnType<typeof anonymiseCopy>>;
  files?: Record<string, string>;
  error?: string;
}

const attr = (xml: string, re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[1]!);

/** Problems of package consistency: untyped parts, missing targets and overrides, unknown r:ids. */
function consistency(files: Record<string, string>): string[] {
  const out: string[] = [];
  const ct = files["[Content_Types].xml"] ?? "";
  const defaults = new Set(attr(ct, /<Default [^>]*Extension="([^"]+)"/g).map((e) => e.toLowerCase()));
  const overrides = attr(ct, /<Override [^>]*PartName="\/([^"]+)"/g);
  for (const o of overrides) if (!(o in files)) out.push(`override without part: ${o}`);
  for (const p of Object.keys(files)) {
    if (p === "[Content_Types].xml") continue;
    const typed = overrides.includes(p) || defaults.has(p.slice(p.lastIndexOf(".") + 1).toLowerCase());
    if (!typed) out.push(`part without content type: ${p}`);
  }
  for (const [p, xml] of Object.entries(files)) {
    if (!p.endsWith(".rels")) continue;
    const owner = p === "_rels/.rels" ? "" : p.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const m of xml.matchAll(/<Relationship [^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = resolveTarget(
        owner.includes("/") ? owner.slice(0, owner.lastIndexOf("/")) : "",
        /Target="([^"]*)"/.exec(m[0])![1]!,
      );
      if (!(target in files)) out.push(`relationship to a missing part: ${p} → ${target}`);
    }
  }
  for (const [p, xml] of Object.entries(files)) {
    if (!/\.xml$/.test(p) || p.startsWith("[")) continue;
    const ids = new Set(attr(files[relsPathOf(p)] ?? "", /Id="([^"]+)"/g));
    for (const id of attr(xml, /\br:(?:id|embed|link|dm|lo|qs|cs|pict|href)="([^"]+)"/g))
      if (!ids.has(id)) out.push(`unknown r:id in ${p}: ${id}`);
  }
  return out;
}

describe("research copy of every real Word file in ../shared/corpus, with a form grafted in", () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const form = await formOf(await filledDocx());
    for (const file of corpusFiles()) {
      const strict = (await packageFiles(file.bytes))["_rels/.rels"]!.includes("purl.oclc.org/ooxml");
      const { bytes, planted } = await graft(file.bytes, form, PLANT);
      try {
        const copy = await anonymiseCopy(bytes, { code: "K01", random: seeded() });
        outcomes.push({ name: file.name, strict, planted, copy, files: await packageFiles(copy.bytes) });
      } catch (error) {
        outcomes.push({ name: file.name, strict, planted, error: error instanceof Error ? error.message : "?" });
      }
    }
  }, 600_000);

  test("all 125 files were tried, and the name was planted in every part with text (parts of many kinds)", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(125);
    const plantedParts = new Set(outcomes.flatMap((o) => Object.keys(o.planted).map((p) => p.replace(/\d+/g, "N"))));
    for (const kind of [
      "word/document.xml",
      "word/headerN.xml",
      "word/footerN.xml",
      "word/footnotes.xml",
      "word/endnotes.xml",
      "word/comments.xml",
      "word/people.xml",
      "docProps/core.xml",
      "docProps/app.xml",
      "customXml/itemN.xml",
      "word/charts/chartN.xml",
      "word/diagrams/dataN.xml",
    ])
      expect({ kind, planted: plantedParts.has(kind) }).toEqual({ kind, planted: true });
  });

  test("ISO Strict files are refused with the Dutch message; every other file gets a copy", () => {
    const strict = outcomes.filter((o) => o.strict);
    expect(strict.length).toBeGreaterThanOrEqual(5);
    for (const o of strict)
      expect({ name: o.name, error: o.error }).toEqual({ name: o.name, error: ANONYMISE_ERRORS.strict });
    const refused = outcomes.filter((o) => !o.strict && !o.copy).map((o) => `${o.name}: ${o.error}`);
    expect(refused).toEqual([]);
  });

  test("the planted name and BSN are in no file of any copy (names of files included)", () => {
    const leaks: string[] = [];
    for (const o of outcomes) {
      for (const [p, text] of Object.entries(o.files ?? {}))
        for (const v of LEAKS) if (p.includes(v) || text.includes(v)) leaks.push(`${o.name}: ${p} has ${v}`);
    }
    expect(leaks).toEqual([]);
  });

  test("every copy is a consistent package: no dangling relationship, content type or r:id", () => {
    const problems = outcomes.flatMap((o) => consistency(o.files ?? {}).map((p) => `${o.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  test("signatures, thumbnails, people lists, foreign custom XML and embedded files are gone and reported", () => {
    for (const o of outcomes.filter((x) => x.copy)) {
      const left = Object.keys(o.files!).filter((p) =>
        /^_xmlsignatures\/|^docProps\/thumbnail|^word\/people\.xml$|^word\/embeddings\/|^customxml\/(?!item9001\.xml$|itemProps9001\.xml$|_rels\/item9001\.xml\.rels$)/i.test(
          p,
        ),
      );
      expect({ name: o.name, left }).toEqual({ name: o.name, left: [] });
    }
    const withPeople = outcomes.filter((o) => o.copy && o.planted["word/people.xml"]);
    expect(withPeople.length).toBeGreaterThan(0);
    for (const o of withPeople) expect(o.copy!.removed.people).toBe(1);
    const withWorkbook = outcomes.filter((o) => o.copy?.removed.embedded);
    expect(withWorkbook.length).toBeGreaterThan(0);
  });

  const soffice = findSoffice();
  (soffice ? test : test.skip)(
    "LibreOffice opens every copy (one call for all) and the planted name is not in its text",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "anon-corpus-"));
      const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
      try {
        const made = outcomes.filter((o) => o.copy);
        const inputs = made.map((o, i) => {
          const input = path.join(dir, `kopie-${String(i).padStart(3, "0")}.docx`);
          writeFileSync(input, o.copy!.bytes);
          return input;
        });
        const out = path.join(dir, "txt");
        mkdirSync(out);
        const result = spawnSync(
          soffice!,
          [
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            "--headless",
            "--norestore",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            out,
            ...inputs,
          ],
          { encoding: "utf8", timeout: 900_000 },
        );
        expect(result.error).toBeUndefined();
        const unopened: string[] = [];
        const leaks: string[] = [];
        made.forEach((o, i) => {
          const txt = path.join(out, `kopie-${String(i).padStart(3, "0")}.txt`);
          if (!existsSync(txt)) return void unopened.push(o.name);
          const text = readFileSync(txt, "utf8");
          for (const v of LEAKS) if (text.includes(v)) leaks.push(`${o.name}: ${v}`);
        });
        expect(unopened).toEqual([]);
        expect(leaks).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(profile, { recursive: true, force: true });
      }
    },
    900_000,
  );

  test("a refusal is a CopyError, never an engine message", () => {
    for (const o of outcomes.filter((x) => x.error)) expect(o.error).toMatch(/^De anonieme kopie/);
    expect(new CopyError("x")).toBeInstanceOf(Error);
  });
});
