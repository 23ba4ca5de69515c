// Emptiness judged on the whole body: the kinds read from a body's OOXML (allow-list: what is not
// an empty paragraph's scaffolding is content) and the domain's decision and Dutch wording.
import { contentKindsOfOoxml } from "../../src/document/body-content";
import { bodyContent, describeContent, mapDocument, notEmptyMessage } from "../../src/domain";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const doc = (body: string) =>
  `<w:document xmlns:w="${W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
const flat = (body: string) =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>${doc(body)}</pkg:xmlData></pkg:part></pkg:package>`;
const graphic = (uri: string) =>
  `<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="${uri}"/></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

describe("contentKindsOfOoxml", () => {
  test.each([
    [
      "empty paragraphs with formatting, bookmarks and proofing marks",
      '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">  </w:t></w:r></w:p><w:p/>',
      [],
    ],
    [
      "only a tracked deletion",
      '<w:p><w:del w:id="1" w:author="X"><w:r><w:delText>weg</w:delText></w:r></w:del></w:p>',
      ["deletion"],
    ],
    [
      "a tracked insertion",
      '<w:p><w:ins w:id="1" w:author="X"><w:r><w:t>nieuw</w:t></w:r></w:ins></w:p>',
      ["text", "insertion"],
    ],
    ["a picture", graphic("http://schemas.openxmlformats.org/drawingml/2006/picture"), ["picture"]],
    ["a chart", graphic("http://schemas.openxmlformats.org/drawingml/2006/chart"), ["chart"]],
    ["SmartArt", graphic("http://schemas.openxmlformats.org/drawingml/2006/diagram"), ["smartArt"]],
    ["a shape", graphic("http://schemas.microsoft.com/office/word/2010/wordprocessingShape"), ["drawing"]],
    [
      "a VML picture",
      '<w:p><w:r><w:pict><v:shape><v:imagedata r:id="rId5"/></v:shape></w:pict></w:r></w:p>',
      ["picture"],
    ],
    [
      "an mc:AlternateContent pair",
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"/><mc:Fallback/></mc:AlternateContent></w:r></w:p>',
      ["drawing"],
    ],
    ["an embedded object", "<w:p><w:r><w:object><v:shape/></w:object></w:r></w:p>", ["object"]],
    ["a table with empty cells", "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", ["table"]],
    ["a field without a result", '<w:p><w:fldSimple w:instr=" PAGE "/></w:p>', ["field"]],
    ["an empty content control", "<w:sdt><w:sdtPr/><w:sdtContent><w:p/></w:sdtContent></w:sdt>", ["contentControl"]],
    [
      "a comment anchor",
      '<w:p><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
      ["comment"],
    ],
    ["a footnote reference", '<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', ["footnote"]],
    ["an equation", "<w:p><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></w:p>", ["equation"]],
    ["a section break", '<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr></w:p>', ["sectionBreak"]],
    ["a page break", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>', ["other"]],
    ["an element the add-in does not know", "<w:p><w:customXml><w:r/></w:customXml></w:p>", ["other"]],
  ])("%s", (_what, body, kinds) => {
    expect(contentKindsOfOoxml(doc(body))).toEqual(kinds);
    expect(contentKindsOfOoxml(flat(body))).toEqual(kinds);
  });

  test("a header or footer on the document's own section counts", () => {
    const xml = doc("<w:p/>").replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>');
    expect(contentKindsOfOoxml(xml)).toEqual(["headerFooter"]);
  });

  // Word on Windows carries the header and footer parts in Body.getOoxml's package: judged by what they hold
  const HDR = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
  const FTR = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
  const withParts = (refs: string, parts: [string, string][]) =>
    flat("<w:p/>")
      .replace("<w:sectPr>", `<w:sectPr>${refs}`)
      .replace(
        "</pkg:package>",
        parts
          .map(
            ([type, inner], i) =>
              `<pkg:part pkg:name="/word/part${i}.xml" pkg:contentType="${type}"><pkg:xmlData><w:${type === HDR ? "hdr" : "ftr"} xmlns:w="${W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${inner}</w:${type === HDR ? "hdr" : "ftr"}></pkg:xmlData></pkg:part>`,
          )
          .join("") + "</pkg:package>",
      );
  const refs = '<w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>';

  test("an empty header and footer (no text, no drawing) are no content: the body is empty", () => {
    const empty = '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>';
    expect(
      contentKindsOfOoxml(
        withParts(refs, [
          [HDR, empty],
          [FTR, "<w:p/>"],
        ]),
      ),
    ).toEqual([]);
  });

  test.each([
    ["text in the header", "<w:p><w:r><w:t>Gemeente Hengelo</w:t></w:r></w:p>", "<w:p/>"],
    ["a logo in the header", graphic("http://schemas.openxmlformats.org/drawingml/2006/picture"), "<w:p/>"],
    ["a page number in the footer", "<w:p/>", '<w:p><w:fldSimple w:instr=" PAGE "/></w:p>'],
  ])("%s counts", (_what, header, footer) => {
    expect(
      contentKindsOfOoxml(
        withParts(refs, [
          [HDR, header],
          [FTR, footer],
        ]),
      ),
    ).toEqual(["headerFooter"]);
  });

  test("a referenced header the package does not carry counts (not knowing is not empty)", () => {
    expect(contentKindsOfOoxml(withParts(refs, [[HDR, "<w:p/>"]]))).toEqual(["headerFooter"]);
  });

  test("OOXML that cannot be read is not called empty", () => {
    expect(contentKindsOfOoxml("<w:document><w:body>")).toEqual(["other"]);
    expect(contentKindsOfOoxml("<geen/>")).toEqual(["other"]);
  });
});

describe("the domain's decision", () => {
  test("a body is empty only when text, tables, controls and OOXML hold nothing", () => {
    const none = { text: " \r\n", tables: 0, contentControls: 0, ooxmlKinds: [] };
    expect(bodyContent(none)).toEqual([]);
    expect(bodyContent({ ...none, text: "x" })).toEqual(["text"]);
    expect(bodyContent({ ...none, tables: 1 })).toEqual(["table"]);
    expect(bodyContent({ ...none, contentControls: 2 })).toEqual(["contentControl"]);
    expect(bodyContent({ ...none, ooxmlKinds: ["deletion", "picture"] })).toEqual(["deletion", "picture"]);
  });

  test("mapDocument calls a body with only a picture 'other', not 'empty'", () => {
    const snapshot = { paragraphs: [{ text: "", tableNestingLevel: 0 }], tables: [] };
    expect(mapDocument(snapshot).kind).toBe("empty");
    expect(mapDocument({ ...snapshot, ooxmlKinds: [] }).kind).toBe("empty");
    const withPicture = mapDocument({ ...snapshot, ooxmlKinds: ["picture"] });
    expect(withPicture).toMatchObject({ kind: "other", content: ["picture"] });
  });

  test("the Dutch wording lists what is there", () => {
    expect(describeContent(["picture"])).toBe("afbeeldingen");
    expect(describeContent(["deletion", "chart", "sectionBreak"])).toBe(
      "bijgehouden verwijderingen, grafieken en sectie-einden",
    );
    expect(notEmptyMessage(["chart"])).toMatch(
      /^Dit document is niet leeg: het bevat grafieken\. .*‘Nieuwe handreiking’\.$/,
    );
  });
});
