// A body without text is not empty when it holds a tracked deletion, a picture, a chart, a field
// or a section break: the pane does not call it "Leeg document", "Nieuwe handreiking" refuses to
// write over it (checked again in the same Word.run), and the Zelftest and the startup guard,
// which write, refuse it too. The document is left byte for byte as it was.
import JSZip from "jszip";
import type { WordHost } from "word-host";
import { blankDocx } from "word-host";
import { runContract, documentIsEmpty } from "../../src/word/contract";
import { checkStartupGuard, type GuardStore } from "../../src/word/startup-guard";
import { gatewayFor, PH, PROFILES, startHost, stopHost } from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(() => stopHost());

const deletion =
  '<w:p><w:del w:id="1" w:author="Jan" w:date="2020-09-01T10:00:00Z"><w:r><w:delText>De oude afspraak.</w:delText></w:r></w:del></w:p>';
const picture =
  '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Foto"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const sectionBreak = '<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr></w:p><w:p/>';
const field = '<w:p><w:fldSimple w:instr=" DATE "/></w:p>';

async function documentXml(host: WordHost): Promise<string> {
  return (await JSZip.loadAsync(await host.saveDocx())).file("word/document.xml")!.async("string");
}

const memoryStore = (): GuardStore & { values: Record<string, string> } => {
  const values: Record<string, string> = {};
  return { values, get: (k) => values[k] ?? null, set: (k, v) => void (values[k] = v) };
};

describe.each(PROFILES)("on %s", (profile) => {
  test.each([
    ["only a tracked deletion", deletion, "bijgehouden verwijderingen"],
    ["only a picture", picture, "afbeeldingen"],
    ["only a section break", sectionBreak, "sectie-einden"],
    ["only a field", field, "velden"],
  ])("%s: not 'empty', no new handreiking over it, no Zelftest, no guard check", async (_what, body, named) => {
    const host = await startHost(profile, await blankDocx(body));
    const before = await documentXml(host);
    const gateway = gatewayFor();
    const view = await gateway.open();
    expect(view.kind).toBe("other");
    expect(view.map?.content?.length).toBeGreaterThan(0);
    await expect(said(gateway.newDocument(PH))).resolves.toMatch(
      new RegExp(`^Dit document is niet leeg: het bevat ${named}\\.`),
    );
    expect(await documentIsEmpty()).toBe(false);
    await expect(runContract()).resolves.toEqual({ status: "notEmpty" });
    const store = memoryStore();
    await expect(checkStartupGuard(store)).resolves.toEqual({ status: "unchecked" });
    expect(store.values).toEqual({});
    expect(await documentXml(host)).toBe(before);
  });
});

test("an empty body (formatting and a bookmark only) is still 'empty' and gets the new handreiking", async () => {
  await startHost(
    "desktop",
    await blankDocx(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>',
    ),
  );
  const gateway = gatewayFor();
  expect((await gateway.open()).kind).toBe("empty");
  expect((await gateway.newDocument(PH)).kind).toBe("form");
});

/** A blank document whose section references a header part holding `headerInner`. */
async function withHeader(headerInner: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await blankDocx("<w:p/>"));
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const doc = await zip.file("word/document.xml")!.async("string");
  zip.file(
    "word/document.xml",
    doc.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'),
  );
  zip.file("word/header1.xml", `<w:hdr xmlns:w="${W}">${headerInner}</w:hdr>`);
  const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("a header on an otherwise empty document", () => {
  test("an empty header part is no content where Word shows the parts (Windows): 'empty', a new handreiking", async () => {
    await startHost("desktop", await withHeader('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>'));
    const gateway = gatewayFor();
    expect((await gateway.open()).kind).toBe("empty");
    expect(await documentIsEmpty()).toBe(true);
    expect((await gateway.newDocument(PH)).kind).toBe("form");
  });

  test("a header with text is content: not 'empty', no new handreiking over it", async () => {
    const host = await startHost("desktop", await withHeader("<w:p><w:r><w:t>Gemeente Hengelo</w:t></w:r></w:p>"));
    const before = await documentXml(host);
    const gateway = gatewayFor();
    const view = await gateway.open();
    expect(view.kind).toBe("other");
    expect(view.map?.content).toEqual(["headerFooter"]);
    await expect(said(gateway.newDocument(PH))).resolves.toMatch(
      /^Dit document is niet leeg: het bevat kop- of voetteksten\./,
    );
    expect(await documentXml(host)).toBe(before);
  });

  test("where Word leaves the parts out (the web), even an empty header counts: not knowing is not empty", async () => {
    await startHost("web", await withHeader("<w:p/>"));
    expect((await gatewayFor().open()).kind).toBe("other");
  });
});
