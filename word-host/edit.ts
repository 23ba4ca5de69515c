// Document mutations shared by the API proxies and the simulated user, with Word's lock rules.
// Lock semantics: https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-cannotedit-member
// (cannotEdit = contents can't be edited, cannotDelete = control can't be deleted) and ECMA-376 §17.5.2.23 (w:lock).
import { Errors } from "./errors";
import {
  El,
  XDoc,
  NS,
  isW,
  kids,
  kid,
  wEl,
  ownerDoc,
  paragraphText,
  inlineText,
  blockText,
  paragraphsIn,
  makeRun,
  makeParagraph,
  firstRPr,
  clearParagraph,
  inlineChildren,
  blockChildren,
  containerEndRef,
  containerStartRef,
  paragraphStartRef,
  ensureParagraph,
  insertAfter,
  remove,
  closest,
  setWAttr,
  descendants,
  attached,
} from "./ooxml";
import {
  cannotEdit,
  cannotDelete,
  sdtAncestors,
  sdtContent,
  sdtsIn,
  isInline,
  makeSdt,
  setShowingPlaceholder,
  showingPlaceholder,
} from "./sdt";

export type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";

/** A contiguous run of sibling nodes (block or inline) — the emulator's Word.Range. */
export interface RangeT {
  parent: El;
  nodes: El[];
}

export const normLoc = (loc: unknown, allowed: InsertLocation[], where: string): InsertLocation => {
  const s = String(loc ?? "");
  const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
  if (!hit) throw Errors.invalidArgument("insertLocation", where);
  return hit;
};

export function isBlock(n: El): boolean {
  return isW(n, "p") || isW(n, "tbl") || (isW(n, "sdt") && !isInline(n));
}

export function rangeIsBlock(r: RangeT): boolean {
  return r.nodes.length > 0 ? r.nodes.every(isBlock) : !isW(r.parent, "p") && !isInlineContent(r.parent);
}

function isInlineContent(el: El): boolean {
  return isW(el, "sdtContent") && isInline(el.parentNode as El);
}

export function rangeText(r: RangeT): string {
  if (r.nodes.length === 0) return "";
  return rangeIsBlock(r) ? blockText(r.nodes) : r.nodes.map(inlineText).join("");
}

export function rangeAlive(r: RangeT): boolean {
  return attached(r.parent) && r.nodes.every((n) => n.parentNode === r.parent);
}

// ---------------------------------------------------------------- locks

/** Throws when `node` sits inside (or, with includeSelf, is) a control whose contents are locked. */
export function assertEditable(node: El, location: string, includeSelf = false): void {
  const chain = sdtAncestors(node);
  if (includeSelf && isW(node, "sdt")) chain.unshift(node);
  if (chain.some(cannotEdit)) throw Errors.locked(location);
}

/** Throws when removing `nodes` would delete a control that cannot be deleted (or edit locked content). */
export function assertDeletable(nodes: El[], location: string): void {
  for (const n of nodes) {
    assertEditable(n, location);
    const sdts = isW(n, "sdt") ? [n, ...sdtsIn(n)] : sdtsIn(n);
    if (sdts.some(cannotDelete)) throw Errors.locked(location);
  }
}

// ---------------------------------------------------------------- text insertion

/** Inserts text into a paragraph. "\n" starts new paragraphs (Word's insertText behaviour). Returns the new run(s). */
export function paragraphInsertText(p: El, text: string, loc: "Replace" | "Start" | "End", location: string): RangeT {
  assertEditable(p, location);
  const doc = ownerDoc(p);
  const lines = String(text).split(/\r\n|\r|\n/);
  const rPr = firstRPr(p);
  if (loc === "Replace") {
    assertDeletable(inlineChildren(p), location);
    clearParagraph(p);
  }
  const run = makeRun(doc, lines[0], rPr);
  if (loc === "Start") p.insertBefore(run, paragraphStartRef(p));
  else p.appendChild(run);
  if (lines.length > 1) {
    // Following lines become paragraphs after p; with "Start" the tail of p moves to the last one.
    const pPr = kid(p, "pPr");
    let after = p;
    const tail = loc === "Start" ? inlineChildren(p).slice(inlineChildren(p).indexOf(run) + 1) : [];
    lines.slice(1).forEach((line, i) => {
      const np = makeParagraph(doc, line, pPr, rPr);
      if (i === lines.length - 2) tail.forEach((t) => np.appendChild(t));
      insertAfter(np, after);
      after = np;
    });
  }
  return { parent: p, nodes: [run] };
}

/** Insert text at an inline position (inside a paragraph or inline control); newlines become w:br. */
function inlineInsert(parent: El, ref: Node | null, text: string): RangeT {
  const run = makeRun(ownerDoc(parent), String(text).replace(/\r\n|\r|\n/g, "\v"), firstRPr(parent));
  parent.insertBefore(run, ref);
  return { parent, nodes: [run] };
}

export function rangeInsertText(r: RangeT, text: string, loc: InsertLocation, location: string): RangeT {
  assertEditable(r.nodes[0] ?? r.parent, location, false);
  if (isW(r.parent, "sdt")) throw Errors.general("bad range", location);
  if (rangeIsBlock(r)) {
    const paras = r.nodes.flatMap((n) => paragraphsIn(n));
    if (paras.length === 0) throw Errors.invalidArgument("insertLocation", location);
    if (loc === "Replace") {
      const first = paras[0];
      const rest = r.nodes.filter((n) => n !== first && !paragraphsIn(n).includes(first));
      assertDeletable(rest, location);
      const out = paragraphInsertText(first, text, "Replace", location);
      rest.forEach(remove);
      // the original range now covers the new text
      r.parent = first;
      r.nodes = out.nodes.slice();
      return out;
    }
    return loc === "Start" || loc === "Before"
      ? paragraphInsertText(paras[0], text, "Start", location)
      : paragraphInsertText(paras[paras.length - 1], text, "End", location);
  }
  if (loc === "Replace") {
    assertDeletable(r.nodes, location);
    const ref = r.nodes.length ? r.nodes[r.nodes.length - 1].nextSibling : null;
    r.nodes.forEach(remove);
    const out = inlineInsert(r.parent, ref, text);
    r.nodes = out.nodes.slice();
    return out;
  }
  if (loc === "Start" || loc === "Before")
    return inlineInsert(r.parent, r.nodes[0] ?? paragraphStartOrNull(r.parent), text);
  const last = r.nodes[r.nodes.length - 1];
  return inlineInsert(r.parent, last ? last.nextSibling : null, text);
}

function paragraphStartOrNull(parent: El): Node | null {
  return isW(parent, "p") ? paragraphStartRef(parent) : (kids(parent)[0] ?? null);
}

/** The block element a node belongs to in its container (for Before/After paragraph inserts). */
export function enclosingBlock(n: El): El {
  if (isBlock(n)) return n;
  const p = closest(n, "p", true)!;
  // an inline control's paragraph
  return p;
}

export function insertParagraphNear(
  anchor: El,
  text: string,
  loc: "Before" | "After",
  location: string,
  pPrFrom?: El | null,
): El {
  const block = enclosingBlock(anchor);
  assertEditable(block, location);
  const doc = ownerDoc(block);
  const pPr = pPrFrom === undefined ? (isW(block, "p") ? kid(block, "pPr") : null) : pPrFrom;
  const p = makeParagraph(doc, "", pPr);
  if (text !== "") paragraphInsertText(p, text, "End", location);
  if (loc === "Before") block.parentNode!.insertBefore(p, block);
  else insertAfter(p, block);
  return p;
}

export function containerInsertParagraph(container: El, text: string, loc: "Start" | "End", location: string): El {
  assertEditable(container, location, true);
  const doc = ownerDoc(container);
  const p = wEl(doc, "p");
  container.insertBefore(p, loc === "Start" ? containerStartRef(container) : containerEndRef(container));
  if (text !== "") {
    const lines = String(text).split(/\r\n|\r|\n/);
    p.appendChild(makeRun(doc, lines[0]));
    let after = p;
    for (const line of lines.slice(1)) {
      const np = makeParagraph(doc, line);
      insertAfter(np, after);
      after = np;
    }
  }
  return p;
}

// ---------------------------------------------------------------- containers (body / cell / block control)

export function containerClear(container: El, location: string): void {
  assertEditable(container, location, true);
  const blocks = blockChildren(container);
  assertDeletable(blocks, location);
  const pPr = blocks[0] && isW(blocks[0], "p") ? kid(blocks[0], "pPr") : null;
  blocks.forEach(remove);
  const p = makeParagraph(ownerDoc(container), "", pPr);
  container.insertBefore(p, containerEndRef(container));
}

export function containerText(container: El): string {
  return blockText(blockChildren(container));
}

// ---------------------------------------------------------------- content controls

export function wrapInSdt(nodes: El[], parent: El, id: number, location: string, refIfEmpty: Node | null = null): El {
  assertEditable(nodes[0] ?? parent, location, !nodes.length && isW(parent, "sdt"));
  const doc = ownerDoc(parent);
  const sdt = makeSdt(doc, id);
  const content = sdtContent(sdt);
  parent.insertBefore(sdt, nodes[0] ?? refIfEmpty);
  for (const n of nodes) content.appendChild(n);
  if (!nodes.length && !isW(parent, "p") && !isInlineContent(parent)) content.appendChild(wEl(doc, "p"));
  return sdt;
}

export function ccText(sdt: El): string {
  const content = sdtContent(sdt);
  return isInline(sdt) ? inlineText(content) : containerText(content);
}

export function ccInsertText(sdt: El, text: string, loc: InsertLocation, location: string): RangeT {
  assertEditable(sdt, location, true);
  const content = sdtContent(sdt);
  if (showingPlaceholder(sdt)) {
    clearContent(sdt);
    setShowingPlaceholder(sdt, false);
    if (loc !== "Replace") loc = "End";
  }
  if (isInline(sdt))
    return rangeInsertText(
      { parent: content, nodes: kids(content) },
      text,
      loc === "Before" ? "Start" : loc === "After" ? "End" : loc,
      location,
    );
  const paras = paragraphsIn(content);
  if (loc === "Replace") {
    const blocks = blockChildren(content);
    assertDeletable(blocks, location);
    const pPr = paras[0] ? kid(paras[0], "pPr") : null;
    blocks.forEach(remove);
    const p = makeParagraph(ownerDoc(sdt), "", pPr);
    content.appendChild(p);
    return paragraphInsertText(p, text, "End", location);
  }
  if (paras.length === 0) content.appendChild(wEl(ownerDoc(sdt), "p"));
  const all = paragraphsIn(content);
  return loc === "Start" || loc === "Before"
    ? paragraphInsertText(all[0], text, "Start", location)
    : paragraphInsertText(all[all.length - 1], text, "End", location);
}

function clearContent(sdt: El): void {
  const content = sdtContent(sdt);
  if (isInline(sdt)) kids(content).forEach(remove);
  else {
    const first = paragraphsIn(content)[0];
    const pPr = first ? kid(first, "pPr") : null;
    kids(content).forEach(remove);
    content.appendChild(makeParagraph(ownerDoc(sdt), "", pPr));
  }
}

export function ccClear(sdt: El, location: string, placeholder?: string): void {
  assertEditable(sdt, location, true);
  assertDeletable(kids(sdtContent(sdt)), location);
  clearContent(sdt);
  if (placeholder) showPlaceholder(sdt, placeholder);
}

/** Shows placeholder text the way Word stores it: a PlaceholderText-styled run + w:showingPlcHdr. */
export function showPlaceholder(sdt: El, text: string): void {
  clearContent(sdt);
  const doc = ownerDoc(sdt);
  const rPr = wEl(doc, "rPr");
  rPr.appendChild(wEl(doc, "rStyle", { val: "PlaceholderText" }));
  const run = makeRun(doc, text, rPr);
  const content = sdtContent(sdt);
  if (isInline(sdt)) content.appendChild(run);
  else paragraphsIn(content)[0].appendChild(run);
  setShowingPlaceholder(sdt, true);
}

export function ccDelete(sdt: El, keepContent: boolean, location: string): void {
  if (cannotDelete(sdt)) throw Errors.locked(location);
  assertEditable(sdt, location);
  const parent = sdt.parentNode as El;
  const content = sdtContent(sdt);
  if (keepContent) {
    for (const c of kids(content)) parent.insertBefore(c, sdt);
  } else if (sdtsIn(content).some(cannotDelete)) {
    // the control's own content lock doesn't stop deleting it whole; nested undeletable controls do
    throw Errors.locked(location);
  }
  remove(sdt);
  if (!isW(parent, "p") && !isInlineContent(parent) && !isW(parent, "tr") && !isW(parent, "tbl"))
    ensureParagraph(parent);
}

/** Removes block or inline nodes (Range.delete / Paragraph.delete / Table.delete). */
export function deleteNodes(nodes: El[], location: string): void {
  assertDeletable(nodes, location);
  const parents = new Set(nodes.map((n) => n.parentNode as El));
  nodes.forEach(remove);
  for (const p of parents)
    if (isW(p, "body") || isW(p, "tc") || (isW(p, "sdtContent") && !isInline(p.parentNode as El))) ensureParagraph(p);
}

// ---------------------------------------------------------------- paragraphs / styles

export function styleIdOf(p: El): string {
  const ps = kid(kid(p, "pPr") ?? p, "pStyle");
  return ps ? (ps.getAttributeNS(NS.w, "val") ?? "Normal") : "Normal";
}

export function setStyleId(p: El, styleId: string): void {
  const doc = ownerDoc(p);
  let pPr = kid(p, "pPr");
  if (!pPr) {
    pPr = wEl(doc, "pPr");
    p.insertBefore(pPr, p.firstChild);
  }
  let ps = kid(pPr, "pStyle");
  if (!ps) {
    ps = wEl(doc, "pStyle");
    pPr.insertBefore(ps, pPr.firstChild);
  }
  setWAttr(ps, "val", styleId);
}

export const tableNestingLevel = (n: El): number => {
  let level = 0;
  for (let a = n.parentNode; a; a = a.parentNode) if (isW(a, "tbl")) level++;
  return level;
};

export const isListItem = (p: El): boolean => !!kid(kid(p, "pPr") ?? p, "numPr");

export const paragraphTextOf = paragraphText;

export function docOf(n: El): XDoc {
  return ownerDoc(n);
}

export const allParagraphs = (container: El): El[] => descendants(container, "p");
