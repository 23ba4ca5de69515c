// The simulated Word process: owns the document state and applies request batches.
import { Errors, OfficeExtensionError } from "./errors";
import { RequestContext, ClientObject } from "./core";
import type { Profile } from "./profiles";
import { DocxPackage, CustomPart } from "./package";
import { El, attached, isEl, descendants } from "./ooxml";
import { getId, setId, showingPlaceholder, sdtsIn } from "./sdt";
import { RangeT, rangeAlive, ccText } from "./edit";
import { WordDocument } from "./word-document";

export type CcEventType = "DataChanged" | "Deleted" | "SelectionChanged" | "Entered" | "Exited";

export interface CcHandlerReg {
  sdt: El;
  id: number;
  type: CcEventType;
  handler: (args: unknown) => unknown;
  engine: Engine;
}

export class Engine {
  pkg: DocxPackage;
  profile: Profile;
  syncCount = 0;
  /** countdowns of pending injected failures */
  private failures: Array<{ remaining: number; error: Error; atAction?: number }> = [];
  selection: RangeT | null = null;
  /** placeholder texts by control (Word keeps them in the glossary document; see README) */
  placeholders = new Map<El, string>();
  handlers: CcHandlerReg[] = [];
  savedAs: Array<{ saveBehavior: string; fileName?: string }> = [];
  /** Office.context.document.settings as seen by this add-in instance (unsaved edits included). */
  officeSettings: Record<string, unknown>;
  private usedIds = new Set<number>();
  /** Common API calls that fail the next time they are made (host.failCommonCall). */
  private commonFailures: string[] = [];

  constructor(pkg: DocxPackage, profile: Profile) {
    this.pkg = pkg;
    this.profile = profile;
    this.officeSettings = structuredCloneSafe(pkg.addinSettings);
    for (const sdt of sdtsIn(pkg.body)) {
      let id = getId(sdt);
      if (!Number.isFinite(id) || this.usedIds.has(id)) {
        id = this.newId();
        setId(sdt, id);
      }
      this.usedIds.add(id);
      if (showingPlaceholder(sdt)) this.placeholders.set(sdt, ccText(sdt));
    }
  }

  get body(): El {
    return this.pkg.body;
  }

  /** Content control ids: random positive 32-bit ints, like Word's. */
  newId(): number {
    let id: number;
    do id = 100000000 + Math.floor(Math.random() * 2000000000);
    while (this.usedIds.has(id) || id > 2147483647);
    this.usedIds.add(id);
    return id;
  }

  /** Renumbers imported controls whose ids already exist. */
  claimIds(root: El): void {
    const existing = new Set(
      sdtsIn(this.body)
        .filter((s) => !isInside(s, root))
        .map(getId),
    );
    for (const sdt of [...(isEl(root) && root.localName === "sdt" ? [root] : []), ...descendants(root, "sdt")]) {
      const id = getId(sdt);
      if (!Number.isFinite(id) || existing.has(id)) setId(sdt, this.newId());
      else this.usedIds.add(id);
      existing.add(getId(sdt));
    }
  }

  createDocument(ctx: RequestContext): ClientObject {
    return new WordDocument(ctx, this);
  }

  isAlive(target: unknown): boolean {
    if (target === this) return true;
    if (isEl(target as Node)) return attached(target as Node);
    if (target && typeof target === "object" && "parent" in target && "nodes" in target)
      return rangeAlive(target as RangeT);
    if (target && typeof target === "object" && "xml" in target && "id" in target)
      return this.pkg.customParts.includes(target as CustomPart);
    return true;
  }

  /** The next call of this Common API method answers "failed" and changes nothing. */
  failCommonCall(method: string): void {
    this.commonFailures.push(method);
  }

  commonCallFails(method: string): boolean {
    const i = this.commonFailures.indexOf(method);
    if (i < 0) return false;
    this.commonFailures.splice(i, 1);
    return true;
  }

  failSyncAt(n: number, error?: Error): void {
    if (!(n >= 1)) throw new Error("failSyncAt(n): n must be >= 1 (1 = the next sync)");
    this.failures.push({
      remaining: n,
      error: error ?? Errors.general("Injected failure (host.failSyncAt): the request was not processed."),
    });
  }

  /**
   * The n-th sync from now fails at its queued action number `action` (0 = the first): the
   * actions before it stay applied, as when a real action fails mid-batch (see runBatch).
   */
  failActionAt(n: number, action: number, error?: Error): void {
    if (!(n >= 1) || !(action >= 0)) throw new Error("failActionAt(n, action): n >= 1, action >= 0");
    this.failures.push({
      remaining: n,
      atAction: action,
      error: error ?? Errors.general("Injected failure (host.failActionAt): this action failed."),
    });
  }

  /**
   * Applies one context.sync() batch.
   * - Injected failures (failSyncAt) reject before anything is applied: the emulator models a
   *   batch that never reached / was rejected whole by the host (all-or-nothing).
   * - A failing queued action stops the batch: actions before it stay applied, it and the rest
   *   are not applied, and no loaded values are delivered. This is what the Office.js docs
   *   describe (https://learn.microsoft.com/javascript/api/office/officeextension.error, example:
   *   "the second batch successfully inserts the third and fourth paragraphs but fails ...").
   */
  async runBatch(ctx: RequestContext): Promise<void> {
    await Promise.resolve();
    const ops = ctx._ops;
    ctx._ops = [];
    // A sync with nothing queued makes no round trip: Office.js's ClientRequestContext.syncPrivate
    // returns early when `!req.hasActions` (office.runtime in @microsoft/office-js). So Word.run's
    // final sync after a batch that already synced costs nothing, and is not counted.
    if (ops.length === 0 && ctx._pendingNullables.length === 0) return;
    this.syncCount++;
    for (const f of this.failures) f.remaining--;
    const hit = this.failures.find((f) => f.remaining === 0);
    this.failures = this.failures.filter((f) => f.remaining > 0);
    if (hit && hit.atAction === undefined) {
      ctx._pendingNullables = [];
      throw hit.error;
    }
    const commits: Array<() => void> = [];
    for (const [index, op] of ops.entries()) {
      try {
        if (hit && index === hit.atAction) throw hit.error;
        if (op.missing) throw Errors.apiNotFound(op.location, op.missing);
        const c = await op.run();
        if (typeof c === "function") commits.push(c);
      } catch (e) {
        ctx._pendingNullables = [];
        throw normalizeError(e, op.location);
      }
    }
    for (const o of ctx._pendingNullables) {
      try {
        if (!o._bound) o._resolve();
      } catch {
        /* resolved again on use */
      }
    }
    ctx._pendingNullables = [];
    commits.forEach((c) => c());
  }

  /** Fires content control events (WordApi 1.5) after a microtask, like Word's async event delivery. */
  fire(sdt: El, type: CcEventType, extra: { ids?: number[] } = {}): void {
    if (!isSetSupportedFast(this.profile, "1.5")) return;
    const regs = this.handlers.filter((h) => (h.sdt === sdt || h.id === getId(sdt)) && h.type === type);
    for (const reg of regs) {
      const ctx = new RequestContext(this);
      const args = {
        eventType: `ContentControl${type}`,
        ids: extra.ids ?? [getId(sdt)],
        source: "Local",
        contentControl: (this.createDocument(ctx) as WordDocument)._ccFor(sdt),
      };
      queueMicrotask(() => {
        void Promise.resolve(reg.handler(args)).catch(() => undefined);
      });
    }
  }
}

function isSetSupportedFast(profile: Profile, version: string): boolean {
  const max = profile.sets.WordApi;
  return Number(max.split(".")[1]) >= Number(version.split(".")[1]);
}

function isInside(n: Node, root: Node): boolean {
  for (let p: Node | null = n; p; p = p.parentNode) if (p === root) return true;
  return false;
}

function normalizeError(e: unknown, location: string): OfficeExtensionError {
  if (e instanceof OfficeExtensionError) {
    if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = location;
    return e;
  }
  const err = Errors.general(`Emulator failure in ${location}: ${(e as Error)?.message ?? String(e)}`, location);
  err.innerError = e as Error;
  return err;
}

function structuredCloneSafe<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
