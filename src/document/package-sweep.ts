// The last pass over the research copy's package: every part the copy cannot check leaves
// (package-inventory.ts says which), with its relationships, the relationships to it and its
// content type; references to parts that are gone (r:id, r:embed…) are taken out of the XML;
// content-type defaults no part uses any more go. Returns what was removed, by kind, for the
// report. Also the Strict check: a document in ISO Strict namespaces is refused, not half-read.
import type { Document, Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import {
  CT_NS,
  editRelationships,
  partDocuments,
  partEdited,
  partPaths,
  readXmlPart,
  relationshipsIn,
  removePart,
  writeXmlPart,
} from "./docx-parts";
import { inventory, isRemovedKind, STRICT_NAMESPACE, type PartKind, type RemovedKind } from "./package-inventory";
import { relsPathOf } from "./opc-paths";
import { R_NS, W_NS, rootNamespace } from "./ooxml";

export type RemovedParts = Partial<Record<RemovedKind, number>>;

/**
 * True when the package uses the Strict namespaces anywhere the copy would read (relationships,
 * main part). `mainNamespace`: the main part's root namespace when it is already read (a 12 MB
 * part is not unzipped again for its first tag).
 */
export async function isStrictPackage(zip: JSZip, mainPath: string, mainNamespace?: string): Promise<boolean> {
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  if (rels.includes(STRICT_NAMESPACE)) return true;
  const main = mainNamespace ?? rootNamespace((await zip.file(mainPath)?.async("string")) ?? "");
  return main.startsWith(STRICT_NAMESPACE);
}

/** Removes every part of a kind the copy cannot check, except the parts the copy wrote itself (`kept`). */
export async function removeUncheckedParts(zip: JSZip, kept: ReadonlySet<string>): Promise<RemovedParts> {
  const removed: RemovedParts = {};
  for (const [path, kind] of await inventory(zip)) {
    if (kept.has(path) || !isRemovedKind(kind) || !zip.file(path)) continue;
    await removePart(zip, path);
    removed[kind] = (removed[kind] ?? 0) + 1;
  }
  await removeRelationshipsToNothing(zip);
  await removeUnusedContentTypes(zip);
  return removed;
}

/** Internal relationships whose target is not in the package (the original's own loose ends). */
async function removeRelationshipsToNothing(zip: JSZip): Promise<void> {
  await editRelationships(zip, (r) => {
    if (r.external || zip.file(r.target)) return false;
    r.element.parentNode?.removeChild(r.element);
    return true;
  });
}

/** The kinds of the parts left, for the steps after the sweep. */
export async function partsOfKind(zip: JSZip, ...kinds: PartKind[]): Promise<string[]> {
  return [...(await inventory(zip))].filter(([, k]) => kinds.includes(k)).map(([p]) => p);
}

/**
 * References to relationships that are no longer there: the element carrying one goes (a font
 * embedding, a picture's data, an object's icon); a hyperlink keeps its text and loses the link.
 */
export async function removeDanglingReferences(zip: JSZip, xmlParts: readonly string[]): Promise<number> {
  let count = 0;
  for (const path of xmlParts) {
    const docs = await partDocuments(zip, path);
    if (!docs) continue;
    const rels = await readXmlPart(zip, relsPathOf(path));
    const ids = new Set((rels ? relationshipsIn(rels, path) : []).map((r) => r.id));
    const dangling = docs.flatMap((doc) => danglingIn(doc, ids));
    for (const { element, attribute } of dangling) {
      if (element.namespaceURI === W_NS && element.localName === "hyperlink")
        element.removeAttributeNS(R_NS, attribute);
      else element.parentNode?.removeChild(element);
    }
    if (dangling.length > 0) partEdited(zip, path, docs);
    count += dangling.length;
  }
  return count;
}

function danglingIn(doc: Document, ids: ReadonlySet<string>): { element: Element; attribute: string }[] {
  const out: { element: Element; attribute: string }[] = [];
  for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    for (let i = 0; i < e.attributes.length; i++) {
      const a = e.attributes.item(i);
      if (a && a.namespaceURI === R_NS && a.value !== "" && !ids.has(a.value))
        out.push({ element: e, attribute: a.localName ?? "" });
    }
  }
  return out;
}

/**
 * Content-type overrides for parts that are not there, and defaults for extensions no part has
 * any more (a signature's "sigs"), except xml and rels.
 */
async function removeUnusedContentTypes(zip: JSZip): Promise<void> {
  const ct = await readXmlPart(zip, "[Content_Types].xml");
  if (!ct) return;
  const paths = partPaths(zip);
  const used = new Set(paths.map((p) => p.slice(p.lastIndexOf(".") + 1).toLowerCase()));
  const parts = new Set(paths.map((p) => p.toLowerCase()));
  let changed = false;
  for (const o of Array.from(ct.getElementsByTagNameNS(CT_NS, "Override")) as Element[]) {
    if (parts.has((o.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase())) continue;
    o.parentNode?.removeChild(o);
    changed = true;
  }
  for (const d of Array.from(ct.getElementsByTagNameNS(CT_NS, "Default")) as Element[]) {
    const ext = (d.getAttribute("Extension") ?? "").toLowerCase();
    if (ext === "xml" || ext === "rels" || used.has(ext)) continue;
    d.parentNode?.removeChild(d);
    changed = true;
  }
  if (changed) writeXmlPart(zip, "[Content_Types].xml", ct);
}
