// word-host opens Word files other people made (a UTF-8 byte-order mark in a part, ISO Strict
// namespaces) and refuses the rest with a true Dutch sentence: password-protected, old .doc,
// damaged, no Word document.
import JSZip from "jszip";
import { createWordHost } from "..";
import { blankDocx } from "../package";
import { OpenError } from "../open-errors";
import { strictToTransitional, transitionalToStrict } from "../strict";
import { FILE_KIND_ERRORS } from "../../src/document/file-signature";
import { LIMIT_ERRORS } from "../../src/document/read-limits";

async function bodyText(docx: Uint8Array): Promise<string> {
  const host = await createWordHost({ profile: "web", docx });
  host.install();
  try {
    return await Word.run(async (context) => {
      const body = context.document.body;
      body.load("text");
      await context.sync();
      return body.text;
    });
  } finally {
    host.uninstall();
  }
}

async function openError(bytes: Uint8Array): Promise<string> {
  try {
    await createWordHost({ profile: "web", docx: bytes });
  } catch (error) {
    expect(error).toBeInstanceOf(OpenError);
    return (error as Error).message;
  }
  throw new Error("opened");
}

const BOM = "\uFEFF";

/** A package with a UTF-8 BOM before every XML part, as some tools write it. */
async function withBoms(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    zip.file(name, BOM + (await zip.file(name)!.async("string")));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** The same package in ISO Strict namespaces (as Word's "Strict Open XML Document" saves it). */
async function asStrict(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    zip.file(name, transitionalToStrict(await zip.file(name)!.async("string")));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** An OLE compound file as Word writes a password-protected .docx (MS-OFFCRYPTO): signature, directory names. */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of streams) {
    for (let i = 0; i < name.length; i++) bytes[at + 2 * i] = name.charCodeAt(i);
    at += 128; // one directory entry
  }
  return bytes;
}

const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe("word-host opens what Word opens", () => {
  test("a byte-order mark before the XML declaration of every part", async () => {
    const docx = await withBoms(await blankDocx(para("Met BOM")));
    expect(await bodyText(docx)).toBe("Met BOM");
  });

  test("ISO Strict: the text is read, and a saved Strict file stays Strict and opens again", async () => {
    const docx = await asStrict(await blankDocx(para("Strikt")));
    const host = await createWordHost({ profile: "web", docx });
    host.install();
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Erbij", "End");
      await context.sync();
    });
    host.uninstall();
    const saved = await host.saveDocx();
    const xml = await (await JSZip.loadAsync(saved)).file("word/document.xml")!.async("string");
    expect(xml).toContain("http://purl.oclc.org/ooxml/wordprocessingml/main");
    expect(xml).not.toContain("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    expect(await bodyText(saved)).toBe("Strikt\rErbij");
  });

  test("the Strict map is one table, both ways", () => {
    const transitional =
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"';
    const strict = transitionalToStrict(transitional);
    expect(strict).toBe(
      'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles"',
    );
    expect(strictToTransitional(strict)).toBe(transitional);
    // the package namespaces are the same in both
    const pkg = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
    expect(transitionalToStrict(pkg)).toBe(pkg);
  });
});

describe("word-host refuses the rest in Dutch, with the true reason", () => {
  test("a password-protected Word file says so", async () => {
    expect(await openError(compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))).toBe(
      FILE_KIND_ERRORS.encrypted,
    );
  });

  test("an old .doc (a compound file without encryption streams) says it is an old Word file", async () => {
    expect(await openError(compoundFile(["Root Entry", "WordDocument", "1Table"]))).toBe(FILE_KIND_ERRORS.oldDoc);
  });

  test("a cut-off .docx says damaged", async () => {
    const docx = await blankDocx(para("Heel"));
    expect(await openError(docx.subarray(0, Math.floor(docx.length / 2)))).toBe(LIMIT_ERRORS.damagedZip);
  });

  test("text and a zip without a Word document are not Word documents", async () => {
    expect(await openError(new TextEncoder().encode("Hallo, dit is tekst."))).toMatch(/geen Word-document/);
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/theme/theme1.xml", "<a:theme/>");
    expect(await openError(await zip.generateAsync({ type: "uint8array" }))).toMatch(/word\/document\.xml ontbreekt/);
  });

  test("a main part that is no XML says damaged, in Dutch", async () => {
    const zip = await JSZip.loadAsync(await blankDocx(para("x")));
    zip.file("word/document.xml", "<w:document><w:body>");
    expect(await openError(await zip.generateAsync({ type: "uint8array" }))).toMatch(/beschadigd/);
  });
});
