// createWordHost: a Word JavaScript API host backed by a real .docx package.
import { Engine } from "./engine";
import { DocxPackage } from "./package";
import { PROFILES, ProfileName } from "./profiles";
import { RequestContext, ClientObject, ClientResult, TrackedObjects } from "./core";
import { Errors, ErrorCodes, OfficeExtensionError } from "./errors";
import { makeOffice } from "./office";
import { SimulatedUser } from "./user";
import { EventHandlers } from "./content-controls";
import { BUILT_IN_STYLES } from "./styles";
import { serializeXml } from "./ooxml";
import type { CommonXmlCall } from "./common-custom-xml";

export interface WordHostOptions {
  docx?: Uint8Array | ArrayBuffer;
  profile: ProfileName;
  /** Add-in id used for the web extension part that stores Office settings (manifest <Id>). */
  addinId?: string;
  displayLanguage?: string;
  /** Requirement sets this host lacks although its profile has them (e.g. ["CustomXmlParts"]: a Word without the Common
   * API parts). */
  withoutSets?: string[];
}

const enumOf = (values: string[]): Record<string, string> =>
  Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));

type Batch<T> = (ctx: RequestContext) => Promise<T>;

function makeWord(engine: Engine) {
  function run<T>(batch: Batch<T>): Promise<T>;
  function run<T>(objects: ClientObject | ClientObject[] | RequestContext, batch: Batch<T>): Promise<T>;
  async function run(...args: unknown[]): Promise<unknown> {
    let batch: (ctx: RequestContext) => unknown;
    let ctx: RequestContext;
    if (typeof args[0] === "function") {
      batch = args[0] as (ctx: RequestContext) => unknown;
      ctx = new RequestContext(engine);
    } else {
      // Word.run(object | objects | context, batch) continues an earlier context (tracked objects).
      const first = args[0];
      batch = args[1] as (ctx: RequestContext) => unknown;
      if (first instanceof RequestContext) ctx = first;
      else {
        const objs = (Array.isArray(first) ? first : [first]) as ClientObject[];
        if (!objs.length || !objs.every((o) => o instanceof ClientObject))
          throw Errors.invalidArgument("objects", "Word.run");
        if (objs.some((o) => o.context !== objs[0].context)) throw Errors.invalidRequestContext();
        ctx = objs[0].context;
      }
      if (typeof batch !== "function") throw Errors.invalidArgument("batch", "Word.run");
    }
    ctx._ended = false;
    try {
      const p = batch(ctx) as Promise<unknown> | undefined;
      if (!p || typeof (p as Promise<unknown>).then !== "function") throw Errors.runMustReturnPromise();
      const result = await p;
      // Office.js syncs once more after the batch resolves (ClientRequestContext._runCommon).
      await ctx.sync();
      return result;
    } finally {
      ctx._ended = true;
    }
  }
  return {
    run,
    RequestContext,
    InsertLocation: enumOf(["Before", "After", "Start", "End", "Replace"]),
    RangeLocation: enumOf(["Whole", "Start", "End", "Before", "After", "Content"]),
    ContentControlAppearance: enumOf(["BoundingBox", "Tags", "Hidden"]),
    ContentControlType: enumOf([
      "Unknown",
      "RichTextInline",
      "RichTextParagraphs",
      "RichTextTableCell",
      "RichTextTableRow",
      "RichTextTable",
      "PlainTextInline",
      "PlainTextParagraph",
      "Picture",
      "BuildingBlockGallery",
      "CheckBox",
      "ComboBox",
      "DropDownList",
      "DatePicker",
      "RepeatingSection",
      "RichText",
      "PlainText",
      "Group",
    ]),
    SaveBehavior: enumOf(["Save", "Prompt"]),
    SelectionMode: enumOf(["Select", "Start", "End"]),
    Alignment: enumOf(["Mixed", "Unknown", "Left", "Centered", "Right", "Justified"]),
    BuiltInStyleName: { ...enumOf(BUILT_IN_STYLES), other: "Other" },
    EventType: enumOf([
      "ContentControlDeleted",
      "ContentControlSelectionChanged",
      "ContentControlDataChanged",
      "ContentControlAdded",
      "ContentControlEntered",
      "ContentControlExited",
    ]),
    EventSource: enumOf(["Local", "Remote"]),
    ErrorCodes: {
      accessDenied: ErrorCodes.accessDenied,
      generalException: ErrorCodes.generalException,
      invalidArgument: ErrorCodes.invalidArgument,
      itemNotFound: ErrorCodes.itemNotFound,
      notAllowed: ErrorCodes.notAllowed,
      notImplemented: ErrorCodes.notImplemented,
      searchDialogIsOpen: "SearchDialogIsOpen",
      searchStringInvalidOrTooLong: ErrorCodes.searchStringInvalidOrTooLong,
    },
  };
}

const OfficeExtension = {
  Error: OfficeExtensionError,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    activityLimitReached: "ActivityLimitReached",
    apiNotFound: "ApiNotFound",
    invalidObjectPath: "InvalidObjectPath",
    propertyNotLoaded: "PropertyNotLoaded",
    valueNotLoaded: "ValueNotLoaded",
    invalidRequestContext: "InvalidRequestContext",
    invalidArgument: "InvalidArgument",
    runMustReturnPromise: "RunMustReturnPromise",
  },
  ClientObject,
  ClientResult,
  ClientRequestContext: RequestContext,
  TrackedObjects,
  EventHandlers,
  config: { extendedErrorLogging: false },
};

export interface WordHost {
  readonly Word: ReturnType<typeof makeWord>;
  readonly Office: ReturnType<typeof makeOffice>;
  readonly OfficeExtension: typeof OfficeExtension;
  readonly profile: ProfileName;
  readonly user: SimulatedUser;
  /** number of context.sync() calls so far (assignable, e.g. `host.syncCount = 0`) */
  syncCount: number;
  /** Calls of document.save(...) with their arguments. */
  readonly savedAs: Array<{ saveBehavior: string; fileName?: string }>;
  /** The n-th sync from now (1 = next) rejects with `error` and applies nothing of its batch. */
  failSyncAt(n: number, error?: Error): void;
  /** The n-th sync from now fails at its queued action `action` (0-based); earlier actions stay applied. */
  failActionAt(n: number, action: number, error?: Error): void;
  /** The next call of this Office.context.document.customXmlParts method (or of a part's) answers "failed" and changes
   * nothing. */
  failCommonCall(method: CommonXmlCall): void;
  install(globalObj?: Record<string, unknown>): void;
  uninstall(): void;
  saveDocx(): Promise<Uint8Array>;
  /** Current word/document.xml text (for assertions). */
  documentXml(): string;
  /** @internal */
  readonly engine: Engine;
}

export async function createWordHost(options: WordHostOptions): Promise<WordHost> {
  const base = PROFILES[options.profile];
  if (!base) throw new Error(`Unknown profile ${String(options.profile)}`);
  const lacking = (options.withoutSets ?? []).map((s) => s.toLowerCase());
  const profile = {
    ...base,
    sets: Object.fromEntries(Object.entries(base.sets).filter(([k]) => !lacking.includes(k.toLowerCase()))),
  };
  const addinId = options.addinId ?? "{5B1C7D9E-0000-4000-8000-48524547494E}";
  const pkg = await DocxPackage.load(options.docx, addinId);
  const engine = new Engine(pkg, profile);
  const Word = makeWord(engine);
  const Office = makeOffice(engine, { displayLanguage: options.displayLanguage ?? "nl-NL" });
  const user = new SimulatedUser(engine);
  let saved: { g: Record<string, unknown>; prev: Record<string, unknown> } | null = null;
  const host: WordHost = {
    Word,
    Office,
    OfficeExtension,
    profile: options.profile,
    user,
    engine,
    get syncCount() {
      return engine.syncCount;
    },
    set syncCount(v: number) {
      engine.syncCount = v;
    },
    get savedAs() {
      return engine.savedAs;
    },
    failSyncAt: (n, error) => engine.failSyncAt(n, error),
    failActionAt: (n, action, error) => engine.failActionAt(n, action, error),
    failCommonCall: (method) => engine.failCommonCall(method),
    install(globalObj = globalThis as unknown as Record<string, unknown>) {
      if (saved) host.uninstall();
      const prev = { Word: globalObj.Word, Office: globalObj.Office, OfficeExtension: globalObj.OfficeExtension };
      saved = { g: globalObj, prev };
      globalObj.Word = Word;
      globalObj.Office = Office;
      globalObj.OfficeExtension = OfficeExtension;
    },
    uninstall() {
      if (!saved) return;
      for (const [k, v] of Object.entries(saved.prev)) {
        if (v === undefined) delete saved.g[k];
        else saved.g[k] = v;
      }
      saved = null;
    },
    saveDocx: () => pkg.save(),
    documentXml: () => serializeXml(pkg.doc),
  };
  return host;
}
