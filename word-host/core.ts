// Request context / proxy core, modelled on the Office.js runtime
// (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
// proxies queue loads, property sets and method calls; context.sync() sends the queue to the
// "host" (the Engine), which applies it in order.
import { Errors, OfficeExtensionError } from "./errors";
import { missingSet, requirementOf } from "./profiles";
import type { Engine } from "./engine";

export class ClientResult<T> {
  private _v: T | undefined;
  private _has = false;
  get value(): T {
    if (!this._has) throw Errors.valueNotLoaded();
    return this._v as T;
  }
  /** @internal */
  _set(v: T): void {
    this._v = v;
    this._has = true;
  }
  toJSON(): unknown {
    return this._has ? this._v : undefined;
  }
}

interface Op {
  location: string;
  missing: string | null;
  /** Runs at sync; may return a commit callback that is applied only if the whole sync succeeds. */
  run: () => void | (() => void) | Promise<void | (() => void)>;
}

export class TrackedObjects {
  constructor(private ctx: RequestContext) {}
  add(obj: ClientObject | ClientObject[]): void {
    for (const o of Array.isArray(obj) ? obj : [obj]) {
      if (o.context !== this.ctx) throw Errors.invalidRequestContext();
      o._tracked = true;
    }
  }
  remove(obj: ClientObject | ClientObject[]): void {
    for (const o of Array.isArray(obj) ? obj : [obj]) o._tracked = false;
  }
}

export class RequestContext {
  readonly trackedObjects: TrackedObjects;
  /** @internal */ _ops: Op[] = [];
  /** @internal */ _ended = false;
  /** @internal */ _pendingNullables: ClientObject[] = [];
  /** @internal */ _engine: Engine;
  private _document: ClientObject | null = null;
  constructor(engine: Engine) {
    this._engine = engine;
    this.trackedObjects = new TrackedObjects(this);
  }
  get document(): any {
    if (!this._document) this._document = this._engine.createDocument(this);
    return this._document;
  }
  get application(): any {
    return { context: this };
  }
  load<T extends ClientObject>(obj: T, spec?: LoadOption): T {
    obj.load(spec);
    return obj;
  }
  trace(_message: string): void {}
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this._engine.runBatch(this);
    return passThroughValue as T;
  }
}

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown> | undefined;

export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadSpec>;
}

const emptySpec = (all = false): LoadSpec => ({ all, scalars: new Set(), navs: new Map() });

function addPath(spec: LoadSpec, path: string): void {
  const [head, ...rest] = path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!head) return;
  if (rest.length === 0) {
    spec.scalars.add(head);
    return;
  }
  let sub = spec.navs.get(head);
  if (!sub) spec.navs.set(head, (sub = emptySpec()));
  addPath(sub, rest.join("/"));
}

export function parseLoad(opt: LoadOption): LoadSpec {
  if (opt === undefined || opt === null || opt === "") return emptySpec(true);
  const spec = emptySpec();
  const addList = (v: string | string[]) => (Array.isArray(v) ? v : v.split(",")).forEach((p) => addPath(spec, p));
  if (typeof opt === "string" || Array.isArray(opt)) addList(opt as string | string[]);
  else if ("select" in opt || "expand" in opt) {
    const o = opt as { select?: string | string[]; expand?: string | string[] };
    if (o.select) addList(o.select);
    if (o.expand)
      (Array.isArray(o.expand) ? o.expand : o.expand.split(",")).forEach((n) =>
        spec.navs.set(n.trim(), emptySpec(true)),
      );
    if (!o.select && o.expand) spec.all = true;
  } else {
    for (const [k, v] of Object.entries(opt)) {
      if (v === true) spec.scalars.add(k);
      else if (v && typeof v === "object") spec.navs.set(k, parseLoad(v as LoadOption));
    }
  }
  return spec;
}

export interface ScalarDef {
  get: (self: any, target: any) => unknown;
  set?: (self: any, target: any, value: any) => void;
  /** requirement-set member name if it differs from the property name */
  member?: string;
}

type Resolver = () => unknown;

/** Base of every proxy (Word.Paragraph, Word.ContentControl, ...). */
export abstract class ClientObject {
  readonly context: RequestContext;
  /** @internal */ _className: string;
  /** @internal */ _path: string;
  /** @internal */ _resolver: Resolver;
  /** @internal */ _bound = false;
  /** @internal */ _target: unknown = undefined;
  /** @internal */ _values: Record<string, unknown> = {};
  /** @internal */ _isNull: boolean | undefined = undefined;
  /** @internal */ _nullable = false;
  /** @internal */ _tracked = false;
  /** @internal */ _navCache = new Map<string, ClientObject>();
  /** @internal Requirement set this proxy's path needs but the profile lacks (inherited by children). */
  _requires: string | null = null;
  /** Scalars readable through load(); filled per class by defineScalars. */
  static _scalars: Record<string, ScalarDef> = {};
  /** Navigation properties (proxies) usable in load paths. */
  static _navs: string[] = [];

  constructor(context: RequestContext, className: string, path: string, resolver: Resolver, nullable = false) {
    this.context = context;
    this._className = className;
    this._path = path;
    this._resolver = resolver;
    this._nullable = nullable;
    if (nullable) context._pendingNullables.push(this);
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw Errors.propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  /** @internal */ get _engine(): Engine {
    return this.context._engine;
  }

  /** @internal Checks the object may still be used (InvalidObjectPath after its Word.run ended). */
  _checkUsable(): void {
    if (this.context._ended && !this._tracked) throw Errors.invalidObjectPath(this._path);
  }

  /** @internal Queue an action; `member` is checked against the profile's requirement sets. */
  _queue(member: string, run: Op["run"], overrideSet?: string): void {
    this._checkUsable();
    const missing = this._requires ?? missingSet(this._engine.profile, this._className, member, overrideSet);
    this.context._ops.push({ location: `${this._className}.${member}`, missing, run });
  }

  /** @internal Bind to a concrete target (results of methods, collection items). */
  _bind(target: unknown): this {
    this._bound = true;
    this._target = target;
    if (this._nullable) this._isNull = target === null;
    return this;
  }

  /** @internal Resolve lazily (at sync). Collections re-resolve every time. */
  _resolve(): unknown {
    if (this._bound) {
      if (this._target !== null && !this._engine.isAlive(this._target)) throw Errors.itemNotFound(this._className);
      return this._target;
    }
    const t = this._resolver();
    if (this._nullable) this._isNull = t === null;
    if (!(this instanceof ClientCollection)) {
      this._bound = true;
      this._target = t;
    }
    return t;
  }

  /** @internal Resolve for an action: null objects and missing items fail. */
  _t<T = any>(): T {
    const t = this._resolve();
    if (t === null || t === undefined) throw Errors.itemNotFound(this._className);
    return t as T;
  }

  /** @internal Child proxy cached per instance (navigation properties). */
  _nav<T extends ClientObject>(name: string, make: () => T): T {
    let n = this._navCache.get(name) as T | undefined;
    if (!n) {
      n = this._child(name, make());
      this._navCache.set(name, n);
    }
    return n;
  }

  /** @internal Marks a proxy obtained through `member` of this one (requirement-set inheritance). */
  _child<T extends ClientObject>(member: string, obj: T): T {
    obj._requires = this._requires ?? missingSet(this._engine.profile, this._className, member);
    return obj;
  }

  /** @internal Method that creates a new object at sync time (e.g. insertParagraph). */
  _create<T extends ClientObject>(member: string, result: T, make: (target: any) => unknown, overrideSet?: string): T {
    this._child(member, result);
    if (overrideSet && !result._requires)
      result._requires = missingSet(this._engine.profile, this._className, member, overrideSet);
    this._queue(
      member,
      async () => {
        result._bind(await make(this._t()));
      },
      overrideSet,
    );
    return result;
  }
  /** @internal Method returning a ClientResult. */
  _result<T>(member: string, compute: (target: any) => T | Promise<T>, overrideSet?: string): ClientResult<T> {
    const r = new ClientResult<T>();
    this._queue(
      member,
      async () => {
        const v = await compute(this._t());
        return () => r._set(v);
      },
      overrideSet,
    );
    return r;
  }

  load(option?: LoadOption): this {
    const spec = parseLoad(option);
    this._queue("load", () => this._collect(spec));
    return this;
  }

  /** @internal Evaluate a load spec now; returns the commit callback. */
  _collect(spec: LoadSpec): () => void {
    if (this._requires) throw Errors.apiNotFound(this._path, this._requires);
    const t = this._resolve();
    if (t === null || t === undefined) {
      if (this._nullable) return () => {};
      throw Errors.itemNotFound(this._className);
    }
    const ctor = this.constructor as typeof ClientObject;
    const scalars = ctor._scalars;
    const names =
      spec.all || (spec.scalars.size === 0 && spec.navs.size === 0) ? Object.keys(scalars) : [...spec.scalars];
    const values: Record<string, unknown> = {};
    const commits: Array<() => void> = [];
    for (const name of names) {
      if (name === "isNullObject") continue;
      if (ctor._navs.includes(name)) {
        commits.push(this._navObject(name)._collect(emptySpec(true)));
        continue;
      }
      const def = scalars[name];
      const missing = missingSet(this._engine.profile, this._className, def?.member ?? name);
      if (missing) throw Errors.apiNotFound(`${this._className}.${name}`, missing);
      if (!def) {
        if (requirementOf(this._className, name))
          throw new OfficeExtensionError(
            "NotImplemented",
            `${this._className}.${name} exists in Word but is not emulated by word-host.`,
          );
        throw Errors.invalidArgument(name, `${this._className}.load`);
      }
      values[name] = def.get(this, t);
    }
    for (const [nav, sub] of spec.navs) {
      if (!ctor._navs.includes(nav)) throw Errors.invalidArgument(nav, `${this._className}.load`);
      commits.push(this._navObject(nav)._collect(sub));
    }
    return () => {
      Object.assign(this._values, values);
      commits.forEach((c) => c());
    };
  }

  /** @internal */
  _navObject(name: string): ClientObject {
    return (this as unknown as Record<string, ClientObject>)[name];
  }

  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) (this as unknown as Record<string, unknown>)[k] = v;
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }
  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this._values };
  }
}

/** Installs getters/setters for scalar properties on a proxy class. */
export function defineScalars(
  cls: { prototype: object; _scalars: Record<string, ScalarDef> },
  defs: Record<string, ScalarDef>,
): void {
  cls._scalars = defs;
  for (const [name, def] of Object.entries(defs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObject) {
        if (!(name in this._values)) {
          if (this._isNull) return undefined;
          throw Errors.propertyNotLoaded(name, `${this._className}.${name}`);
        }
        return this._values[name];
      },
      set: def.set
        ? function (this: ClientObject, value: unknown) {
            this._values[name] = value;
            this._queue(def.member ?? name, () => {
              def.set!(this, this._t(), value);
            });
          }
        : undefined,
    });
  }
}

/** Collections: `items` after load, getFirst()/getFirstOrNullObject()/... */
export abstract class ClientCollection<TItem extends ClientObject> extends ClientObject {
  /** @internal */ _items: TItem[] | undefined;
  /** @internal */ abstract _makeItem(target: unknown, index: number): TItem;

  get items(): TItem[] {
    if (!this._items) throw Errors.propertyNotLoaded("items", `${this._className}.items`);
    return this._items;
  }

  /** @internal */
  _list(): unknown[] {
    return (this._resolve() as unknown[]) ?? [];
  }

  override _collect(spec: LoadSpec): () => void {
    const targets = this._list();
    // "items" / "items/x" address the items; everything else also applies to items (Office.js semantics).
    let itemSpec: LoadSpec = spec;
    if (spec.navs.has("items")) itemSpec = spec.navs.get("items")!;
    else if (spec.scalars.has("items")) itemSpec = emptySpec(true);
    const items = targets.map((t, i) => this._makeItem(t, i)._bind(t));
    const commits = items.map((it) => it._collect(itemSpec));
    return () => {
      this._items = items;
      commits.forEach((c) => c());
    };
  }

  /** @internal */
  _pick(member: string, nullable: boolean, pick: (list: unknown[]) => unknown): TItem {
    // Only members the real class has (e.g. ContentControlCollection has no getLast).
    if (!requirementOf(this._className, member))
      throw new TypeError(`${this._className}.${member} is not a function (not part of Office.js)`);
    const item = this._child(member, this._makeItem(undefined, 0));
    item._nullable = nullable;
    if (nullable) this.context._pendingNullables.push(item);
    item._path = `${this._path}.${member}()`;
    item._resolver = () => {
      const found = pick(this._list());
      if (found === undefined || found === null) {
        if (nullable) return null;
        throw Errors.itemNotFound(`${this._className}.${member}`);
      }
      return found;
    };
    this._checkUsable();
    return item;
  }

  getFirst(): TItem {
    return this._pick("getFirst", false, (l) => l[0]);
  }
  getFirstOrNullObject(): TItem {
    return this._pick("getFirstOrNullObject", true, (l) => l[0]);
  }
  getLast(): TItem {
    return this._pick("getLast", false, (l) => l[l.length - 1]);
  }
  getLastOrNullObject(): TItem {
    return this._pick("getLastOrNullObject", true, (l) => l[l.length - 1]);
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

export function isOfficeError(e: unknown): e is OfficeExtensionError {
  return e instanceof OfficeExtensionError;
}
