// Word.Document, Word.Body, Word.Paragraph(Collection), Word.Range(Collection).
// Reference: https://learn.microsoft.com/javascript/api/word/word.document, .../word.body,
// .../word.paragraph, .../word.range (requirement sets in api-sets.generated.ts).
import JSZip from "jszip";
import { ClientObject, ClientCollection, ClientResult, RequestContext, defineScalars } from "./core";
import { Errors } from "./errors";
import type { Engine } from "./engine";
import {
  El,
  NS,
  isW,
  kid,
  kids,
  closest,
  descendants,
  paragraphText,
  paragraphsIn,
  blockChildren,
  containerEndRef,
  containerStartRef,
  isolateSpan,
  parseXml,
  ownerDoc,
  insertAfter,
  wAttr,
  inlineChildren,
} from "./ooxml";
import {
  RangeT,
  normLoc,
  rangeText,
  rangeIsBlock,
  rangeInsertText,
  paragraphInsertText,
  insertParagraphNear,
  containerInsertParagraph,
  containerClear,
  containerText,
  wrapInSdt,
  deleteNodes,
  assertEditable,
  assertDeletable,
  styleIdOf,
  setStyleId,
  tableNestingLevel,
  isListItem,
  isBlock,
} from "./edit";
import { sdtsIn, parentSdt, isInline } from "./sdt";
import { flatOoxmlOfBody } from "./flat-ooxml";
import { ContentControl, ContentControlCollection } from "./content-controls";
import { Table, TableCollection, TableCell, buildTable, topLevelTables, ensureParagraphAfterTable } from "./tables";
import { CustomXmlPartCollection, SettingCollection } from "./custom-xml";
import { styleNameOf, styleIdForName, ensureBuiltInStyle, BUILT_IN_STYLES, importStyles } from "./styles";

// ------------------------------------------------------------------ helpers shared by proxies

export function ccCollection(owner: ClientObject, name: string, list: () => El[]): ContentControlCollection {
  return owner._nav(name, () => new ContentControlCollection(owner.context, `${owner._path}.${name}`, list));
}

export function parentCc(owner: ClientObject, name: string, node: () => El, nullable: boolean): ContentControl {
  return owner._nav(name, () => {
    const cc = new ContentControl(
      owner.context,
      `${owner._path}.${name}`,
      () => {
        const sdt = parentSdt(node());
        if (!sdt) {
          if (nullable) return null;
          throw Errors.itemNotFound(`${owner._className}.${name}`);
        }
        return sdt;
      },
      nullable,
    );
    return cc;
  });
}

export function paragraphCollection(owner: ClientObject, name: string, list: () => El[]): ParagraphCollection {
  return owner._nav(name, () => new ParagraphCollection(owner.context, `${owner._path}.${name}`, list));
}

/** Word's search over the paragraphs of a scope; returns isolated ranges. */
export function searchIn(
  scope: El[],
  text: string,
  options: Record<string, unknown> | undefined,
  where: string,
): RangeT[] {
  if (typeof text !== "string" || text.length === 0 || text.length > 255)
    throw Object.assign(Errors.invalidArgument("searchText", where), { code: "SearchStringInvalidOrTooLong" });
  const o = options ?? {};
  const esc = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const wordChar = "[\\p{L}\\p{N}_]";
  const pre = o.matchWholeWord || o.matchPrefix ? `(?<!${wordChar})` : "";
  const post = o.matchWholeWord || o.matchSuffix ? `(?!${wordChar})` : "";
  const re = new RegExp(`${pre}${esc}${post}`, o.matchCase ? "gu" : "giu");
  const out: RangeT[] = [];
  const paras = [
    ...new Set(scope.flatMap((n) => (isW(n, "p") ? [n] : closest(n, "p") ? [closest(n, "p")!] : paragraphsIn(n)))),
  ];
  const inScope = (n: El) => scope.some((s) => s === n || isInside(n, s));
  for (const p of paras) {
    const matches = [...paragraphText(p).matchAll(re)].map((m) => [m.index!, m.index! + m[0].length] as const);
    // isolate from the end so earlier offsets stay valid
    const found: RangeT[] = [];
    for (const [s, e] of matches.reverse()) {
      const nodes = isolateSpan(p, s, e);
      if (nodes.length && nodes.every(inScope)) found.unshift({ parent: nodes[0].parentNode as El, nodes });
    }
    out.push(...found);
  }
  return out;
}

function isInside(n: Node, root: Node): boolean {
  for (let p: Node | null = n; p; p = p.parentNode) if (p === root) return true;
  return false;
}

function b64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64.replace(/\s+/g, ""));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * insertFileFromBase64: merges the other document's body (paragraphs, tables, content controls) and
 * the styles it uses. Headers/footers, numbering definitions, images and the inserted file's custom
 * XML parts and settings are NOT imported (documented in README).
 */
export async function importDocxBody(engine: Engine, base64: string, where: string): Promise<El[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(b64ToBytes(base64));
  } catch {
    throw Errors.invalidArgument("base64File", where);
  }
  const docText = await zip.file("word/document.xml")?.async("string");
  if (!docText) throw Errors.invalidArgument("base64File", where);
  const src = parseXml(docText);
  const body = kids(src.documentElement, "body")[0];
  const stylesText = await zip.file("word/styles.xml")?.async("string");
  const nodes = blockChildren(body).map((n) => ownerDoc(engine.body).importNode(n, true) as El);
  if (stylesText) importStyles(engine.pkg, parseXml(stylesText), nodes);
  return nodes;
}

function placeBlocks(
  engine: Engine,
  container: El,
  nodes: El[],
  loc: "Replace" | "Start" | "End",
  where: string,
): RangeT {
  assertEditable(container, where, true);
  if (loc === "Replace") {
    const old = blockChildren(container);
    assertDeletable(old, where);
    old.forEach((n) => container.removeChild(n));
  }
  const ref = loc === "Start" ? containerStartRef(container) : containerEndRef(container);
  for (const n of nodes) {
    container.insertBefore(n, ref);
    engine.claimIds(n);
  }
  if (blockChildren(container).length === 0) containerInsertParagraph(container, "", "End", where);
  return { parent: container, nodes };
}

// ------------------------------------------------------------------ Document

export class WordDocument extends ClientObject {
  declare saved: boolean;
  static override _navs = ["body", "contentControls", "customXmlParts", "settings"];
  constructor(ctx: RequestContext, engine: Engine) {
    super(ctx, "Document", "document", () => engine);
  }
  get body(): Body {
    return this._nav("body", () => new Body(this.context, "document.body", () => this._engine.body));
  }
  get contentControls(): ContentControlCollection {
    return ccCollection(this, "contentControls", () => sdtsIn(this._engine.body));
  }
  get customXmlParts(): CustomXmlPartCollection {
    return this._nav("customXmlParts", () => new CustomXmlPartCollection(this.context, "document.customXmlParts"));
  }
  get settings(): SettingCollection {
    return this._nav("settings", () => new SettingCollection(this.context, "document.settings"));
  }
  getSelection(): Range {
    this._checkUsable();
    return this._child(
      "getSelection",
      new Range(this.context, "document.getSelection()", () => {
        const sel = this._engine.selection;
        if (sel && this._engine.isAlive(sel)) return { parent: sel.parent, nodes: sel.nodes.slice() };
        const first = descendants(this._engine.body, "p")[0];
        return { parent: first, nodes: [] };
      }),
    );
  }
  /** save(): WordApi 1.1; the saveBehavior/fileName arguments need WordApi 1.5 (see @types/office-js remarks on
   * Document.save). */
  save(saveBehavior?: string, fileName?: string): void {
    const withArgs = saveBehavior !== undefined || fileName !== undefined;
    this._queue(
      "save",
      () => {
        const b = saveBehavior ?? "Save";
        if (!["save", "prompt"].includes(String(b).toLowerCase()))
          throw Errors.invalidArgument("saveBehavior", "Document.save");
        this._engine.savedAs.push({ saveBehavior: b, fileName });
      },
      withArgs ? "WordApi 1.5" : undefined,
    );
  }
  insertFileFromBase64(base64File: string, insertLocation: string): Range {
    const loc = normLoc(insertLocation, ["Replace", "Start", "End"], "Document.insertFileFromBase64") as
      "Replace" | "Start" | "End";
    return this._create(
      "insertFileFromBase64",
      new Range(this.context, "document.insertFileFromBase64()", () => null),
      async () => {
        const nodes = await importDocxBody(this._engine, base64File, "Document.insertFileFromBase64");
        return placeBlocks(this._engine, this._engine.body, nodes, loc, "Document.insertFileFromBase64");
      },
    );
  }
  /** @internal proxy for a known control (event args) */
  _ccFor(sdt: El): ContentControl {
    return new ContentControl(this.context, "contentControl", () => sdt)._bind(sdt);
  }
}
defineScalars(WordDocument, { saved: { get: () => true } });

// ------------------------------------------------------------------ Body

export class Body extends ClientObject {
  declare text: string;
  declare type: string;
  declare style: string;
  static override _navs = ["paragraphs", "contentControls", "tables", "parentContentControlOrNullObject"];
  constructor(ctx: RequestContext, path: string, resolver: () => unknown) {
    super(ctx, "Body", path, resolver);
  }
  get paragraphs(): ParagraphCollection {
    return paragraphCollection(this, "paragraphs", () => descendants(this._t<El>(), "p"));
  }
  get contentControls(): ContentControlCollection {
    return ccCollection(this, "contentControls", () => sdtsIn(this._t<El>()));
  }
  get tables(): TableCollection {
    return this._nav(
      "tables",
      () => new TableCollection(this.context, `${this._path}.tables`, () => topLevelTables(this._t<El>())),
    );
  }
  get parentContentControlOrNullObject(): ContentControl {
    return parentCc(this, "parentContentControlOrNullObject", () => this._t<El>(), true);
  }
  get parentContentControl(): ContentControl {
    return parentCc(this, "parentContentControl", () => this._t<El>(), false);
  }
  insertParagraph(text: string, insertLocation: string): Paragraph {
    const loc = normLoc(insertLocation, ["Start", "End"], "Body.insertParagraph") as "Start" | "End";
    return this._create(
      "insertParagraph",
      new Paragraph(this.context, `${this._path}.insertParagraph()`, () => null),
      (c: El) => containerInsertParagraph(c, text, loc, "Body.insertParagraph"),
    );
  }
  insertText(text: string, insertLocation: string): Range {
    const loc = normLoc(insertLocation, ["Replace", "Start", "End"], "Body.insertText");
    return this._create("insertText", new Range(this.context, `${this._path}.insertText()`, () => null), (c: El) => {
      if (loc === "Replace") {
        containerClear(c, "Body.insertText");
        return paragraphInsertText(blockChildren(c)[0], text, "End", "Body.insertText");
      }
      return rangeInsertText({ parent: c, nodes: blockChildren(c) }, text, loc, "Body.insertText");
    });
  }
  insertContentControl(contentControlType?: string): ContentControl {
    return this._create(
      "insertContentControl",
      new ContentControl(this.context, `${this._path}.insertContentControl()`, () => null),
      (c: El) => {
        if (contentControlType && contentControlType !== "RichText")
          throw Errors.invalidArgument("contentControlType", "Body.insertContentControl");
        return wrapInSdt(blockChildren(c), c, this._engine.newId(), "Body.insertContentControl");
      },
    );
  }
  insertTable(rowCount: number, columnCount: number, insertLocation: string, values?: string[][]): Table {
    const loc = normLoc(insertLocation, ["Start", "End"], "Body.insertTable");
    return this._create("insertTable", new Table(this.context, `${this._path}.insertTable()`, () => null), (c: El) => {
      assertEditable(c, "Body.insertTable", true);
      ensureBuiltInStyle(this._engine.pkg, "TableGrid");
      const tbl = buildTable(ownerDoc(c), rowCount, columnCount, values);
      c.insertBefore(tbl, loc === "Start" ? containerStartRef(c) : containerEndRef(c));
      ensureParagraphAfterTable(tbl);
      return tbl;
    });
  }
  insertFileFromBase64(base64File: string, insertLocation: string): Range {
    const loc = normLoc(insertLocation, ["Replace", "Start", "End"], "Body.insertFileFromBase64") as
      "Replace" | "Start" | "End";
    return this._create(
      "insertFileFromBase64",
      new Range(this.context, `${this._path}.insertFileFromBase64()`, () => null),
      async (c: El) => {
        const nodes = await importDocxBody(this._engine, base64File, "Body.insertFileFromBase64");
        return placeBlocks(this._engine, c, nodes, loc, "Body.insertFileFromBase64");
      },
    );
  }
  clear(): void {
    this._queue("clear", () => containerClear(this._t<El>(), "Body.clear"));
  }
  /** The body as a Flat OPC package (flat-ooxml.ts); only the document body's own content. */
  getOoxml(): ClientResult<string> {
    return this._result("getOoxml", (c: El) =>
      flatOoxmlOfBody(
        c,
        c === this._engine.body && this._engine.profile.platform === "PC" ? this._engine.pkg.headersFooters : [],
      ),
    );
  }
  getRange(rangeLocation?: string): Range {
    const loc = rangeLocation ? normRangeLoc(rangeLocation, "Body.getRange") : "Whole";
    return this._child(
      "getRange",
      new Range(this.context, `${this._path}.getRange()`, () => {
        const c = this._t<El>();
        const blocks = blockChildren(c);
        if (loc === "Start") return { parent: paragraphsIn(c)[0], nodes: [] };
        if (loc === "End") return { parent: paragraphsIn(c).at(-1)!, nodes: [] };
        return { parent: c, nodes: blocks };
      }),
    );
  }
  search(searchText: string, searchOptions?: Record<string, unknown>): RangeCollection {
    return this._child(
      "search",
      new RangeCollection(this.context, `${this._path}.search()`, () =>
        searchIn([this._t<El>()], searchText, searchOptions, "Body.search"),
      ),
    );
  }
  select(): void {
    this._queue("select", () => {
      const c = this._t<El>();
      this._engine.selection = { parent: c, nodes: blockChildren(c) };
    });
  }
}
defineScalars(Body, {
  text: { get: (_s, c: El) => containerText(c) },
  type: {
    get: (_s, c: El) =>
      isW(c, "body") ? "MainDoc" : isW(c, "tc") ? "TableCell" : isW(c, "sdtContent") ? "ContentControl" : "Unknown",
  },
  style: { get: (_s, c: El) => styleNameOf(_s._engine.pkg, styleIdOf(paragraphsIn(c)[0] ?? c)) },
});

function normRangeLoc(loc: string, where: string): "Whole" | "Start" | "End" | "Content" | "After" | "Before" {
  const all = ["Whole", "Start", "End", "Content", "After", "Before"] as const;
  const hit = all.find((a) => a.toLowerCase() === String(loc).toLowerCase());
  if (!hit) throw Errors.invalidArgument("rangeLocation", where);
  return hit;
}

// ------------------------------------------------------------------ Paragraph

const JC_TO_API: Record<string, string> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};

export class Paragraph extends ClientObject {
  declare text: string;
  declare style: string;
  declare styleBuiltIn: string;
  declare tableNestingLevel: number;
  declare isListItem: boolean;
  declare alignment: string;
  declare isLastParagraph: boolean;
  static override _navs = [
    "contentControls",
    "parentContentControlOrNullObject",
    "parentTableCellOrNullObject",
    "parentTableOrNullObject",
  ];
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "Paragraph", path, resolver, nullable);
  }
  get contentControls(): ContentControlCollection {
    return ccCollection(this, "contentControls", () => sdtsIn(this._t<El>()));
  }
  get parentContentControl(): ContentControl {
    return parentCc(this, "parentContentControl", () => this._t<El>(), false);
  }
  get parentContentControlOrNullObject(): ContentControl {
    return parentCc(this, "parentContentControlOrNullObject", () => this._t<El>(), true);
  }
  get parentTableCell(): TableCell {
    return this._nav(
      "parentTableCell",
      () =>
        new TableCell(this.context, `${this._path}.parentTableCell`, () =>
          mustParent(this._t<El>(), "tc", "Paragraph.parentTableCell"),
        ),
    );
  }
  get parentTableCellOrNullObject(): TableCell {
    return this._nav(
      "parentTableCellOrNullObject",
      () =>
        new TableCell(
          this.context,
          `${this._path}.parentTableCellOrNullObject`,
          () => closest(this._t<El>(), "tc"),
          true,
        ),
    );
  }
  get parentTable(): Table {
    return this._nav(
      "parentTable",
      () =>
        new Table(this.context, `${this._path}.parentTable`, () =>
          mustParent(this._t<El>(), "tbl", "Paragraph.parentTable"),
        ),
    );
  }
  get parentTableOrNullObject(): Table {
    return this._nav(
      "parentTableOrNullObject",
      () => new Table(this.context, `${this._path}.parentTableOrNullObject`, () => closest(this._t<El>(), "tbl"), true),
    );
  }
  insertText(text: string, insertLocation: string): Range {
    const loc = normLoc(insertLocation, ["Replace", "Start", "End"], "Paragraph.insertText") as
      "Replace" | "Start" | "End";
    return this._create("insertText", new Range(this.context, `${this._path}.insertText()`, () => null), (p: El) =>
      paragraphInsertText(p, text, loc, "Paragraph.insertText"),
    );
  }
  insertParagraph(text: string, insertLocation: string): Paragraph {
    const loc = normLoc(insertLocation, ["Before", "After"], "Paragraph.insertParagraph") as "Before" | "After";
    return this._create(
      "insertParagraph",
      new Paragraph(this.context, `${this._path}.insertParagraph()`, () => null),
      (p: El) => insertParagraphNear(p, text, loc, "Paragraph.insertParagraph"),
    );
  }
  insertContentControl(contentControlType?: string): ContentControl {
    return this._create(
      "insertContentControl",
      new ContentControl(this.context, `${this._path}.insertContentControl()`, () => null),
      (p: El) => {
        if (contentControlType && contentControlType !== "RichText")
          throw Errors.invalidArgument("contentControlType", "Paragraph.insertContentControl");
        return wrapInSdt([p], p.parentNode as El, this._engine.newId(), "Paragraph.insertContentControl");
      },
    );
  }
  insertTable(rowCount: number, columnCount: number, insertLocation: string, values?: string[][]): Table {
    const loc = normLoc(insertLocation, ["Before", "After"], "Paragraph.insertTable");
    return this._create("insertTable", new Table(this.context, `${this._path}.insertTable()`, () => null), (p: El) => {
      assertEditable(p, "Paragraph.insertTable");
      ensureBuiltInStyle(this._engine.pkg, "TableGrid");
      const tbl = buildTable(ownerDoc(p), rowCount, columnCount, values);
      if (loc === "Before") p.parentNode!.insertBefore(tbl, p);
      else insertAfter(tbl, p);
      ensureParagraphAfterTable(tbl);
      return tbl;
    });
  }
  getRange(rangeLocation?: string): Range {
    const loc = rangeLocation ? normRangeLoc(rangeLocation, "Paragraph.getRange") : "Whole";
    return this._child(
      "getRange",
      new Range(this.context, `${this._path}.getRange()`, () => {
        const p = this._t<El>();
        const inl = inlineChildren(p);
        if (loc === "Start") return { parent: p, nodes: [] };
        if (loc === "End") return { parent: p, nodes: [], atEnd: true } as RangeT;
        if (loc === "Content") return { parent: p, nodes: inl };
        return { parent: p.parentNode as El, nodes: [p] };
      }),
    );
  }
  getNext(): Paragraph {
    return this._child(
      "getNext",
      new Paragraph(this.context, `${this._path}.getNext()`, () => this._sibling(1, false)),
    );
  }
  getNextOrNullObject(): Paragraph {
    return this._child(
      "getNextOrNullObject",
      new Paragraph(this.context, `${this._path}.getNextOrNullObject()`, () => this._sibling(1, true), true),
    );
  }
  getPrevious(): Paragraph {
    return this._child(
      "getPrevious",
      new Paragraph(this.context, `${this._path}.getPrevious()`, () => this._sibling(-1, false)),
    );
  }
  getPreviousOrNullObject(): Paragraph {
    return this._child(
      "getPreviousOrNullObject",
      new Paragraph(this.context, `${this._path}.getPreviousOrNullObject()`, () => this._sibling(-1, true), true),
    );
  }
  /** @internal next/previous paragraph in document order */
  _sibling(dir: 1 | -1, nullable: boolean): El | null {
    const p = this._t<El>();
    const all = descendants(this._engine.body, "p");
    const found = all[all.indexOf(p) + dir];
    if (!found) {
      if (nullable) return null;
      throw Errors.itemNotFound("Paragraph.getNext");
    }
    return found;
  }
  delete(): void {
    this._queue("delete", () => deleteNodes([this._t<El>()], "Paragraph.delete"));
  }
  clear(): void {
    this._queue("clear", () => {
      const p = this._t<El>();
      assertEditable(p, "Paragraph.clear");
      assertDeletable(inlineChildren(p), "Paragraph.clear");
      inlineChildren(p).forEach((n) => p.removeChild(n));
    });
  }
  search(searchText: string, searchOptions?: Record<string, unknown>): RangeCollection {
    return this._child(
      "search",
      new RangeCollection(this.context, `${this._path}.search()`, () =>
        searchIn([this._t<El>()], searchText, searchOptions, "Paragraph.search"),
      ),
    );
  }
  select(): void {
    this._queue("select", () => {
      const p = this._t<El>();
      this._engine.selection = { parent: p.parentNode as El, nodes: [p] };
    });
  }
}
defineScalars(Paragraph, {
  text: { get: (_s, p: El) => paragraphText(p) },
  style: {
    get: (s, p: El) => styleNameOf(s._engine.pkg, styleIdOf(p)),
    set: (s, p: El, v: string) => {
      assertEditable(p, "Paragraph.style");
      const id = styleIdForName(s._engine.pkg, v);
      if (!id) throw Errors.itemNotFound("Paragraph.style");
      setStyleId(p, id);
    },
  },
  styleBuiltIn: {
    get: (_s, p: El) => (BUILT_IN_STYLES.includes(styleIdOf(p)) ? styleIdOf(p) : "Other"),
    set: (s, p: El, v: string) => {
      assertEditable(p, "Paragraph.styleBuiltIn");
      const id = BUILT_IN_STYLES.find((b) => b.toLowerCase() === String(v).toLowerCase());
      if (!id) throw Errors.invalidArgument("styleBuiltIn", "Paragraph.styleBuiltIn");
      ensureBuiltInStyle(s._engine.pkg, id);
      setStyleId(p, id);
    },
  },
  tableNestingLevel: { get: (_s, p: El) => tableNestingLevel(p) },
  isListItem: { get: (_s, p: El) => isListItem(p) },
  isLastParagraph: { get: (s, p: El) => descendants(s._engine.body, "p").at(-1) === p },
  alignment: {
    get: (_s, p: El) => JC_TO_API[wAttr(kid(kid(p, "pPr") ?? p, "jc"), "val") ?? "left"] ?? "Left",
  },
});

function mustParent(n: El, local: string, where: string): El {
  const found = closest(n, local);
  if (!found) throw Errors.itemNotFound(where);
  return found;
}

export class ParagraphCollection extends ClientCollection<Paragraph> {
  constructor(ctx: RequestContext, path: string, list: () => El[]) {
    super(ctx, "ParagraphCollection", path, list);
  }
  _makeItem(_t: unknown, i: number): Paragraph {
    return new Paragraph(this.context, `${this._path}.items[${i}]`, () => null);
  }
}

// ------------------------------------------------------------------ Range

export class Range extends ClientObject {
  declare text: string;
  declare isEmpty: boolean;
  declare style: string;
  static override _navs = ["paragraphs", "contentControls", "parentContentControlOrNullObject", "tables"];
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "Range", path, resolver, nullable);
  }
  get paragraphs(): ParagraphCollection {
    return paragraphCollection(this, "paragraphs", () => rangeParagraphs(this._t<RangeT>()));
  }
  get contentControls(): ContentControlCollection {
    return ccCollection(this, "contentControls", () =>
      this._t<RangeT>().nodes.flatMap((n) => (isW(n, "sdt") ? [n, ...sdtsIn(n)] : sdtsIn(n))),
    );
  }
  get tables(): TableCollection {
    return this._nav(
      "tables",
      () =>
        new TableCollection(this.context, `${this._path}.tables`, () =>
          this._t<RangeT>().nodes.flatMap((n) => (isW(n, "tbl") ? [n] : topLevelTables(n))),
        ),
    );
  }
  get parentContentControl(): ContentControl {
    return parentCc(this, "parentContentControl", () => rangeAnchor(this._t<RangeT>()), false);
  }
  get parentContentControlOrNullObject(): ContentControl {
    return parentCc(this, "parentContentControlOrNullObject", () => rangeAnchor(this._t<RangeT>()), true);
  }
  insertText(text: string, insertLocation: string): Range {
    const loc = normLoc(insertLocation, ["Replace", "Start", "End", "Before", "After"], "Range.insertText");
    return this._create("insertText", new Range(this.context, `${this._path}.insertText()`, () => null), (r: RangeT) =>
      (r as { atEnd?: boolean }).atEnd
        ? paragraphInsertText(r.parent, text, "End", "Range.insertText")
        : rangeInsertText(r, text, loc, "Range.insertText"),
    );
  }
  insertParagraph(text: string, insertLocation: string): Paragraph {
    const loc = normLoc(insertLocation, ["Before", "After"], "Range.insertParagraph") as "Before" | "After";
    return this._create(
      "insertParagraph",
      new Paragraph(this.context, `${this._path}.insertParagraph()`, () => null),
      (r: RangeT) => {
        const anchor = loc === "Before" ? (r.nodes[0] ?? r.parent) : (r.nodes.at(-1) ?? r.parent);
        return insertParagraphNear(anchor, text, loc, "Range.insertParagraph");
      },
    );
  }
  insertContentControl(contentControlType?: string): ContentControl {
    return this._create(
      "insertContentControl",
      new ContentControl(this.context, `${this._path}.insertContentControl()`, () => null),
      (r: RangeT) => {
        if (contentControlType && contentControlType !== "RichText")
          throw Errors.invalidArgument("contentControlType", "Range.insertContentControl");
        const sdt = wrapInSdt(
          r.nodes,
          r.parent,
          this._engine.newId(),
          "Range.insertContentControl",
          (r as { atEnd?: boolean }).atEnd ? null : isW(r.parent, "p") ? (inlineChildren(r.parent)[0] ?? null) : null,
        );
        r.nodes = [sdt];
        return sdt;
      },
    );
  }
  delete(): void {
    this._queue("delete", () => {
      const r = this._t<RangeT>();
      deleteNodes(r.nodes, "Range.delete");
      r.nodes = [];
    });
  }
  search(searchText: string, searchOptions?: Record<string, unknown>): RangeCollection {
    return this._child(
      "search",
      new RangeCollection(this.context, `${this._path}.search()`, () => {
        const r = this._t<RangeT>();
        return searchIn(r.nodes.length ? r.nodes : [r.parent], searchText, searchOptions, "Range.search");
      }),
    );
  }
  select(): void {
    this._queue("select", () => {
      const r = this._t<RangeT>();
      this._engine.selection = { parent: r.parent, nodes: r.nodes.slice() };
    });
  }
}
defineScalars(Range, {
  text: { get: (_s, r: RangeT) => rangeText(r) },
  isEmpty: { get: (_s, r: RangeT) => rangeText(r).length === 0 },
  style: { get: (s, r: RangeT) => styleNameOf(s._engine.pkg, styleIdOf(rangeParagraphs(r)[0] ?? r.parent)) },
});

function rangeAnchor(r: RangeT): El {
  return r.nodes[0] ?? r.parent;
}

function rangeParagraphs(r: RangeT): El[] {
  if (r.nodes.length && rangeIsBlock(r)) return r.nodes.flatMap((n) => paragraphsIn(n));
  const p = closest(rangeAnchor(r), "p", true);
  return p ? [p] : [];
}

export class RangeCollection extends ClientCollection<Range> {
  constructor(ctx: RequestContext, path: string, list: () => unknown[]) {
    super(ctx, "RangeCollection", path, list);
  }
  _makeItem(_t: unknown, i: number): Range {
    return new Range(this.context, `${this._path}.items[${i}]`, () => null);
  }
}

export { isBlock, isInline, NS };
