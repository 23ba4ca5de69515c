// Body.getOoxml (WordApi 1.1): Word answers with a Flat OPC package (pkg:package, namespace
// http://schemas.microsoft.com/office/2006/xmlPackage) whose /word/document.xml part holds a
// w:document with the body's content. Real Word adds the styles, numbering and other parts the
// range uses; the emulator gives the package relationships and the document part only, with the
// live body as it is (tracked changes, drawings, fields and section properties included). For the
// document body on a PC profile it adds the header and footer parts as they were opened, as Word on
// Windows does (Word on the web leaves them out: office-js-docs issue 583).
import { serializeXml, type El } from "./ooxml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
const CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** The Flat OPC package Word returns for a body: its w:document root (namespaces) around a copy of the body. */
export function flatOoxmlOfBody(
  body: El,
  headersFooters: readonly { name: string; contentType: string; xml: string }[] = [],
): string {
  const root = body.ownerDocument!.documentElement!;
  const shallow = root.cloneNode(false) as El;
  shallow.appendChild(body.cloneNode(true));
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${CT_RELS}"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_OFFICE}" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${CT_MAIN}"><pkg:xmlData>` +
    serializeXml(shallow) +
    `</pkg:xmlData></pkg:part>` +
    headersFooters
      .map(
        (p) =>
          `<pkg:part pkg:name="${p.name}" pkg:contentType="${p.contentType}"><pkg:xmlData>${p.xml}</pkg:xmlData></pkg:part>`,
      )
      .join("") +
    `</pkg:package>`
  );
}
