// Word's own ids and people in the package, for the research copy: paragraph, text, comment
// and drawing ids renumbered from 1 (one mapping for the whole package, so the links between
// comments and their extended parts hold), revision-save ids (rsid*), list ids (nsid, tmpl) and
// document ids removed,
// content-control ids renumbered, custom XML item ids replaced; authors of tracked changes and
// comments replaced by "Auteur 1", "Auteur 2"… and their dates moved by the form's date shift.
import type { Attr, Document, Element } from "@xmldom/xmldom";
import { W_NS, isElement } from "./ooxml";
import { authorLabel } from "../domain/text/research-copy";

export const NS = {
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  w16cid: "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  w16cex: "http://schemas.microsoft.com/office/word/2018/wordml/cex",
  wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  ds: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  we: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
} as const;

export const ID_NAMESPACES = new Set<string>([NS.w14, NS.w15, NS.w16cid, NS.w16cex, NS.wp14]);
/** Hex ids (8 digits) Word gives paragraphs, rows, comments and drawings. */
export const HEX_ID_ATTRIBUTES = new Set(["paraId", "textId", "durableId", "paraIdParent", "anchorId", "editId"]);

/** New ids for old ones, one mapping per package. */
export class IdRenumbering {
  private readonly hexIds = new Map<string, string>();
  private readonly guids = new Map<string, string>();
  private readonly authors = new Map<string, number>();
  private sdtIds = 0;

  hex(old: string): string {
    const key = old.toUpperCase();
    let id = this.hexIds.get(key);
    if (!id) {
      // paraId and textId must stay below 0x80000000: counting from 1 does
      id = (this.hexIds.size + 1).toString(16).toUpperCase().padStart(8, "0");
      this.hexIds.set(key, id);
    }
    return id;
  }

  guid(old: string): string {
    const key = old.toUpperCase();
    let id = this.guids.get(key);
    if (!id) {
      id = `{00000000-0000-4000-8000-${(this.guids.size + 1).toString(16).toUpperCase().padStart(12, "0")}}`;
      this.guids.set(key, id);
    }
    return id;
  }

  /** The same person gets the same number in every part. */
  authorNumber(name: string): number {
    let n = this.authors.get(name.trim());
    if (n === undefined) {
      n = this.authors.size + 1;
      this.authors.set(name.trim(), n);
    }
    return n;
  }

  nextSdtId(): string {
    this.sdtIds += 1;
    return String(this.sdtIds);
  }
}

function attributesOf(e: Element): Attr[] {
  const out: Attr[] = [];
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes.item(i);
    if (a) out.push(a);
  }
  return out;
}

function setValue(e: Element, a: Attr, value: string): void {
  if (a.namespaceURI) e.setAttributeNS(a.namespaceURI, a.name, value);
  else e.setAttribute(a.name, value);
}

/** Moves the date of an ISO date-time ("2020-09-03T10:00:00Z") by the shift; null when it is not one. */
export type ShiftDateTime = (value: string) => string | null;

export function shiftDateTimeWith(shiftIso: (iso: string) => string | null): ShiftDateTime {
  return (value) => {
    const m = /^(\d{4}-\d{2}-\d{2})(T[0-9:.]*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
    const day = m ? shiftIso(m[1] ?? "") : null;
    return m && day ? `${day}${m[2] ?? ""}` : null;
  };
}

/**
 * Renumbers or removes Word's ids and replaces the people (authors, initials, dates) in one XML
 * part. Iterative over the element list: deep documents cannot exhaust the stack.
 */
export function scrubIdsAndPeople(doc: Document, ids: IdRenumbering, shift: ShiftDateTime): void {
  const remove: Element[] = [];
  for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    const ns = e.namespaceURI ?? "";
    const name = e.localName ?? "";
    // revision-save ids (settings w:rsids, styles w:rsid) and the document's own ids
    // and the random ids of numbered lists (w:nsid) and their templates (w:tmpl), kept when copied
    if (
      (ns === W_NS && (name === "rsids" || name === "rsid" || name === "nsid" || name === "tmpl")) ||
      ((ns === NS.w14 || ns === NS.w15) && name === "docId")
    ) {
      remove.push(e);
      continue;
    }
    if (
      ns === W_NS &&
      name === "id" &&
      isElement(e.parentNode) &&
      e.parentNode.namespaceURI === W_NS &&
      e.parentNode.localName === "sdtPr"
    ) {
      e.setAttributeNS(W_NS, "w:val", ids.nextSdtId());
    }
    let author: number | null = null;
    for (const a of attributesOf(e)) {
      const ans = a.namespaceURI ?? "";
      const an = a.localName ?? "";
      if (ans === W_NS && an.startsWith("rsid")) e.removeAttributeNode(a);
      else if (ID_NAMESPACES.has(ans) && HEX_ID_ATTRIBUTES.has(an)) setValue(e, a, ids.hex(a.value));
      else if ((ans === NS.ds && an === "itemID") || (ans === W_NS && an === "storeItemID"))
        setValue(e, a, ids.guid(a.value));
      else if ((ans === W_NS || ans === NS.w15) && an === "author") {
        author = ids.authorNumber(a.value);
        setValue(e, a, authorLabel(author));
      } else if ((ans === W_NS && an === "date") || (ans !== "" && an === "dateUtc")) {
        // w16cex:dateUtc on comments, w16du:dateUtc on tracked changes: moved like w:date
        const shifted = shift(a.value);
        if (shifted) setValue(e, a, shifted);
        else e.removeAttributeNode(a);
      }
    }
    const initials = e.getAttributeNodeNS(W_NS, "initials");
    if (initials) setValue(e, initials, author === null ? "A" : `A${author}`);
    if (ns === NS.w15 && name === "presenceInfo") {
      e.setAttributeNS(NS.w15, "w15:providerId", "None");
      const owner = isElement(e.parentNode) ? e.parentNode.getAttributeNS(NS.w15, "author") : "";
      e.setAttributeNS(NS.w15, "w15:userId", owner || "Auteur");
    }
    if (ns === NS.we && name === "webextension" && e.hasAttribute("id"))
      e.setAttribute("id", ids.guid(e.getAttribute("id") ?? ""));
  }
  for (const e of remove) e.parentNode?.removeChild(e);
}
