// Issue 23: a string judged a name anywhere in the file (here by context: "oom Gerolt") is replaced with the same code
// in every other box and part of the copy, also where nothing around it says it is a name.
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { paragraphTexts } from "../../src/document/outside-texts";
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";
import { stopHost } from "handreiking-fixtures/harness";
import { filledDocx } from "handreiking-fixtures/filled-docx";

afterAll(stopHost);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function form(boxes: Record<string, string>, otherTexts: string[] = []) {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  return anonymiseForm({
    data,
    boxTexts: { initialen: "QZ", ...boxes },
    offsetDays: 41,
    lexicon: dutchLexicon(),
    otherTexts,
  });
}

describe("in the form", () => {
  it("a name found by context in one box is replaced with the same code in another", () => {
    const copy = form({
      zorgen: "Gesprek met oom Gerolt over de weekenden.",
      hulpvraag: "Volgens Gerolt gaat het beter.",
    });
    const code = /met oom (.+) over/u.exec(copy.boxTexts.zorgen ?? "")?.[1] ?? "";
    expect(code).not.toBe("");
    expect(code).not.toContain("Gerolt");
    expect(copy.boxTexts.hulpvraag).toBe(`Volgens ${code} gaat het beter.`);
  });

  it("a name found by context only outside the boxes is replaced in the boxes", () => {
    expect(form({ hulpvraag: "Volgens Gerolt gaat het beter." }).boxTexts.hulpvraag).toBe(
      "Volgens Gerolt gaat het beter.",
    );
    const copy = form({ hulpvraag: "Volgens Gerolt gaat het beter." }, ["Gesprek met oom Gerolt gehad."]);
    expect(copy.boxTexts.hulpvraag).not.toContain("Gerolt");
  });
});

test("paragraphTexts reads each paragraph's runs, tabs as spaces, entities decoded", () => {
  const xml = `<w:body><w:p><w:r><w:t>Oom</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Gerolt &amp; co</w:t></w:r></w:p><w:p><w:del><w:r><w:delText>weg</w:delText></w:r></w:del></w:p><w:p/></w:body>`;
  expect(paragraphTexts(xml)).toEqual(["Oom Gerolt & co", "weg"]);
});

describe("in the file", () => {
  let copied: Record<string, string>;

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await filledDocx());
    const edit = async (path: string, f: (xml: string) => string): Promise<void> => {
      zip.file(path, f(await zip.file(path)!.async("string")));
    };
    await edit("[Content_Types].xml", (ct) =>
      ct.replace(
        "</Types>",
        `<Override PartName="/word/header9.xml" ContentType="${WML}.header+xml"/><Override PartName="/word/comments.xml" ContentType="${WML}.comments+xml"/></Types>`,
      ),
    );
    await edit("word/_rels/document.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        `<Relationship Id="rIdHdr9" Type="${REL}/header" Target="header9.xml"/><Relationship Id="rIdCm9" Type="${REL}/comments" Target="comments.xml"/></Relationships>`,
      ),
    );
    // the context that makes it a name stands only in the comment
    zip.file(
      "word/comments.xml",
      `${decl}<w:comments xmlns:w="${W}"><w:comment w:id="9" w:author="A" w:date="2020-09-03T10:00:00Z">${para("Gesprek met oom Gerolt gehad.")}</w:comment></w:comments>`,
    );
    zip.file("word/header9.xml", `${decl}<w:hdr xmlns:w="${W}">${para("Volgens Gerolt gaat het beter.")}</w:hdr>`);
    await edit("word/footnotes.xml", (xml) =>
      xml.replace(
        "</w:footnotes>",
        `<w:footnote w:id="9">${para("Volgens Gerolt gaat het beter.")}</w:footnote></w:footnotes>`,
      ),
    );
    await edit("word/document.xml", (xml) => {
      const at = xml.lastIndexOf("<w:sectPr");
      return (
        xml.slice(0, at) +
        para("Volgens Gerolt gaat het beter.") +
        xml
          .slice(at)
          .replace("<w:footerReference", '<w:headerReference w:type="default" r:id="rIdHdr9"/><w:footerReference')
      );
    });
    const copy = await anonymiseCopy(await zip.generateAsync({ type: "uint8array" }), {
      code: "J09",
      lexicon: dutchLexicon(),
      offsetDays: 30,
    });
    const out = await JSZip.loadAsync(copy.bytes);
    copied = {};
    for (const p of ["word/document.xml", "word/header9.xml", "word/footnotes.xml", "word/comments.xml"])
      copied[p] = paragraphTexts(await out.file(p)!.async("string")).join("\n");
  }, 120_000);

  test("the name is gone from the comment, the body, the header and the footnote, with one code everywhere", () => {
    const code = /met oom (.+) gehad/u.exec(copied["word/comments.xml"] ?? "")?.[1] ?? "";
    expect(code).not.toBe("");
    for (const [part, text] of Object.entries(copied)) {
      expect([part, text.includes("Gerolt")]).toEqual([part, false]);
      if (part !== "word/comments.xml")
        expect([part, text]).toEqual([part, expect.stringContaining(`Volgens ${code} gaat`)]);
    }
  });
});
