// Parts of a .docx package (OPC) as XML documents: read, write, remove a part with everything
// that points at it, and list a part's relationships. jszip + @xmldom/xmldom only. A package
// can keep its parsed parts (cacheParts): each part is then parsed once, edited in place by
// every step, and serialised once by flushParts (the research copy of a 12 MB document.xml).
import type { Document, Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import { relsPathOf, resolveTarget } from "./opc-paths";
import { REL_NS, parseXml, serializeXml } from "./ooxml";

export const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

interface CachedPart {
  doc: Document;
  dirty: boolean;
}

const caches = new WeakMap<JSZip, Map<string, CachedPart>>();

/** A part held in pieces, not as one Document (segmented-document.ts): its pieces are edited in place. */
export interface PiecewisePart {
  /** The parsed pieces, in document order. */
  documents(): Document[];
  serialize(): string;
}

/** Always written back by flushParts: the copy rewrites the part's text. */
const piecewise = new WeakMap<JSZip, Map<string, PiecewisePart>>();

/** A part read in pieces elsewhere (the copy reader's document.xml): kept, edited and written back as such. */
export function seedPiecewisePart(zip: JSZip, path: string, part: PiecewisePart): void {
  let parts = piecewise.get(zip);
  if (!parts) piecewise.set(zip, (parts = new Map()));
  parts.set(path, part);
  if (!zip.file(path)) zip.file(path, "");
}

export function piecewisePart(zip: JSZip, path: string): PiecewisePart | undefined {
  return piecewise.get(zip)?.get(path);
}

/** The parsed documents of a part: one, or its pieces; null when the part is not there. */
export async function partDocuments(zip: JSZip, path: string): Promise<Document[] | null> {
  const part = piecewisePart(zip, path);
  if (part) return part.documents();
  const doc = await readXmlPart(zip, path);
  return doc ? [doc] : null;
}

/** After editing partDocuments' documents: the part is written back. */
export function partEdited(zip: JSZip, path: string, docs: readonly Document[]): void {
  if (piecewisePart(zip, path)) return; // always written back
  if (docs[0]) writeXmlPart(zip, path, docs[0]);
}

/** From now on this package's XML parts are parsed once and written back by flushParts. */
export function cacheParts(zip: JSZip): void {
  if (!caches.has(zip)) caches.set(zip, new Map());
}

/** A part already parsed elsewhere (the copy reader's document.xml): not parsed again. */
export function seedPart(zip: JSZip, path: string, doc: Document): void {
  caches.get(zip)?.set(path, { doc, dirty: false });
}

/** Serialises every edited part into the zip (once each). */
export function flushParts(zip: JSZip): void {
  for (const [path, part] of piecewise.get(zip) ?? []) if (zip.file(path)) zip.file(path, part.serialize());
  piecewise.delete(zip);
  for (const [path, part] of caches.get(zip) ?? []) {
    if (!part.dirty) continue;
    zip.file(path, serializeXml(part.doc));
    part.dirty = false;
  }
}

export async function readXmlPart(zip: JSZip, path: string): Promise<Document | null> {
  // a part in pieces is never parsed whole behind its back: edits to that copy would be lost
  // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
  if (piecewisePart(zip, path)) throw new Error(`${path} is held in pieces`);
  const cache = caches.get(zip);
  const hit = cache?.get(path);
  if (hit) return hit.doc;
  const text = await zip.file(path)?.async("string");
  if (text === undefined) return null;
  const doc = parseXml(text);
  if (doc && cache) cache.set(path, { doc, dirty: false });
  return doc;
}

export function writeXmlPart(zip: JSZip, path: string, doc: Document): void {
  const cache = caches.get(zip);
  if (!cache) {
    zip.file(path, serializeXml(doc));
    return;
  }
  // listed in the zip at once (partPaths), its text written by flushParts
  if (!zip.file(path)) zip.file(path, "");
  cache.set(path, { doc, dirty: true });
}

/** Writes a part's text directly (what was parsed of it before is dropped). */
export function writeTextPart(zip: JSZip, path: string, text: string): void {
  caches.get(zip)?.delete(path);
  piecewise.get(zip)?.delete(path);
  zip.file(path, text);
}

/** Removes one file from the package (and from the parsed parts). */
export function removeFile(zip: JSZip, path: string): void {
  caches.get(zip)?.delete(path);
  piecewise.get(zip)?.delete(path);
  zip.remove(path);
}

/** Every file in the package (no folders), sorted. */
export function partPaths(zip: JSZip): string[] {
  return Object.keys(zip.files)
    .filter((p) => !zip.files[p]?.dir)
    .sort();
}

/** The part a relationships part belongs to: "word/_rels/document.xml.rels" → "word/document.xml"; "_rels/.rels" → "".
 * */
export function ownerOfRels(relsPath: string): string {
  return relsPath === "_rels/.rels" ? "" : relsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
}

function folderOf(partPath: string): string {
  return partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/")) : "";
}

export interface Relationship {
  element: Element;
  id: string;
  type: string;
  external: boolean;
  /** The package path of an internal target; the raw target of an external one. */
  target: string;
}

export function relationshipsIn(rels: Document, owner: string): Relationship[] {
  return (Array.from(rels.getElementsByTagNameNS(REL_NS, "Relationship")) as Element[]).map((r) => {
    const external = r.getAttribute("TargetMode") === "External";
    const raw = r.getAttribute("Target") ?? "";
    return {
      element: r,
      id: r.getAttribute("Id") ?? "",
      type: r.getAttribute("Type") ?? "",
      external,
      target: external ? raw : resolveTarget(folderOf(owner), raw),
    };
  });
}

/**
 * Offers every relationship of every relationships part to `edit`, which returns true when it
 * changed (or removed) the relationship's element; a part is written back only when one did.
 */
export async function editRelationships(zip: JSZip, edit: (r: Relationship) => boolean): Promise<void> {
  for (const relsPath of partPaths(zip).filter((p) => p.endsWith(".rels"))) {
    const doc = await readXmlPart(zip, relsPath);
    if (!doc) continue;
    let changed = false;
    for (const r of relationshipsIn(doc, ownerOfRels(relsPath))) if (edit(r)) changed = true;
    if (changed) writeXmlPart(zip, relsPath, doc);
  }
}

/** Removes a part, its own relationships, every relationship pointing at it and its content-type override. */
export async function removePart(zip: JSZip, path: string): Promise<void> {
  removeFile(zip, path);
  removeFile(zip, relsPathOf(path));
  await editRelationships(zip, (r) => {
    if (r.external || r.target !== path) return false;
    r.element.parentNode?.removeChild(r.element);
    return true;
  });
  const ct = await readXmlPart(zip, "[Content_Types].xml");
  if (ct) {
    for (const o of Array.from(ct.getElementsByTagNameNS(CT_NS, "Override"))) {
      if ((o.getAttribute("PartName") ?? "").replace(/^\//, "") === path) o.parentNode?.removeChild(o);
    }
    writeXmlPart(zip, "[Content_Types].xml", ct);
  }
}
