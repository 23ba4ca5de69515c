// Real Word files from other projects (../shared/corpus beside the repository, see its README)
// with a filled handreiking grafted in: the form's data part and one content control per box,
// plus a planted name and BSN in every text node and every alt text, author and user id of every
// XML part, so that the research copy can be checked part by part on files nobody wrote for it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";
import { readCopy } from "../../src/document/read-data-part";
import { boxTag, DATA_PART_NAMESPACE } from "../../src/domain";

const REPO = path.resolve(__dirname, "../..");

/** ../shared/corpus beside the repository (CI), or beside a folder above it (a worktree). */
export function corpusDir(): string {
  for (let dir = path.dirname(REPO); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "corpus");
    if (existsSync(path.join(candidate, "files"))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`../shared/corpus not found beside ${REPO}`);
  }
}

export function corpusFiles(): { name: string; bytes: Uint8Array }[] {
  const dir = path.join(corpusDir(), "files");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".docx"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PLANT_ATTRIBUTES = new Set(["descr", "title", "author", "userId", "initials"]);

const parse = (xml: string): Document | null => {
  let failed = false;
  const doc = new DOMParser({ onError: (level) => void (level !== "warning" && (failed = true)) }).parseFromString(
    xml.replace(/^\uFEFF/, ""),
    "text/xml",
  );
  return failed || !doc.documentElement ? null : doc;
};
const serialize = (doc: Document): string => new XMLSerializer().serializeToString(doc);

/** Appends `plant` to every text node with a letter and to the attributes that name people or describe pictures. */
function plantIn(doc: Document, plant: string): number {
  let n = 0;
  for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    for (let c: Node | null = e.firstChild; c; c = c.nextSibling) {
      if ((c.nodeType === 3 || c.nodeType === 4) && /\p{L}/u.test(c.nodeValue ?? "") && e.localName !== "f") {
        const value = `${c.nodeValue ?? ""} ${plant}`;
        c.nodeValue = value;
        (c as unknown as { data: string }).data = value;
        n++;
      }
    }
    for (let i = 0; i < e.attributes.length; i++) {
      const a = e.attributes.item(i);
      if (a && PLANT_ATTRIBUTES.has(a.localName ?? "")) {
        a.value = `${a.value} ${plant}`;
        n++;
      }
    }
  }
  return n;
}

/** The form grafted from a filled handreiking: its data part's XML and its box texts. */
export interface Form {
  dataPart: string;
  boxTexts: Record<string, string>;
}

export async function formOf(filled: Uint8Array): Promise<Form> {
  const zip = await JSZip.loadAsync(filled);
  let dataPart = "";
  for (const p of Object.keys(zip.files).filter((f) => /^customXml\/item\d+\.xml$/.test(f))) {
    const text = await zip.file(p)!.async("string");
    if (text.includes(DATA_PART_NAMESPACE)) dataPart = text;
  }
  const read = await readCopy(filled);
  if (!read.ok || !dataPart) throw new Error("the filled form is not readable");
  return { dataPart, boxTexts: read.boxTexts };
}

function boxControl(doc: Document, key: string, text: string): Element {
  const el = (name: string) => doc.createElementNS(W, `w:${name}`);
  const sdt = el("sdt");
  const pr = el("sdtPr");
  const tag = el("tag");
  tag.setAttributeNS(W, "w:val", boxTag(key));
  pr.appendChild(tag);
  sdt.appendChild(pr);
  const content = el("sdtContent");
  for (const line of text.split("\n")) {
    const p = el("p");
    const r = el("r");
    const t = el("t");
    t.appendChild(doc.createTextNode(line));
    r.appendChild(t);
    p.appendChild(r);
    content.appendChild(p);
  }
  sdt.appendChild(content);
  return sdt;
}

export interface Grafted {
  bytes: Uint8Array;
  /** Text nodes and attributes the name was planted in, per part. */
  planted: Record<string, number>;
}

/**
 * The corpus file with `plant` in every XML part it holds, then the form's boxes at the end of the
 * main document's body and its data part as a custom XML part.
 */
export async function graft(bytes: Uint8Array, form: Form, plant: string): Promise<Grafted> {
  const zip = await JSZip.loadAsync(bytes);
  const planted: Record<string, number> = {};
  for (const [p, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.xml$/i.test(p) || p === "[Content_Types].xml") continue;
    const doc = parse(await file.async("string"));
    if (!doc) continue;
    const n = plantIn(doc, plant);
    if (n === 0) continue;
    planted[p] = n;
    zip.file(p, serialize(doc));
  }
  const rootRels = parse(await zip.file("_rels/.rels")!.async("string"))!;
  const main = Array.from(rootRels.getElementsByTagNameNS(PR, "Relationship")).find((r) =>
    (r.getAttribute("Type") ?? "").endsWith("/officeDocument"),
  );
  const mainPath = (main?.getAttribute("Target") ?? "word/document.xml").replace(/^\//, "");
  const doc = parse(await zip.file(mainPath)!.async("string"))!;
  const body = Array.from(doc.documentElement!.childNodes).find(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === "body",
  )!;
  const sectPr = Array.from(body.childNodes).filter((n) => n.nodeType === 1 && (n as Element).localName === "sectPr");
  const anchor = sectPr[sectPr.length - 1] ?? null;
  for (const [key, text] of Object.entries(form.boxTexts)) body.insertBefore(boxControl(doc, key, text), anchor);
  zip.file(mainPath, serialize(doc));

  zip.file("customXml/item9001.xml", form.dataPart);
  zip.file(
    "customXml/itemProps9001.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{90010000-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  zip.file(
    "customXml/_rels/item9001.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps9001.xml"/></Relationships>`,
  );
  const relsPath = mainPath.replace(/([^/]*)$/, "_rels/$1.rels");
  const rels = parse((await zip.file(relsPath)?.async("string")) ?? `<Relationships xmlns="${PR}"/>`)!;
  const rel = rels.createElementNS(PR, "Relationship");
  rel.setAttribute("Id", "rIdGraft9001");
  rel.setAttribute("Type", REL_CUSTOM_XML);
  rel.setAttribute("Target", "/customXml/item9001.xml");
  rels.documentElement!.appendChild(rel);
  zip.file(relsPath, serialize(rels));
  const types = parse(await zip.file("[Content_Types].xml")!.async("string"))!;
  const override = types.createElementNS(CT, "Override");
  override.setAttribute("PartName", "/customXml/itemProps9001.xml");
  override.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
  types.documentElement!.appendChild(override);
  // the grafted parts need these defaults; a few files typed every part by an override instead
  for (const [ext, type] of [
    ["xml", "application/xml"],
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
  ]) {
    if (new RegExp(`Extension="${ext}"`, "i").test(serialize(types))) continue;
    const d = types.createElementNS(CT, "Default");
    d.setAttribute("Extension", ext!);
    d.setAttribute("ContentType", type!);
    types.documentElement!.insertBefore(d, types.documentElement!.firstChild);
  }
  zip.file("[Content_Types].xml", serialize(types));
  return { bytes: await zip.generateAsync({ type: "uint8array" }), planted };
}

/** Every file of a package as text (binary parts as latin1, so byte strings can be found). */
export async function packageFiles(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [p, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    out[p] = /\.(xml|rels)$/i.test(p)
      ? await file.async("string")
      : Buffer.from(await file.async("uint8array")).toString("latin1");
  }
  return out;
}
