// Issue 23 item 3, what the real files of ../shared/corpus lack: a digitally signed package, a
// custom XML part with an odd name, w16du:dateUtc on a tracked change, a hidden (w:vanish)
// paragraph, a cover-page control bound to the author property, equation text and a thumbnail.
// None of the planted values may be in any file of the copy, and the report says what went.
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { FIELD_REMOVED } from "../../src/document/anonymise-fields";
import { stopHost } from "handreiking-fixtures/harness";
import { filledDocx } from "handreiking-fixtures/filled-docx";
import { packageFiles } from "./real-files";

afterAll(stopHost);

const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SIG = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature";
const W16DU = "http://schemas.microsoft.com/office/word/2023/wordml/word16du";
const M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
const CORE_STORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}";

const LEAKS = ["Zwartkop", "Mohammed", "Amrani", "123456782", "2020-09-04", "SERIALNUMBER=PNONL"];

const BODY = [
  // a tracked change with both dates: the UTC twin must move with w:date
  `<w:p><w:ins w:id="301" w:author="Wilma Zwartkop" w:date="2020-09-04T11:00:00Z" w16du:dateUtc="2020-09-04T09:00:00Z" xmlns:w16du="${W16DU}"><w:r><w:t>Gesprek gepland</w:t></w:r></w:ins></w:p>`,
  // a hidden paragraph
  `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Mohammed el Amrani belde, BSN 123456782.</w:t></w:r></w:p>`,
  // a cover-page control bound to the author (dc:creator), its cached text a name the form does not know
  `<w:p><w:sdt><w:sdtPr><w:alias w:val="Auteur"/><w:dataBinding w:prefixMappings="xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'" w:xpath="/ns1:coreProperties[1]/ns0:creator[1]" w:storeItemID="${CORE_STORE}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>Wilma Zwartkop</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
  // an equation
  `<w:p><m:oMathPara xmlns:m="${M}"><m:oMath><m:r><m:t>Mohammed el Amrani</m:t></m:r></m:oMath></m:oMathPara></w:p>`,
].join("");

async function probe(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await filledDocx());
  const doc = await zip.file("word/document.xml")!.async("string");
  const at = doc.lastIndexOf("<w:sectPr");
  zip.file("word/document.xml", doc.slice(0, at) + BODY + doc.slice(at));
  // a signature: the origin part, one signature with the signer's certificate, their relationships and types
  zip.file("_xmlsignatures/origin.sigs", "");
  zip.file(
    "_xmlsignatures/sig1.xml",
    `<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyInfo><X509Data><X509SubjectName>CN=Wilma Zwartkop, SERIALNUMBER=PNONL-123456782</X509SubjectName></X509Data></KeyInfo></Signature>`,
  );
  zip.file(
    "_xmlsignatures/_rels/origin.sigs.rels",
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${SIG}/signature" Target="sig1.xml"/></Relationships>`,
  );
  // a custom XML part that is not called itemN.xml, and a thumbnail
  zip.file("customXml/klantgegevens.xml", "<klant><naam>Wilma Zwartkop</naam><bsn>123456782</bsn></klant>");
  zip.file("docProps/thumbnail.jpeg", new TextEncoder().encode("JFIF Zwartkop"));
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdSig" Type="${SIG}/origin" Target="_xmlsignatures/origin.sigs"/><Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>`,
    ),
  );
  const docRels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  zip.file(
    "word/_rels/document.xml.rels",
    docRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdOdd" Type="${REL}/customXml" Target="../customXml/klantgegevens.xml"/></Relationships>`,
    ),
  );
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    ct.replace(
      "</Types>",
      `<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("research copy: what the real files lack", () => {
  let before: Record<string, string>;
  let after: Record<string, string>;
  let copy: Awaited<ReturnType<typeof anonymiseCopy>>;

  beforeAll(async () => {
    const original = await probe();
    before = await packageFiles(original);
    copy = await anonymiseCopy(original, { code: "P01", offsetDays: 40 });
    after = await packageFiles(copy.bytes);
  }, 120_000);

  test("the probe holds every planted value (else the rest proves nothing)", () => {
    const all = Object.values(before).join("\n");
    for (const v of LEAKS) expect({ v, found: all.includes(v) }).toEqual({ v, found: true });
  });

  test("no planted value is in any file of the copy", () => {
    for (const [p, text] of Object.entries(after))
      for (const v of LEAKS) expect({ p, v, found: text.includes(v) }).toEqual({ p, v, found: false });
  });

  test("the signature goes with its relationships and content types, and the user is told the copy is unsigned", () => {
    expect(Object.keys(after).filter((p) => p.startsWith("_xmlsignatures/"))).toEqual([]);
    expect(after["_rels/.rels"]).not.toContain("digital-signature");
    expect(after["[Content_Types].xml"]).not.toMatch(/sigs|xmlsignature/);
    expect(copy.removed.signature).toBe(2);
    expect(copy.removedLines.join(" ")).toMatch(
      /De digitale handtekening \(2 onderdelen\) is verwijderd: de kopie is niet ondertekend/,
    );
  });

  test("the oddly named custom XML part and the thumbnail are removed and reported", () => {
    expect(after["customXml/klantgegevens.xml"]).toBeUndefined();
    expect(after["word/_rels/document.xml.rels"]).not.toContain("klantgegevens");
    expect(after["docProps/thumbnail.jpeg"]).toBeUndefined();
    expect(after["_rels/.rels"]).not.toContain("thumbnail");
    expect(copy.removed.customXml).toBe(1);
    expect(copy.removed.thumbnail).toBe(1);
  });

  test("w16du:dateUtc moves with w:date (the same day shift), hidden text and equations are scrubbed", () => {
    const doc = after["word/document.xml"]!;
    const shifted = (iso: string) => new Date(Date.parse(iso) + 40 * 86_400_000).toISOString().replace(".000Z", "Z");
    expect(doc).toContain(`w:date="${shifted("2020-09-04T11:00:00Z")}"`);
    expect(doc).toContain(`w16du:dateUtc="${shifted("2020-09-04T09:00:00Z")}"`);
    expect(doc).toMatch(/<w:vanish\/><\/w:rPr><w:t[^>]*>Ouder \d belde, BSN \[BSN\]\.<\/w:t>/);
    expect(doc).toMatch(/<m:t[^>]*>Ouder \d<\/m:t>/);
  });

  test("the control bound to the author shows [verwijderd] and is no longer bound", () => {
    const doc = after["word/document.xml"]!;
    expect(doc).toContain(`<w:alias w:val="Auteur"/>`);
    expect(doc).not.toContain("dataBinding");
    expect(doc).toMatch(new RegExp(`<w:alias w:val="Auteur"/>.*?<w:t[^>]*>\\${FIELD_REMOVED.slice(0, -1)}\\]</w:t>`));
    expect(copy.removedLines.join(" ")).toMatch(/1 gekoppeld vak .* is vervangen door ‘\[verwijderd\]’/);
  });
});
