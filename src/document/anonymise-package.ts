// The parts of the research copy around the text: settings (attached template, mail merge,
// document variables), embedded objects and ActiveX controls (removed, counted for the report),
// other add-ins' web extensions (removed; printer settings and thumbnails go in package-sweep.ts),
// external link targets (neutralised), alt texts (emptied), chart and SmartArt text (scrubbed), and relationships
// that no longer point anywhere. Every removal keeps the package consistent: the part, its
// relationships, the relationships to it and its content type go together.
import type { Document, Element, Node } from "@xmldom/xmldom";
import type JSZip from "jszip";
import {
  editRelationships,
  ownerOfRels,
  partDocuments,
  partEdited,
  partPaths,
  readXmlPart,
  relationshipsIn,
  removeFile,
  removePart,
  writeXmlPart,
} from "./docx-parts";
import { relsPathOf } from "./opc-paths";
import { O_NS, R_NS, W_NS, WE_NS, wDescendants } from "./ooxml";
import { OBJECT_REMOVED } from "../domain/text/research-copy";
export { OBJECT_REMOVED };

export const NEUTRAL_LINK = "https://geanonimiseerd.invalid/";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const V_NS = "urn:schemas-microsoft-com:vml";
const WEB_EXTENSION = /webextensions\/webextension[^/]*\.xml$/;

function removeAll(elements: readonly Element[]): void {
  for (const e of elements) e.parentNode?.removeChild(e);
}

/** Every attribute value in the part (relationship ids are referenced this way). */
function attributeValues(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    for (let i = 0; i < e.attributes.length; i++) out.add(e.attributes.item(i)?.value ?? "");
  }
  return out;
}

/**
 * Settings: the attached template (a path, often with a user name), mail merge (data source,
 * query, connection string), document variables; then the settings' relationships nobody
 * refers to any more, and the parts only they pointed at (recipient data).
 */
export async function scrubSettings(zip: JSZip, path: string): Promise<void> {
  const settings = await readXmlPart(zip, path);
  if (!settings) return;
  for (const name of ["attachedTemplate", "mailMerge", "docVars", "saveThroughXslt"])
    removeAll(wDescendants(settings, name));
  writeXmlPart(zip, path, settings);
  await pruneRelationships(zip, path, settings);
}

/** Removes a part's relationships its XML does not refer to, and internal targets nothing else uses. */
async function pruneRelationships(zip: JSZip, path: string, doc: Document): Promise<void> {
  const relsPath = relsPathOf(path);
  const rels = await readXmlPart(zip, relsPath);
  if (!rels) return;
  const used = attributeValues(doc);
  const orphans: string[] = [];
  for (const r of relationshipsIn(rels, path)) {
    if (used.has(r.id)) continue;
    r.element.parentNode?.removeChild(r.element);
    if (!r.external) orphans.push(r.target);
  }
  if (relationshipsIn(rels, path).length === 0) removeFile(zip, relsPath);
  else writeXmlPart(zip, relsPath, rels);
  for (const target of orphans) if (!(await isTargeted(zip, target))) await removePart(zip, target);
}

async function isTargeted(zip: JSZip, target: string): Promise<boolean> {
  for (const relsPath of partPaths(zip).filter((p) => p.endsWith(".rels"))) {
    const rels = await readXmlPart(zip, relsPath);
    if (rels && relationshipsIn(rels, ownerOfRels(relsPath)).some((r) => !r.external && r.target === target))
      return true;
  }
  return false;
}

function noteText(doc: Document): Element {
  const t = doc.createElementNS(W_NS, "w:t");
  t.appendChild(doc.createTextNode(OBJECT_REMOVED));
  return t;
}

const EMBEDDED_PART = /^word\/(embeddings|activeX)\//;
const EMBEDDING_REL = /\/(oleObject|package|control|aFChunk|activeXControlBinary)$/;

/**
 * Embedded objects (OLE objects, packages, ActiveX controls, alternative-format chunks) and the
 * workbooks behind charts: the elements give way to a short note in the text, the parts go.
 * Returns how many embedded files were removed.
 */
export async function removeEmbeddedObjects(zip: JSZip, xmlParts: readonly string[]): Promise<number> {
  const targets = new Set(partPaths(zip).filter((p) => EMBEDDED_PART.test(p) && !p.includes("/_rels/")));
  for (const path of xmlParts) {
    const docs = await partDocuments(zip, path);
    if (!docs) continue;
    const rels = await readXmlPart(zip, relsPathOf(path));
    for (const r of rels ? relationshipsIn(rels, path) : [])
      if (!r.external && EMBEDDING_REL.test(r.type)) targets.add(r.target);
    let changed = false;
    for (const doc of docs) if (removeEmbeddedElements(doc)) changed = true;
    if (changed) partEdited(zip, path, docs);
  }
  const removed = [...targets].filter((t) => zip.file(t));
  for (const t of removed) await removePart(zip, t);
  return removed.length;
}

/** The embedded objects' elements of one document: a note in their place. True when one was there. */
function removeEmbeddedElements(doc: Document): boolean {
  let changed = false;
  for (const obj of [...wDescendants(doc, "object"), ...wDescendants(doc, "control")]) {
    // inside a run: the note takes its place
    obj.parentNode?.replaceChild(noteText(doc), obj);
    changed = true;
  }
  for (const chunk of wDescendants(doc, "altChunk")) {
    const p = doc.createElementNS(W_NS, "w:p");
    const r = doc.createElementNS(W_NS, "w:r");
    r.appendChild(noteText(doc));
    p.appendChild(r);
    chunk.parentNode?.replaceChild(p, chunk);
    changed = true;
  }
  const loose = [
    ...(Array.from(doc.getElementsByTagNameNS(C_NS, "externalData")) as Element[]),
    ...(Array.from(doc.getElementsByTagNameNS(O_NS, "OLEObject")) as Element[]),
  ];
  if (loose.length > 0) {
    removeAll(loose);
    changed = true;
  }
  return changed;
}

/** Other add-ins' web extensions go; ours stays only when it carries the data part (`keep`). */
export async function removeWebExtensions(zip: JSZip, keep: string | null): Promise<void> {
  for (const path of partPaths(zip).filter((p) => WEB_EXTENSION.test(p) && p !== keep)) await removePart(zip, path);
  for (const path of partPaths(zip).filter((p) => /webextensions\/taskpanes\.xml$/.test(p))) {
    const panes = await readXmlPart(zip, path);
    if (!panes) continue;
    const rels = await readXmlPart(zip, relsPathOf(path));
    const ids = new Set((rels ? relationshipsIn(rels, path) : []).map((r) => r.id));
    for (const pane of Array.from(panes.getElementsByTagNameNS(WETP_NS, "taskpane")) as Element[]) {
      const ref = pane.getElementsByTagNameNS(WETP_NS, "webextensionref")[0];
      if (!ref || !ids.has(ref.getAttributeNS(R_NS, "id") ?? "")) pane.parentNode?.removeChild(pane);
    }
    if (panes.getElementsByTagNameNS(WETP_NS, "taskpane").length === 0) await removePart(zip, path);
    else writeXmlPart(zip, path, panes);
  }
  if (keep) {
    const we = await readXmlPart(zip, keep);
    // a snapshot is a picture of the add-in's pane
    if (we) {
      removeAll(Array.from(we.getElementsByTagNameNS(WE_NS, "snapshot")) as Element[]);
      writeXmlPart(zip, keep, we);
    }
  }
}

/** Every external target (links, linked pictures and objects, templates) points nowhere. */
export async function neutraliseExternalTargets(zip: JSZip): Promise<void> {
  await editRelationships(zip, (r) => {
    if (!r.external || r.target === NEUTRAL_LINK) return false;
    r.element.setAttribute("Target", NEUTRAL_LINK);
    return true;
  });
}

/** Alt text, titles and names of pictures and shapes (DrawingML and VML), link tooltips: emptied. */
export function scrubAltText(doc: Document): void {
  for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    if (e.localName === "docPr" || e.localName === "cNvPr") {
      for (const a of ["descr", "title"]) if (e.hasAttribute(a)) e.setAttribute(a, "");
      // often the picture's file name ("foto Sanne.jpg")
      if (e.getAttribute("name")) e.setAttribute("name", "Afbeelding");
    } else if (e.namespaceURI === V_NS) {
      if (e.hasAttribute("alt")) e.setAttribute("alt", "");
      if (e.hasAttributeNS(O_NS, "title")) e.setAttributeNS(O_NS, "o:title", "");
    } else if (e.namespaceURI === W_NS && e.localName === "hyperlink") {
      // the tooltip only shows on hovering: nobody reading the copy would check it
      e.removeAttributeNS(W_NS, "tooltip");
    } else if (e.localName === "dataBinding") {
      // bound to a custom XML part or a property that is not in the copy (w:, w15:)
      e.parentNode?.removeChild(e);
    }
  }
}

/**
 * Every text node of a part (chart titles and labels, SmartArt text) that `take` accepts:
 * through the scrubber. Only text with a letter: layout numbers stay numbers.
 */
export function scrubAllText(
  doc: Document,
  scrub: (text: string) => string,
  take: (n: Node) => boolean = () => true,
): void {
  for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    for (let n = e.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3 && n.nodeType !== 4) continue;
      if (!/\p{L}/u.test(n.nodeValue ?? "") || !take(n)) continue;
      const before = n.nodeValue ?? "";
      const after = scrub(before);
      if (after !== before) {
        n.nodeValue = after;
        (n as unknown as { data: string }).data = after;
      }
    }
  }
}

/**
 * Content controls not made by the add-in: their names (w:alias, w:tag), their list items'
 * texts and values scrubbed, a date picker's full date moved by the copy's date shift.
 */
export function scrubControlProperties(
  doc: Document,
  scrub: (text: string) => string,
  dates: { shiftIso(iso: string): string | null },
  skipped: (e: Element) => boolean,
): void {
  for (const pr of wDescendants(doc, "sdtPr")) {
    if (skipped(pr)) continue;
    for (const e of Array.from(pr.getElementsByTagNameNS(W_NS, "*")) as Element[]) {
      const attrs =
        e.localName === "alias" || e.localName === "tag"
          ? ["val"]
          : e.localName === "listItem"
            ? ["displayText", "value"]
            : [];
      for (const a of attrs) {
        const before = e.getAttributeNS(W_NS, a);
        if (before) e.setAttributeNS(W_NS, `w:${a}`, scrub(before));
      }
      if (e.localName === "date" && e.hasAttributeNS(W_NS, "fullDate")) {
        const full = e.getAttributeNS(W_NS, "fullDate") ?? "";
        const day = dates.shiftIso(full.slice(0, 10));
        if (day) e.setAttributeNS(W_NS, "w:fullDate", `${day}${full.slice(10)}`);
        else e.removeAttributeNS(W_NS, "fullDate");
      }
    }
  }
}
