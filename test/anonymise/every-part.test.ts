// Issue 12 item 4: the research copy carries no identifying value in any part of the package.
// One fixture (every-kind.ts) holds each kind of part and metadata; per kind, none of its
// values may be in any file of the copy, and the copy stays a consistent, readable .docx.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { FIELD_REMOVED } from "../../src/document/anonymise-fields";
import { OBJECT_REMOVED } from "../../src/document/anonymise-package";
import { readCopy } from "../../src/document/read-data-part";
import { relsPathOf, resolveTarget } from "../../src/document/opc-paths";
import { dayToIso } from "../../src/domain";
import { findSoffice, sofficeConvert } from "word-host/soffice";
import { stopHost } from "handreiking-fixtures/harness";
import { KINDS, withEveryKind, type Kind } from "./every-kind";
import { filledDocx } from "handreiking-fixtures/filled-docx";

afterAll(stopHost);

const seed = (n: number) => () => {
  n = (n * 1103515245 + 12345) % 2 ** 31;
  return n / 2 ** 31;
};

/** Every file of the package as text (binary parts as latin1, so byte strings can be found). */
async function allFiles(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [p, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    out[p] = /\.(xml|rels)$/.test(p)
      ? await file.async("string")
      : Buffer.from(await file.async("uint8array")).toString("latin1");
  }
  return out;
}

const attr = (xml: string, re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[1]!);

describe("research copy: every part of the package", () => {
  let original: Uint8Array;
  let before: Record<string, string>;
  let after: Record<string, string>;
  let result: Awaited<ReturnType<typeof anonymiseCopy>>;

  beforeAll(async () => {
    original = await withEveryKind(await filledDocx());
    before = await allFiles(original);
    result = await anonymiseCopy(original, { code: "J08", random: seed(7) });
    after = await allFiles(result.bytes);
  }, 120_000);

  test("the original holds every value of every kind (the tests below would prove nothing otherwise)", () => {
    const all = Object.entries(before)
      .map(([p, t]) => `${p}\n${t}`)
      .join("\n");
    for (const [kind, values] of Object.entries(KINDS))
      for (const v of values) expect({ kind, v, found: all.includes(v) }).toEqual({ kind, v, found: true });
  });

  test.each(Object.keys(KINDS) as Kind[])(
    "%s: no value is left in any file of the copy (names of files included)",
    (kind) => {
      for (const [p, text] of Object.entries(after)) {
        for (const v of KINDS[kind])
          expect({ part: p, v, found: p.includes(v) || text.includes(v) }).toEqual({ part: p, v, found: false });
      }
    },
  );

  test("the copy is still the form, readable by the add-in", async () => {
    const read = await readCopy(result.bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.boxTexts.gemeente).toBe("Hengelo");
    expect(read.data.changeLog.length).toBeGreaterThan(4); // filling before agreement: one entry per person and session
  });

  test("package consistency: every part has a content type, every override and relationship target exists, all XML parses", () => {
    const ct = after["[Content_Types].xml"]!;
    const defaults = new Set(attr(ct, /<Default [^>]*Extension="([^"]+)"/g).map((e) => e.toLowerCase()));
    const overrides = attr(ct, /<Override [^>]*PartName="\/([^"]+)"/g);
    for (const o of overrides) expect({ override: o, exists: o in after }).toEqual({ override: o, exists: true });
    for (const p of Object.keys(after)) {
      if (p === "[Content_Types].xml") continue;
      const typed = overrides.includes(p) || defaults.has(p.slice(p.lastIndexOf(".") + 1).toLowerCase());
      expect({ part: p, typed }).toEqual({ part: p, typed: true });
    }
    for (const [p, xml] of Object.entries(after)) {
      if (!/\.(xml|rels)$/.test(p)) continue;
      let failed = false;
      new DOMParser({ onError: (level) => void (level !== "warning" && (failed = true)) }).parseFromString(
        xml,
        "text/xml",
      );
      expect({ part: p, parses: !failed }).toEqual({ part: p, parses: true });
      if (!p.endsWith(".rels")) continue;
      const owner = p === "_rels/.rels" ? "" : p.replace(/_rels\/([^/]*)\.rels$/, "$1");
      expect(owner === "" || owner in after).toBe(true);
      for (const m of xml.matchAll(/<Relationship [^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = resolveTarget(
          owner.includes("/") ? owner.slice(0, owner.lastIndexOf("/")) : "",
          /Target="([^"]*)"/.exec(m[0])![1]!,
        );
        expect({ rels: p, target, exists: target in after }).toEqual({ rels: p, target, exists: true });
      }
    }
    // every r:id in a part names one of its relationships
    for (const [p, xml] of Object.entries(after)) {
      if (!/\.xml$/.test(p) || p.startsWith("[")) continue;
      const ids = new Set(attr(after[relsPathOf(p)] ?? "", /Id="([^"]+)"/g));
      for (const id of attr(xml, /\br:(?:id|embed|link|dm|lo|qs|cs)="([^"]+)"/g))
        expect({ part: p, id, known: ids.has(id) }).toEqual({ part: p, id, known: true });
    }
  });

  test("fields: personal results replaced, links and user names unwrapped to text, page numbers kept as fields", () => {
    const doc = after["word/document.xml"]!;
    expect(doc).toContain(`Gemaakt door </w:t></w:r><w:r><w:t>${FIELD_REMOVED}</w:t>`);
    expect(doc).toContain("mail de ouders");
    expect(doc).toMatch(/w:instr=" PAGE "/);
    expect(doc).not.toMatch(/fldChar|instrText/);
    expect(result.removedLines.join(" ")).toMatch(
      /4 velden met een auteur, bestandsnaam, documenteigenschap of samenvoeggegevens zijn vervangen/,
    );
  });

  test("comments, tracked changes: one numbered author each, dates moved by the form's own offset; the people list removed", async () => {
    const b = await readCopy(original);
    const a = await readCopy(result.bytes);
    if (!b.ok || !a.ok) throw new Error("unreadable");
    const offset =
      (Date.parse(dayToIso(a.data.changeLog[0]!.day)) - Date.parse(dayToIso(b.data.changeLog[0]!.day))) / 86_400_000;
    const shifted = (iso: string) =>
      new Date(Date.parse(iso) + offset * 86_400_000).toISOString().replace(".000Z", "Z");
    const doc = after["word/document.xml"]!;
    expect(doc).toContain(`w:author="Auteur 1" w:date="${shifted("2020-09-04T11:00:00Z")}"`);
    expect(doc).toContain(`w:author="Auteur 2" w:date="${shifted("2020-09-04T12:00:00Z")}"`);
    expect(after["word/comments.xml"]).toContain(
      `w:author="Auteur 1" w:initials="A1" w:date="${shifted("2020-09-03T10:00:00Z")}"`,
    );
    expect(after["word/commentsExtensible.xml"]).toContain(`w16cex:dateUtc="${shifted("2020-09-03T08:00:00Z")}"`);
    expect(after["word/people.xml"]).toBeUndefined();
    expect(after["word/_rels/document.xml.rels"]).not.toContain("people.xml");
    expect(after["[Content_Types].xml"]).not.toContain("people");
    expect(result.removed.people).toBe(1);
    expect(result.removedLines).toContain(
      "De lijst van personen die het document hebben bewerkt (met hun accounts) is verwijderd.",
    );
    expect(after["word/comments.xml"]).toContain("Jeugdige belt [telefoon]");
  });

  test("Word's ids: renumbered consistently across parts, rsids and document ids gone, custom XML item ids replaced", () => {
    const commentPara = attr(after["word/comments.xml"]!, /w14:paraId="([0-9A-F]{8})"/g);
    expect(commentPara).toHaveLength(1);
    expect(after["word/commentsExtended.xml"]).toContain(`w15:paraId="${commentPara[0]}"`);
    expect(after["word/commentsIds.xml"]).toContain(`w16cid:paraId="${commentPara[0]}"`);
    const durable = attr(after["word/commentsIds.xml"]!, /w16cid:durableId="([0-9A-F]{8})"/g)[0];
    expect(after["word/commentsExtensible.xml"]).toContain(`w16cex:durableId="${durable}"`);
    for (const [p, xml] of Object.entries(after)) {
      if (!/\.xml$/.test(p)) continue;
      expect({ part: p, rsid: /w:rsid|<w:rsids/.test(xml), docId: /w1[45]:docId/.test(xml) }).toEqual({
        part: p,
        rsid: false,
        docId: false,
      });
    }
    const sdtIds = attr(after["word/document.xml"]!, /<w:sdtPr>(?:(?!<\/w:sdtPr>).)*?<w:id w:val="(-?\d+)"\/>/gs);
    expect(sdtIds.length).toBeGreaterThan(20);
    expect(sdtIds).toEqual(sdtIds.map((_, i) => String(i + 1)));
    const itemIdsBefore = Object.entries(before)
      .filter(([p]) => /itemProps\d+\.xml$/.test(p))
      .map(([, x]) => /ds:itemID="([^"]+)"/.exec(x)![1]);
    const itemIdsAfter = Object.entries(after)
      .filter(([p]) => /itemProps\d+\.xml$/.test(p))
      .map(([, x]) => /ds:itemID="([^"]+)"/.exec(x)![1]);
    expect(itemIdsAfter).toHaveLength(1);
    for (const id of itemIdsAfter) expect(itemIdsBefore).not.toContain(id);
  });

  test("embedded objects are removed, said so in the text and in the report; pictures stay with a warning", () => {
    expect(Object.keys(after).filter((p) => /^word\/embeddings\//.test(p) || p === "word/afchunk1.htm")).toEqual([]);
    expect(after["word/document.xml"]!.split(OBJECT_REMOVED).length - 1).toBe(2);
    expect(after["word/charts/chart1.xml"]).not.toContain("externalData");
    expect(result.removed.embedded).toBe(3);
    expect(result.removedLines.find((l) => l.startsWith("3 ingesloten bestanden"))).toMatch(
      /zijn verwijderd; waar het in de tekst stond, staat nu ‘\[ingesloten object verwijderd\]’/,
    );
    expect(result.limits.join(" ")).toMatch(/1 afbeelding\. Wat erop staat is niet bekeken/);
  });

  test("external targets point nowhere; other add-ins, foreign custom XML and their task pane entries are gone", () => {
    for (const [p, xml] of Object.entries(after)) {
      if (!p.endsWith(".rels")) continue;
      for (const m of xml.matchAll(/<Relationship [^>]*TargetMode="External"[^>]*>/g))
        expect(m[0]).toContain('Target="https://geanonimiseerd.invalid/"');
    }
    expect(
      Object.keys(after).filter((p) => /webextensions|customXml\/item5|printerSettings|settings\.xml\.rels/.test(p)),
    ).toEqual([]);
    expect(after["_rels/.rels"]).not.toContain("taskpanes");
    expect(after["word/settings.xml"]).not.toMatch(/attachedTemplate|mailMerge|docVars/);
    expect(after["word/document.xml"]).not.toContain("dataBinding");
  });

  test("properties: the title is the research file name, nothing of the original's template, company or editing time", () => {
    expect(after["docProps/core.xml"]).toContain("<dc:title>Onderzoek Handreiking Regie J08</dc:title>");
    expect(after["docProps/core.xml"]).toContain("<cp:revision>1</cp:revision>");
    expect(after["docProps/app.xml"]).not.toMatch(/Template|TitlesOfParts|HeadingPairs|Company|Manager|HyperlinkBase/);
    expect(after["docProps/app.xml"]).toContain("<TotalTime>0</TotalTime>");
  });

  const soffice = findSoffice();
  (soffice ? test : test.skip)(
    "LibreOffice opens the copy and reads its text",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "anon-every-"));
      try {
        const input = path.join(dir, "kopie.docx");
        writeFileSync(input, result.bytes);
        const text = readFileSync(sofficeConvert(input, dir, "txt:Text (encoded):UTF8", 60_000), "utf8");
        expect(text).toContain("Hengelo");
        expect(text).toContain(OBJECT_REMOVED);
        expect(text).not.toContain("Zwartkop");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
