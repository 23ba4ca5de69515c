// Issue 15 item 5: the files the add-in writes pass a strict package check (package-check.ts):
// the bundled template, a form converted and filled on the emulator and saved, and its
// anonymised copy. Each rule is shown to fire on a package broken in that one way.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { checkPackage, type PackageRule } from "../../src/document/package-check";
import { withEveryKind } from "../anonymise/every-kind";
import { filledDocx } from "../anonymise/fixture";
import { PLAIN, stopHost } from "../word/harness";

afterAll(stopHost);

const seed = (n: number) => () => {
  n = (n * 1103515245 + 12345) % 2 ** 31;
  return n / 2 ** 31;
};

const TEMPLATE_BYTES = new Uint8Array(readFileSync(PLAIN));

describe("the files the add-in writes pass the package check", () => {
  test("the bundled template", async () => {
    expect(await checkPackage(TEMPLATE_BYTES)).toEqual([]);
  });

  test("a form converted and filled on the emulator, saved, edited outside", async () => {
    expect(await checkPackage(await filledDocx())).toEqual([]);
  }, 60_000);

  test("its anonymised copy", async () => {
    const copy = await anonymiseCopy(await filledDocx(), { code: "J07", random: seed(42) });
    expect(await checkPackage(copy.bytes)).toEqual([]);
  }, 60_000);

  test("the anonymised copy of that form with every kind of part added (its removals keep the package whole)", async () => {
    const original = await withEveryKind(await filledDocx());
    expect(await checkPackage(original)).toEqual([]);
    const copy = await anonymiseCopy(original, { code: "J07", random: seed(42) });
    expect(await checkPackage(copy.bytes)).toEqual([]);
  }, 60_000);
});

// --- each rule fires ------------------------------------------------------------------------

const DOC = "word/document.xml";
const RELS = "word/_rels/document.xml.rels";
const CT = "[Content_Types].xml";

type Edit = (zip: JSZip) => Promise<void>;

async function change(zip: JSZip, path: string, fn: (xml: string) => string): Promise<void> {
  const before = await zip.file(path)!.async("string");
  const after = fn(before);
  if (after === before) throw new Error(`the edit did not change ${path}`);
  zip.file(path, after);
}

/** Body content inserted before the final section properties. */
const inBody =
  (content: string): Edit =>
  (zip) =>
    change(zip, DOC, (xml) => xml.replace(/<w:sectPr(?![\s\S]*<w:sectPr)/, `${content}<w:sectPr`));

async function findingsAfter(...edits: Edit[]): Promise<{ rules: PackageRule[]; messages: string[] }> {
  const zip = await JSZip.loadAsync(TEMPLATE_BYTES);
  for (const edit of edits) await edit(zip);
  const findings = await checkPackage(await zip.generateAsync({ type: "uint8array" }));
  return { rules: [...new Set(findings.map((f) => f.rule))], messages: findings.map((f) => f.message) };
}

const drawing = (id: number) =>
  `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1" cy="1"/><wp:docPr id="${id}" name="Afbeelding ${id}"/></wp:inline></w:drawing></w:r></w:p>`;
const sdt = (id: number) =>
  `<w:sdt><w:sdtPr><w:id w:val="${id}"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>`;

describe("each rule fires on a package broken in that way", () => {
  test("a part without a content type (no Default for its extension, no Override)", async () => {
    const { rules, messages } = await findingsAfter(async (zip) => {
      zip.file("word/media/image1.emf", new Uint8Array([1, 2, 3]));
    });
    expect(rules).toEqual(["content-type"]);
    expect(messages[0]).toContain("word/media/image1.emf");
  });

  test("an Override counts, whatever the case of the part name", async () => {
    const { rules } = await findingsAfter(
      async (zip) => {
        zip.file("word/media/image1.emf", new Uint8Array([1, 2, 3]));
      },
      (zip) =>
        change(zip, CT, (xml) =>
          xml.replace("</Types>", '<Override PartName="/Word/Media/Image1.EMF" ContentType="image/x-emf"/></Types>'),
        ),
    );
    expect(rules).toEqual([]);
  });

  test("two Defaults for one extension", async () => {
    const { rules } = await findingsAfter((zip) =>
      change(zip, CT, (xml) =>
        xml.replace("</Types>", '<Default Extension="XML" ContentType="application/xml"/></Types>'),
      ),
    );
    expect(rules).toEqual(["content-type-duplicate"]);
  });

  test("a relationship to a part that is not there", async () => {
    const { rules, messages } = await findingsAfter((zip) =>
      change(zip, RELS, (xml) =>
        xml.replace(
          "</Relationships>",
          '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/weg.png"/></Relationships>',
        ),
      ),
    );
    expect(rules).toEqual(["relationship-target"]);
    expect(messages[0]).toContain("word/media/weg.png");
  });

  test("an external relationship needs no part", async () => {
    const { rules } = await findingsAfter((zip) =>
      change(zip, RELS, (xml) =>
        xml.replace(
          "</Relationships>",
          '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/></Relationships>',
        ),
      ),
    );
    expect(rules).toEqual([]);
  });

  test("a relationship id used twice in one .rels", async () => {
    const { rules } = await findingsAfter((zip) =>
      change(zip, RELS, (xml) => xml.replace(/(<Relationship [^>]*Id="rId1"[^>]*\/>)/, "$1$1")),
    );
    expect(rules).toEqual(["relationship-id-duplicate"]);
  });

  test("an r:id in a part that its .rels does not have", async () => {
    const { rules, messages } = await findingsAfter(
      inBody('<w:p><w:hyperlink r:id="rId999"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>'),
    );
    expect(rules).toEqual(["relationship-reference"]);
    expect(messages[0]).toContain('r:id="rId999"');
  });

  test("the main document missing", async () => {
    const { rules } = await findingsAfter(async (zip) => {
      zip.remove(DOC);
    });
    expect(rules).toEqual(expect.arrayContaining(["main-document", "relationship-target"]));
  });

  test("two drawings with one wp:docPr id, also across the body and a footer", async () => {
    expect((await findingsAfter(inBody(drawing(7) + drawing(7)))).rules).toEqual(["docpr-id-duplicate"]);
    expect((await findingsAfter(inBody(drawing(7) + drawing(8)))).rules).toEqual([]);
    const footer = (zip: JSZip) =>
      change(zip, "word/footer1.xml", (xml) => xml.replace(/<\/w:ftr>$/, `${drawing(7)}</w:ftr>`));
    expect((await findingsAfter(inBody(drawing(7)), footer)).rules).toEqual(["docpr-id-duplicate"]);
  });

  test("two content controls with one w:id", async () => {
    expect((await findingsAfter(inBody(sdt(42) + sdt(42)))).rules).toEqual(["sdt-id-duplicate"]);
    expect((await findingsAfter(inBody(sdt(42) + sdt(43)))).rules).toEqual([]);
  });

  test("a part that is no well-formed XML", async () => {
    const { rules, messages } = await findingsAfter((zip) =>
      change(zip, DOC, (xml) => xml.replace("</w:body>", "</w:bod>")),
    );
    expect(rules).toEqual(["xml-malformed"]);
    expect(messages[0]).toContain(DOC);
  });

  test("a DOCTYPE in a part", async () => {
    const { rules } = await findingsAfter((zip) =>
      change(zip, "word/styles.xml", (xml) => xml.replace("?>", '?><!DOCTYPE w:styles [<!ENTITY x "y">]>')),
    );
    expect(rules).toEqual(["xml-doctype"]);
  });

  test("an element or attribute in a namespace Word does not know", async () => {
    expect((await findingsAfter(inBody('<w:p><x:note xmlns:x="urn:example:unknown"/></w:p>'))).rules).toEqual([
      "namespace-unknown",
    ]);
    expect((await findingsAfter(inBody('<w:p xmlns:x="urn:example:unknown" x:mark="1"/>'))).rules).toEqual([
      "namespace-unknown",
    ]);
  });

  test("an unknown namespace marked ignorable, or required by an mc:Choice, is allowed", async () => {
    expect(
      (await findingsAfter(inBody('<w:p xmlns:x="urn:example:unknown" mc:Ignorable="x" x:mark="1"><x:note/></w:p>')))
        .rules,
    ).toEqual([]);
    const choice =
      '<w:p><w:r><mc:AlternateContent><mc:Choice xmlns:x="urn:example:unknown" Requires="x"><x:shape/></mc:Choice><mc:Fallback><w:t>-</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    expect((await findingsAfter(inBody(choice))).rules).toEqual([]);
    // ignorable on a sibling does not cover it
    expect(
      (
        await findingsAfter(
          inBody(
            '<w:p xmlns:x="urn:example:unknown" mc:Ignorable="x"/><w:p xmlns:x="urn:example:unknown"><x:note/></w:p>',
          ),
        )
      ).rules,
    ).toEqual(["namespace-unknown"]);
  });

  test("an mc:Ignorable prefix that is not declared", async () => {
    const { rules, messages } = await findingsAfter((zip) =>
      change(zip, DOC, (xml) => xml.replace('mc:Ignorable="w14 w15 wp14"', 'mc:Ignorable="w14 w15 wp14 w99"')),
    );
    expect(rules).toEqual(["ignorable-undeclared"]);
    expect(messages[0]).toContain('"w99"');
  });

  test("bytes that are no zip", async () => {
    expect((await checkPackage(new TextEncoder().encode("geen zip"))).map((f) => f.rule)).toEqual(["main-document"]);
  });
});
