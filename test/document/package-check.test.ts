// Issue 15 item 5: the files the add-in writes pass a strict package check (package-check.ts):
// the bundled template, a form converted and filled on the emulator and saved, and its
// anonymised copy. Each rule is shown to fire on a package broken in that one way.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { checkPackage, type PackageRule } from "../../src/document/package-check";
import { withEveryKind } from "../anonymise/every-kind";
import { filledDocx } from "handreiking-fixtures/filled-docx";
import { PLAIN, stopHost } from "handreiking-fixtures/harness";

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

// --- what Word writes itself passes (issue 24), and real defects of that kind are still found --

const TRANSITIONAL_TO_STRICT: [string, string][] = [
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    'http://purl.oclc.org/ooxml/officeDocument/relationships"',
  ],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  [
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
  ],
  ["http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
  ],
];

/** Every XML part in ISO Strict namespaces, as Word saves "Strict Open XML Document". */
const toStrict: Edit = async (zip) => {
  let changed = 0;
  for (const path of Object.keys(zip.files).filter((p) => /\.xml$/.test(p) && p !== CT)) {
    const before = await zip.file(path)!.async("string");
    const after = TRANSITIONAL_TO_STRICT.reduce((xml, [from, to]) => xml.split(from).join(to), before);
    if (after !== before) changed++;
    zip.file(path, after);
  }
  if (changed < 3) throw new Error("toStrict changed too little");
};

const addPart =
  (path: string, contentType: string, content: string): Edit =>
  async (zip) => {
    zip.file(path, content);
    await change(zip, CT, (xml) =>
      xml.replace("</Types>", `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`),
    );
  };

const hyperlinkRel =
  (target: string): Edit =>
  (zip) =>
    change(zip, RELS, (xml) =>
      xml.replace(
        "</Relationships>",
        `<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}"/></Relationships>`,
      ),
    );

/** A run's drawing (without the run), as mc:Choice and mc:Fallback hold it. */
const drawingIn = (id: number) =>
  drawing(id)
    .replace(/^<w:p><w:r>/, "")
    .replace(/<\/w:r><\/w:p>$/, "");
const alternate = (choice: string, fallback: string, requires = "wps") =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="${requires}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;

describe("what Word writes itself passes the package check", () => {
  test("an ISO Strict document; its duplicate ids and unresolved r:id are still found", async () => {
    expect((await findingsAfter(toStrict)).rules).toEqual([]);
    expect((await findingsAfter(inBody(sdt(42) + sdt(42)), toStrict)).rules).toEqual(["sdt-id-duplicate"]);
    expect((await findingsAfter(inBody(drawing(7) + drawing(7)), toStrict)).rules).toEqual(["docpr-id-duplicate"]);
    const link = '<w:p><w:hyperlink r:id="rId999"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>';
    expect((await findingsAfter(inBody(link), toStrict)).rules).toEqual(["relationship-reference"]);
  });

  test("a chart's style and colour parts, in the chartStyle namespace (cs)", async () => {
    const style =
      '<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" id="201"><cs:axisTitle><cs:lnRef idx="0"/></cs:axisTitle></cs:chartStyle>';
    const part = addPart("word/charts/style1.xml", "application/vnd.ms-office.chartstyle+xml", style);
    expect((await findingsAfter(part)).rules).toEqual([]);
  });

  test("Office extensions Word writes: a15 in a picture, c16 in a chart, signatures, ActiveX", async () => {
    const a15 =
      '<w:p xmlns:a15="http://schemas.microsoft.com/office/drawing/2012/main" xmlns:c16="http://schemas.microsoft.com/office/drawing/2014/chart"><a15:objectPr objectId="_1"/><c16:uniqueId val="{1}"/></w:p>';
    expect((await findingsAfter(inBody(a15))).rules).toEqual([]);
    const signature =
      '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><Object><SignatureInfoV1 xmlns="http://schemas.microsoft.com/office/2006/digsig"/><xd:QualifyingProperties xmlns:xd="http://uri.etsi.org/01903/v1.3.2#"/></Object></Signature>';
    const sig = addPart(
      "_xmlsignatures/sig1.xml",
      "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml",
      signature,
    );
    const ax = addPart(
      "word/activeX/activeX1.xml",
      "application/vnd.ms-office.activeX+xml",
      '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}" ax:persistence="persistStream"/>',
    );
    expect((await findingsAfter(sig, ax)).rules).toEqual([]);
  });

  test("an SVG picture keeps SVG's namespace; the same namespace in the body is still unknown", async () => {
    const svg = addPart("word/media/image9.svg", "image/svg+xml", '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>');
    expect((await findingsAfter(svg)).rules).toEqual([]);
    const inline = '<w:p><svg:svg xmlns:svg="http://www.w3.org/2000/svg"/></w:p>';
    expect((await findingsAfter(inBody(inline))).rules).toEqual(["namespace-unknown"]);
  });

  test("a DrawingML extension (a:ext) holds any namespace; outside it, that namespace is unknown", async () => {
    const withExt = (inner: string) =>
      inBody(
        drawing(70).replace(
          "/></wp:inline>",
          `><a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${inner}</a:extLst></wp:docPr></wp:inline>`,
        ),
      );
    const future = '<x:future xmlns:x="urn:example:unknown"/>';
    expect(
      (await findingsAfter(withExt(`<a:ext uri="{00000000-0000-0000-0000-000000000001}">${future}</a:ext>`))).rules,
    ).toEqual([]);
    expect((await findingsAfter(withExt(future))).rules).toEqual(["namespace-unknown"]);
  });

  test("Office's [trash] items are no parts and need no content type", async () => {
    const trash: Edit = async (zip) => {
      zip.file("[trash]/0000.dat", new Uint8Array([0, 0, 0]));
    };
    expect((await findingsAfter(trash)).rules).toEqual([]);
  });

  test("a link to a bookmark as a fragment-only target is the part itself; a fragment on a missing part is not", async () => {
    expect((await findingsAfter(hyperlinkRel("#_Bladwijzer"))).rules).toEqual([]);
    const { rules, messages } = await findingsAfter(hyperlinkRel("media/weg.png#deel"));
    expect(rules).toEqual(["relationship-target"]);
    expect(messages[0]).toContain("word/media/weg.png");
  });

  test("one drawing or content control in an mc:Choice and again in its mc:Fallback has one id", async () => {
    expect((await findingsAfter(inBody(alternate(drawingIn(7), drawingIn(7))))).rules).toEqual([]);
    // a text box with a content control, as Word writes it in both branches
    const box = (id: number) =>
      `<w:pict><v:shape><v:textbox><w:txbxContent>${sdt(id)}</w:txbxContent></v:textbox></v:shape></w:pict>`;
    expect((await findingsAfter(inBody(alternate(box(42), box(42))))).rules).toEqual([]);
    // the id of the branch Word reads still counts against the rest of the document
    expect((await findingsAfter(inBody(drawing(7) + alternate(drawingIn(7), drawingIn(8))))).rules).toEqual([
      "docpr-id-duplicate",
    ]);
    // a Choice Word does not understand: Word reads the Fallback
    const unknownChoice = alternate(drawingIn(7), drawingIn(8), "x").replace(
      "<mc:Choice ",
      '<mc:Choice xmlns:x="urn:example:unknown" ',
    );
    expect((await findingsAfter(inBody(drawing(7) + unknownChoice))).rules).toEqual([]);
    expect((await findingsAfter(inBody(drawing(8) + unknownChoice))).rules).toEqual(["docpr-id-duplicate"]);
  });
});
