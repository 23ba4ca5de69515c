// Word.ContentControl / ContentControlCollection backed by w:sdt.
// https://learn.microsoft.com/javascript/api/word/word.contentcontrol
import { ClientObject, ClientCollection, RequestContext, defineScalars } from "./core";
import { Errors } from "./errors";
import { El, isW, paragraphsIn, descendants, kids, closest } from "./ooxml";
import {
  normLoc,
  ccText,
  ccInsertText,
  ccClear,
  ccDelete,
  insertParagraphNear,
  containerInsertParagraph,
  showPlaceholder,
  RangeT,
} from "./edit";
import * as S from "./sdt";
import {
  Range,
  Paragraph,
  ParagraphCollection,
  paragraphCollection,
  parentCc,
  searchIn,
  RangeCollection,
} from "./word-document";
import { Table, TableCell, TableCollection, topLevelTables } from "./tables";
import type { CcEventType } from "./engine";

/** EventHandlers (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlers). */
export class EventHandlers {
  constructor(
    private owner: ContentControl,
    private member: string,
    private type: CcEventType,
  ) {}
  add(handler: (args: any) => unknown): { context: RequestContext; remove: () => void } {
    const owner = this.owner;
    let reg: import("./engine").CcHandlerReg | null = null;
    owner._queue(this.member, () => {
      const sdt = owner._t<El>();
      reg = { sdt, id: S.getId(sdt), type: this.type, handler, engine: owner._engine };
      owner._engine.handlers.push(reg);
    });
    return {
      context: owner.context,
      remove: () => {
        owner._queue(this.member, () => {
          owner._engine.handlers = owner._engine.handlers.filter((h) => h !== reg);
        });
      },
    };
  }
  remove(handler: (args: any) => unknown): void {
    this.owner._queue(this.member, () => {
      this.owner._engine.handlers = this.owner._engine.handlers.filter((h) => h.handler !== handler);
    });
  }
}

export class ContentControl extends ClientObject {
  declare id: number;
  declare tag: string;
  declare title: string;
  declare text: string;
  declare type: string;
  declare subtype: string;
  declare appearance: string;
  declare color: string;
  declare cannotEdit: boolean;
  declare cannotDelete: boolean;
  declare removeWhenEdited: boolean;
  declare placeholderText: string;
  static override _navs = [
    "paragraphs",
    "contentControls",
    "tables",
    "parentContentControlOrNullObject",
    "parentTable",
    "parentTableCell",
    "parentTableOrNullObject",
    "parentTableCellOrNullObject",
  ];

  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "ContentControl", path, resolver, nullable);
  }

  get paragraphs(): ParagraphCollection {
    return paragraphCollection(this, "paragraphs", () => {
      const sdt = this._t<El>();
      // an inline control reports the paragraph that contains it
      return S.isInline(sdt) ? [descendantsUp(sdt)] : paragraphsIn(S.sdtContent(sdt));
    });
  }
  get contentControls(): ContentControlCollection {
    return this._nav(
      "contentControls",
      () =>
        new ContentControlCollection(this.context, `${this._path}.contentControls`, () =>
          S.sdtsIn(S.sdtContent(this._t<El>())),
        ),
    );
  }
  get tables(): TableCollection {
    return this._nav(
      "tables",
      () =>
        new TableCollection(this.context, `${this._path}.tables`, () => topLevelTables(S.sdtContent(this._t<El>()))),
    );
  }
  get parentContentControl(): ContentControl {
    return parentCc(this, "parentContentControl", () => this._t<El>(), false);
  }
  // WordApi 1.3: https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-parenttable-member
  // (ItemNotFound when not in a table; the *OrNullObject variants give a null object instead).
  get parentTable(): Table {
    return this._nav(
      "parentTable",
      () => new Table(this.context, `${this._path}.parentTable`, () => closest(this._t<El>(), "tbl")),
    );
  }
  get parentTableOrNullObject(): Table {
    return this._nav(
      "parentTableOrNullObject",
      () => new Table(this.context, `${this._path}.parentTableOrNullObject`, () => closest(this._t<El>(), "tbl"), true),
    );
  }
  get parentTableCell(): TableCell {
    return this._nav(
      "parentTableCell",
      () => new TableCell(this.context, `${this._path}.parentTableCell`, () => closest(this._t<El>(), "tc")),
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
  get parentContentControlOrNullObject(): ContentControl {
    return parentCc(this, "parentContentControlOrNullObject", () => this._t<El>(), true);
  }
  get onDataChanged(): EventHandlers {
    return new EventHandlers(this, "onDataChanged", "DataChanged");
  }
  get onDeleted(): EventHandlers {
    return new EventHandlers(this, "onDeleted", "Deleted");
  }
  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this, "onSelectionChanged", "SelectionChanged");
  }
  get onEntered(): EventHandlers {
    return new EventHandlers(this, "onEntered", "Entered");
  }
  get onExited(): EventHandlers {
    return new EventHandlers(this, "onExited", "Exited");
  }

  insertText(text: string, insertLocation: string): Range {
    const loc = normLoc(insertLocation, ["Replace", "Start", "End"], "ContentControl.insertText");
    return this._create("insertText", new Range(this.context, `${this._path}.insertText()`, () => null), (sdt: El) =>
      ccInsertText(sdt, text, loc, "ContentControl.insertText"),
    );
  }
  insertParagraph(text: string, insertLocation: string): Paragraph {
    const loc = normLoc(insertLocation, ["Start", "End", "Before", "After"], "ContentControl.insertParagraph");
    return this._create(
      "insertParagraph",
      new Paragraph(this.context, `${this._path}.insertParagraph()`, () => null),
      (sdt: El) => {
        if (loc === "Before" || loc === "After")
          return insertParagraphNear(sdt, text, loc, "ContentControl.insertParagraph", null);
        if (S.isInline(sdt)) throw Errors.invalidArgument("insertLocation", "ContentControl.insertParagraph");
        if (S.showingPlaceholder(sdt)) {
          ccClear(sdt, "ContentControl.insertParagraph");
          S.setShowingPlaceholder(sdt, false);
        }
        return containerInsertParagraph(
          S.sdtContent(sdt),
          text,
          loc as "Start" | "End",
          "ContentControl.insertParagraph",
        );
      },
    );
  }
  clear(): void {
    this._queue("clear", () => {
      const sdt = this._t<El>();
      ccClear(sdt, "ContentControl.clear", this._engine.placeholders.get(sdt));
    });
  }
  delete(keepContent: boolean): void {
    this._queue("delete", () => ccDelete(this._t<El>(), !!keepContent, "ContentControl.delete"));
  }
  getRange(rangeLocation?: string): Range {
    const loc = (rangeLocation ?? "Whole").toLowerCase();
    if (!["whole", "content", "start", "end", "before", "after"].includes(loc))
      throw Errors.invalidArgument("rangeLocation", "ContentControl.getRange");
    return this._child(
      "getRange",
      new Range(this.context, `${this._path}.getRange()`, () => {
        const sdt = this._t<El>();
        const content = S.sdtContent(sdt);
        const nodes = kids(content);
        if (loc === "start") return { parent: S.isInline(sdt) ? content : paragraphsIn(content)[0], nodes: [] };
        if (loc === "end")
          return {
            parent: S.isInline(sdt) ? content : paragraphsIn(content).at(-1)!,
            nodes: [],
            atEnd: true,
          } as RangeT;
        if (loc === "before" || loc === "after") return { parent: sdt.parentNode as El, nodes: [] };
        return { parent: content, nodes };
      }),
    );
  }
  search(searchText: string, searchOptions?: Record<string, unknown>): RangeCollection {
    return this._child(
      "search",
      new RangeCollection(this.context, `${this._path}.search()`, () =>
        searchIn([S.sdtContent(this._t<El>())], searchText, searchOptions, "ContentControl.search"),
      ),
    );
  }
  select(): void {
    this._queue("select", () => {
      const sdt = this._t<El>();
      const content = S.sdtContent(sdt);
      this._engine.selection = { parent: content, nodes: kids(content) };
    });
  }
}

function descendantsUp(sdt: El): El {
  let p: Node | null = sdt.parentNode;
  while (p && !isW(p, "p")) p = p.parentNode;
  return p as El;
}

defineScalars(ContentControl, {
  id: { get: (_s, sdt: El) => S.getId(sdt) },
  tag: { get: (_s, sdt: El) => S.getTag(sdt), set: (_s, sdt: El, v: string) => S.setTag(sdt, String(v ?? "")) },
  title: { get: (_s, sdt: El) => S.getTitle(sdt), set: (_s, sdt: El, v: string) => S.setTitle(sdt, String(v ?? "")) },
  text: { get: (_s, sdt: El) => ccText(sdt) },
  type: { get: (_s, sdt: El) => S.getType(sdt) },
  subtype: { get: (_s, sdt: El) => S.subtype(sdt) },
  appearance: {
    get: (_s, sdt: El) => S.getAppearance(sdt),
    set: (_s, sdt: El, v: string) => {
      if (!S.setAppearance(sdt, v)) throw Errors.invalidArgument("appearance", "ContentControl.appearance");
    },
  },
  color: {
    get: (_s, sdt: El) => S.getColor(sdt),
    set: (_s, sdt: El, v: string) => {
      if (!S.setColor(sdt, v)) throw Errors.invalidArgument("color", "ContentControl.color");
    },
  },
  cannotEdit: {
    get: (_s, sdt: El) => S.cannotEdit(sdt),
    set: (_s, sdt: El, v: boolean) => S.setLock(sdt, !!v, S.cannotDelete(sdt)),
  },
  cannotDelete: {
    get: (_s, sdt: El) => S.cannotDelete(sdt),
    set: (_s, sdt: El, v: boolean) => {
      // "Mutually exclusive with removeWhenEdited" (ContentControl.cannotDelete docs)
      if (v && S.isTemporary(sdt)) throw Errors.invalidArgument("cannotDelete", "ContentControl.cannotDelete");
      S.setLock(sdt, S.cannotEdit(sdt), !!v);
    },
  },
  removeWhenEdited: {
    get: (_s, sdt: El) => S.isTemporary(sdt),
    set: (_s, sdt: El, v: boolean) => {
      if (v && S.cannotDelete(sdt)) throw Errors.invalidArgument("removeWhenEdited", "ContentControl.removeWhenEdited");
      S.setTemporary(sdt, !!v);
    },
  },
  placeholderText: {
    get: (s: ContentControl, sdt: El) => s._engine.placeholders.get(sdt) ?? "",
    set: (s: ContentControl, sdt: El, v: string) => {
      // Word on the web refuses this by design: OfficeDev/office-js#785 ("The content control placeholder
      // cannot be changed from JS APIs" on the web; error NotAllowed).
      if (s._engine.profile.name === "web") throw Errors.notAllowedOnWeb("ContentControl.placeholderText");
      s._engine.placeholders.set(sdt, String(v));
      if (S.showingPlaceholder(sdt) || ccText(sdt) === "") showPlaceholder(sdt, String(v));
    },
  },
});

export class ContentControlCollection extends ClientCollection<ContentControl> {
  constructor(ctx: RequestContext, path: string, list: () => El[]) {
    super(ctx, "ContentControlCollection", path, list);
  }
  _makeItem(_t: unknown, i: number): ContentControl {
    return new ContentControl(this.context, `${this._path}.items[${i}]`, () => null);
  }
  private _filtered(member: string, pred: (sdt: El) => boolean): ContentControlCollection {
    this._checkUsable();
    return this._child(
      member,
      new ContentControlCollection(this.context, `${this._path}.${member}()`, () =>
        (this._list() as El[]).filter(pred),
      ),
    );
  }
  getByTag(tag: string): ContentControlCollection {
    return this._filtered("getByTag", (s) => S.getTag(s) === tag);
  }
  getByTitle(title: string): ContentControlCollection {
    return this._filtered("getByTitle", (s) => S.getTitle(s) === title);
  }
  getByTypes(types: string[]): ContentControlCollection {
    return this._filtered("getByTypes", (s) => types.includes(S.getType(s)));
  }
  private _byId(member: string, id: number, nullable: boolean): ContentControl {
    this._checkUsable();
    return this._child(
      member,
      new ContentControl(
        this.context,
        `${this._path}.${member}(${id})`,
        () => {
          const found = (this._list() as El[]).find((s) => S.getId(s) === id);
          if (!found) {
            if (nullable) return null;
            throw Errors.itemNotFound(`ContentControlCollection.${member}`);
          }
          return found;
        },
        nullable,
      ),
    );
  }
  getById(id: number): ContentControl {
    return this._byId("getById", id, false);
  }
  getByIdOrNullObject(id: number): ContentControl {
    return this._byId("getByIdOrNullObject", id, true);
  }
  /** Deprecated alias of getById (WordApi 1.1). */
  getItem(id: number): ContentControl {
    return this._byId("getItem", id, false);
  }
}

export { descendants };
