// w:sdt (content control) property helpers.
// Mapping follows ECMA-376 Part 1 §17.5.2 and the Word JS ContentControl docs
// (https://learn.microsoft.com/javascript/api/word/word.contentcontrol):
//   tag -> w:tag, title -> w:alias, id -> w:id,
//   cannotEdit/cannotDelete -> w:lock (contentLocked | sdtLocked | sdtContentLocked),
//   appearance/color -> w15:appearance / w15:color, removeWhenEdited -> w:temporary.
import { NS, El, XDoc, kid, kids, wAttr, setWAttr, wEl, isW, ownerDoc, descendants, ancestors, closest } from "./ooxml";

export function sdtPr(sdt: El): El {
  let pr = kid(sdt, "sdtPr");
  if (!pr) {
    pr = wEl(ownerDoc(sdt), "sdtPr");
    sdt.insertBefore(pr, sdt.firstChild);
  }
  return pr;
}

export function sdtContent(sdt: El): El {
  let c = kid(sdt, "sdtContent");
  if (!c) {
    c = wEl(ownerDoc(sdt), "sdtContent");
    sdt.appendChild(c);
  }
  return c;
}

function getVal(sdt: El, local: string): string | null {
  const e = kid(sdtPr(sdt), local);
  return e ? (wAttr(e, "val") ?? "") : null;
}

function setVal(sdt: El, local: string, value: string | null): void {
  const pr = sdtPr(sdt);
  let e = kid(pr, local);
  if (value === null) {
    if (e) pr.removeChild(e);
    return;
  }
  if (!e) {
    e = wEl(ownerDoc(sdt), local);
    // keep w:rPr first (schema order: rPr, alias, tag, id, lock, placeholder, temporary, showingPlcHdr, ...)
    const order = ["rPr", "alias", "tag", "id", "lock", "placeholder", "temporary", "showingPlcHdr"];
    const idx = order.indexOf(local);
    const after = kids(pr).find((k) => {
      const i = order.indexOf(k.localName);
      return k.namespaceURI !== NS.w || i === -1 || i > idx;
    });
    pr.insertBefore(e, after ?? null);
  }
  setWAttr(e, "val", value);
}

export const getTag = (sdt: El): string => getVal(sdt, "tag") ?? "";
export const setTag = (sdt: El, v: string): void => setVal(sdt, "tag", v === "" ? null : v);
export const getTitle = (sdt: El): string => getVal(sdt, "alias") ?? "";
export const setTitle = (sdt: El, v: string): void => setVal(sdt, "alias", v === "" ? null : v);

export function getId(sdt: El): number {
  const v = getVal(sdt, "id");
  return v === null || v === "" ? NaN : Number(v);
}
export const setId = (sdt: El, id: number): void => setVal(sdt, "id", String(id));

export type LockVal = "unlocked" | "contentLocked" | "sdtLocked" | "sdtContentLocked";

export function getLock(sdt: El): LockVal {
  const v = getVal(sdt, "lock");
  return (v as LockVal) || "unlocked";
}

export function cannotEdit(sdt: El): boolean {
  const l = getLock(sdt);
  return l === "contentLocked" || l === "sdtContentLocked";
}
export function cannotDelete(sdt: El): boolean {
  const l = getLock(sdt);
  return l === "sdtLocked" || l === "sdtContentLocked";
}

export function setLock(sdt: El, edit: boolean, del: boolean): void {
  const v = edit && del ? "sdtContentLocked" : edit ? "contentLocked" : del ? "sdtLocked" : null;
  setVal(sdt, "lock", v);
}

export function isTemporary(sdt: El): boolean {
  return !!kid(sdtPr(sdt), "temporary");
}
export function setTemporary(sdt: El, on: boolean): void {
  const pr = sdtPr(sdt);
  const e = kid(pr, "temporary");
  if (on && !e) pr.appendChild(wEl(ownerDoc(sdt), "temporary"));
  if (!on && e) pr.removeChild(e);
}

export function showingPlaceholder(sdt: El): boolean {
  return !!kid(sdtPr(sdt), "showingPlcHdr");
}
export function setShowingPlaceholder(sdt: El, on: boolean): void {
  const pr = sdtPr(sdt);
  const e = kid(pr, "showingPlcHdr");
  if (on && !e) pr.appendChild(wEl(ownerDoc(sdt), "showingPlcHdr"));
  if (!on && e) pr.removeChild(e);
}

function w15(sdt: El, local: string): El | null {
  for (const k of kids(sdtPr(sdt))) if (k.namespaceURI === NS.w15 && k.localName === local) return k;
  return null;
}

const APPEARANCE_TO_API: Record<string, string> = { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" };

export function getAppearance(sdt: El): string {
  const e = w15(sdt, "appearance");
  return APPEARANCE_TO_API[e?.getAttributeNS(NS.w15, "val") ?? "boundingBox"] ?? "BoundingBox";
}
export function setAppearance(sdt: El, api: string): boolean {
  const ooxml = Object.entries(APPEARANCE_TO_API).find(([, a]) => a.toLowerCase() === String(api).toLowerCase())?.[0];
  if (!ooxml) return false;
  let e = w15(sdt, "appearance");
  if (!e) {
    e = ownerDoc(sdt).createElementNS(NS.w15, "w15:appearance");
    sdtPr(sdt).appendChild(e);
  }
  e.setAttributeNS(NS.w15, "w15:val", ooxml);
  return true;
}

/** Color as "#RRGGBB"; "" when the control has no w15:color. */
export function getColor(sdt: El): string {
  const v = w15(sdt, "color")?.getAttributeNS(NS.w15, "val");
  return v ? `#${v.toUpperCase()}` : "";
}
export function setColor(sdt: El, color: string): boolean {
  const hex = String(color).replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) return false;
  let e = w15(sdt, "color");
  if (!e) {
    e = ownerDoc(sdt).createElementNS(NS.w15, "w15:color");
    sdtPr(sdt).appendChild(e);
  }
  e.setAttributeNS(NS.w15, "w15:val", hex.toUpperCase());
  return true;
}

const TYPE_MAP: Array<[string, string, string?]> = [
  ["text", "PlainText"],
  ["richText", "RichText"],
  ["dropDownList", "DropDownList"],
  ["comboBox", "ComboBox"],
  ["date", "DatePicker"],
  ["picture", "Picture"],
  ["group", "Group"],
  ["docPartObj", "BuildingBlockGallery"],
  ["checkbox", "CheckBox", NS.w14],
  ["repeatingSection", "RepeatingSection", NS.w15],
];

export function getType(sdt: El): string {
  const pr = sdtPr(sdt);
  for (const [local, api, ns] of TYPE_MAP) {
    if (kids(pr).some((k) => k.localName === local && k.namespaceURI === (ns ?? NS.w))) return api;
  }
  return "RichText";
}

/** Inline (run-level) controls live inside a paragraph; block ones wrap paragraphs/tables. */
export function isInline(sdt: El): boolean {
  const parent = sdt.parentNode as El;
  return isW(parent, "p") || (isW(parent, "sdtContent") && isInlineContainer(parent)) || isW(parent, "hyperlink");
}

function isInlineContainer(sdtContentEl: El): boolean {
  const owner = sdtContentEl.parentNode as El;
  return isInline(owner);
}

export function subtype(sdt: El): string {
  const t = getType(sdt);
  const parent = sdt.parentNode as El;
  if (t !== "RichText") return t;
  if (isInline(sdt)) return "RichTextInline";
  if (isW(parent, "tr")) return "RichTextTableCell";
  if (isW(parent, "tbl")) return "RichTextTableRow";
  if (kids(sdtContent(sdt)).some((k) => isW(k, "tbl"))) return "RichTextTable";
  return "RichTextParagraphs";
}

/** All w:sdt under a node in document order. */
export const sdtsIn = (n: Node): El[] => descendants(n, "sdt");

/** Nearest enclosing content control. */
export const parentSdt = (n: Node): El | null => closest(n, "sdt");

/** Enclosing controls, innermost first. */
export const sdtAncestors = (n: Node): El[] => ancestors(n).filter((a) => isW(a, "sdt"));

/** Creates an empty w:sdt with a fresh id. */
export function makeSdt(doc: XDoc, id: number): El {
  const sdt = wEl(doc, "sdt");
  const pr = wEl(doc, "sdtPr");
  sdt.appendChild(pr);
  setId(sdt, id);
  sdt.appendChild(wEl(doc, "sdtContent"));
  return sdt;
}
