// Issue 23 item 5: "the review step shows every uncertain word in its sentence" — also the words
// the copy kept in headers, footers, comments, foot- and endnotes, hidden (w:vanish) text and
// deleted text, each with where it stands. Through the research-copy flow (anonymiseCopy, and
// makeCopy as the worker runs it), on the filled form with those parts added.
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { isFromWorker } from "../../src/document/copy-worker-protocol";
import { makeCopy } from "../../src/document/make-copy";
import { dutchLexicon } from "../../src/document/name-lists";
import type { ReviewItem } from "../../src/domain/anonymise";
import { stopHost } from "handreiking-fixtures/harness";
import { filledDocx } from "handreiking-fixtures/filled-docx";

afterAll(stopHost);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const para = (text: string, rPr = ""): string => `<w:p><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A capitalised word in mid-sentence that is no listed name: kept by the copy, uncertain, for the review. */
const noemt = (word: string): string => `Moeder noemt ${word} vaak.`;

/** Invented words, one per part, on no list. */
const WORDS = {
  koptekst: "Dorrewold",
  voettekst: "Brakveen",
  opmerking: "Hozewijn",
  voetnoot: "Tjalmaveen",
  eindnoot: "Wubbelerhof",
  "verborgen tekst": "Kardoezel",
  "verwijderde tekst (bijgehouden wijziging)": "Pluimveer",
} as const;

async function edit(zip: JSZip, path: string, f: (xml: string) => string): Promise<void> {
  zip.file(path, f(await zip.file(path)!.async("string")));
}

async function withUncertainWords(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip, "[Content_Types].xml", (ct) =>
    ct.replace(
      "</Types>",
      `<Override PartName="/word/header9.xml" ContentType="${WML}.header+xml"/><Override PartName="/word/comments.xml" ContentType="${WML}.comments+xml"/></Types>`,
    ),
  );
  await edit(zip, "word/_rels/document.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdHdr9" Type="${REL}/header" Target="header9.xml"/><Relationship Id="rIdCm9" Type="${REL}/comments" Target="comments.xml"/></Relationships>`,
    ),
  );
  zip.file("word/header9.xml", `${decl}<w:hdr xmlns:w="${W}">${para(noemt(WORDS.koptekst))}</w:hdr>`);
  zip.file(
    "word/comments.xml",
    `${decl}<w:comments xmlns:w="${W}"><w:comment w:id="9" w:author="A" w:date="2020-09-03T10:00:00Z">${para(noemt(WORDS.opmerking))}</w:comment></w:comments>`,
  );
  await edit(zip, "word/footer1.xml", (xml) => xml.replace("</w:ftr>", `${para(noemt(WORDS.voettekst))}</w:ftr>`));
  await edit(zip, "word/footnotes.xml", (xml) =>
    xml.replace("</w:footnotes>", `<w:footnote w:id="9">${para(noemt(WORDS.voetnoot))}</w:footnote></w:footnotes>`),
  );
  await edit(zip, "word/endnotes.xml", (xml) =>
    xml.replace("</w:endnotes>", `<w:endnote w:id="9">${para(noemt(WORDS.eindnoot))}</w:endnote></w:endnotes>`),
  );
  await edit(zip, "word/document.xml", (xml) => {
    const at = xml.lastIndexOf("<w:sectPr");
    const hidden = para(noemt(WORDS["verborgen tekst"]), "<w:rPr><w:vanish/></w:rPr>");
    const deleted = `<w:p><w:del w:id="991" w:author="A" w:date="2020-09-04T12:00:00Z"><w:r><w:delText xml:space="preserve">${noemt(WORDS["verwijderde tekst (bijgehouden wijziging)"])}</w:delText></w:r></w:del></w:p>`;
    return (
      xml.slice(0, at) +
      hidden +
      deleted +
      xml
        .slice(at)
        .replace("<w:footerReference", '<w:headerReference w:type="default" r:id="rIdHdr9"/><w:footerReference')
    );
  });
  return zip.generateAsync({ type: "uint8array" });
}

async function copyText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && f.name.endsWith(".xml"))
      .map((f) => f.async("string")),
  );
  return texts.join("\n");
}

describe("the review list covers every part of the file", () => {
  let original: Uint8Array;
  let review: ReviewItem[];
  let copied: string;

  beforeAll(async () => {
    original = await withUncertainWords(await filledDocx());
    const copy = await anonymiseCopy(original, { code: "J09", lexicon: dutchLexicon(), offsetDays: 30 });
    review = copy.report.review;
    copied = await copyText(copy.bytes);
  }, 120_000);

  test.each(Object.entries(WORDS))(
    "a word the copy kept in the %s is listed with its sentence and place",
    (where, word) => {
      // the copy really kept it (a replaced word would need no review)
      expect(copied).toContain(word);
      const item = review.find((r) => r.word === word);
      expect(item).toEqual({ word, sentence: noemt(word), where });
    },
  );

  test("the boxes' own words carry no place; the list has each word once", () => {
    expect(review.filter((r) => r.where === undefined).length).toBeGreaterThan(0);
    const words = review.map((r) => r.word);
    expect(new Set(words).size).toBe(words.length);
  });

  test("ticking a word from a header replaces it there too", async () => {
    const again = await anonymiseCopy(original, {
      code: "J09",
      lexicon: dutchLexicon(),
      offsetDays: 30,
      marked: [WORDS.koptekst, WORDS["verborgen tekst"]],
    });
    const text = await copyText(again.bytes);
    expect(text).not.toContain(WORDS.koptekst);
    expect(text).not.toContain(WORDS["verborgen tekst"]);
    expect(again.report.review.map((r) => r.word)).not.toContain(WORDS.koptekst);
  }, 120_000);

  test("the worker's result carries the places, and the pane accepts it", async () => {
    const result = await makeCopy(original, "J09", []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.review.find((r) => r.word === WORDS.opmerking)?.where).toBe("opmerking");
    expect(isFromWorker({ type: "anonymised", result })).toBe(true);
    const bad = { ...result, review: [{ word: "X", sentence: "X", where: 3 }] };
    expect(isFromWorker({ type: "anonymised", result: bad })).toBe(false);
  }, 120_000);
});
