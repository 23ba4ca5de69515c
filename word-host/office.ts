// The Office namespace (common API) as far as the add-in needs it.
// https://learn.microsoft.com/javascript/api/office
import type { Engine } from "./engine";
import { isSetSupported } from "./profiles";
import { fail, later, ok, splitArgs, type AsyncResult, type Callback } from "./async-result";
import { makeCommonCustomXmlParts } from "./common-custom-xml";

export type { AsyncResult } from "./async-result";

/**
 * Office.context.document.addHandlerAsync / removeHandlerAsync for DocumentSelectionChanged:
 * registration only, the handlers are never called. Whether real Word accepts the registration is
 * the contract case "selection-event" (src/word/contract/cases-host.ts).
 * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-addhandlerasync-member(1)
 */
function makeDocumentEvents() {
  const handlers = new Set<unknown>();
  const accepts = (type: string) => type === "documentSelectionChanged";
  return {
    handlerCount: () => handlers.size,
    addHandlerAsync(type: string, handler: unknown, a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<void>(a, b);
      if (accepts(type)) handlers.add(handler);
      if (cb)
        later(() =>
          cb(
            accepts(type)
              ? ok(undefined, options.asyncContext)
              : fail(5001, "Internal Error", `event ${type} is not emulated`, options.asyncContext),
          ),
        );
    },
    removeHandlerAsync(_type: string, a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<void>(a, b);
      const handler = (options as { handler?: unknown }).handler;
      if (handler === undefined) handlers.clear();
      else handlers.delete(handler);
      if (cb) later(() => cb(ok(undefined, options.asyncContext)));
    },
  };
}

/**
 * Office.context.document.settings: an in-memory copy loaded with the document; set/remove change
 * only the copy, saveAsync persists it into the document (web extension part), refreshAsync reloads.
 * https://learn.microsoft.com/javascript/api/office/office.settings
 */
export function makeSettings(engine: Engine) {
  const settings = {
    get(name: string): unknown {
      return Object.prototype.hasOwnProperty.call(engine.officeSettings, name)
        ? clone(engine.officeSettings[name])
        : null;
    },
    set(name: string, value: unknown): void {
      engine.officeSettings[name] = clone(value);
    },
    remove(name: string): void {
      delete engine.officeSettings[name];
    },
    saveAsync(a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<void>(a, b);
      engine.pkg.addinSettings = clone(engine.officeSettings);
      if (cb) later(() => cb(ok(undefined, options.asyncContext)));
    },
    refreshAsync(cb?: Callback<unknown>): void {
      engine.officeSettings = clone(engine.pkg.addinSettings);
      if (cb) later(() => cb(ok(settings)));
    },
    addHandlerAsync(_type: string, _h: unknown, a?: unknown, b?: unknown): void {
      const { cb } = splitArgs<void>(a, b);
      if (cb) later(() => cb(ok(undefined)));
    },
  };
  return settings;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** getFileAsync(Compressed): the saved .docx in slices (default 4 MB, https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)). */
function makeGetFileAsync(engine: Engine) {
  let open = false;
  return (fileType: string, a?: unknown, b?: unknown): void => {
    const { options, cb } = splitArgs<unknown>(a, b);
    const done = (r: AsyncResult<unknown>): void => {
      if (cb) later(() => cb(r));
    };
    if (String(fileType).toLowerCase() !== "compressed")
      return done(
        fail(11000, "Invalid Format Error", "The specified file type is not supported.", options.asyncContext),
      );
    if (open)
      return done(
        fail(
          11006,
          "Internal Error",
          "Call closeAsync on the current File before retrieving another.",
          options.asyncContext,
        ),
      );
    const sliceSize = Number(options.sliceSize ?? 4194304);
    void engine.pkg.save().then((bytes) => {
      open = true;
      const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
      const file = {
        size: bytes.length,
        sliceCount,
        getSliceAsync(index: number, cb2: Callback<unknown>) {
          if (index < 0 || index >= sliceCount) {
            later(() => cb2(fail(11001, "Invalid Operation", "Index out of range.")));
            return;
          }
          const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
          later(() => cb2(ok({ data, index, size: data.length })));
        },
        closeAsync(cb2?: Callback<void>) {
          open = false;
          if (cb2) later(() => cb2(ok(undefined)));
        },
      };
      done(ok(file, options.asyncContext));
    });
  };
}

export function makeOffice(engine: Engine, opts: { displayLanguage: string }) {
  const p = engine.profile;
  const info = { host: "Word", platform: p.platform };
  const Office = {
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    CoercionType: { Text: "text", Ooxml: "ooxml", Html: "html", Matrix: "matrix", Table: "table", Image: "image" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged", SettingsChanged: "settingsChanged" },
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(cb?: (i: typeof info) => void): Promise<typeof info> {
      return new Promise((resolve) =>
        later(() => {
          cb?.(info);
          resolve(info);
        }),
      );
    },
    context: {
      host: "Word",
      platform: p.platform,
      displayLanguage: opts.displayLanguage,
      contentLanguage: opts.displayLanguage,
      diagnostics: { host: "Word", platform: p.platform, version: p.version },
      requirements: { isSetSupported: (name: string, version?: string | number) => isSetSupported(p, name, version) },
      document: {
        mode: "readWrite",
        url: "",
        settings: makeSettings(engine),
        getFileAsync: makeGetFileAsync(engine),
        // Common API custom XML parts only where the profile has the CustomXmlParts set.
        customXmlParts: isSetSupported(p, "CustomXmlParts", "1.1") ? makeCommonCustomXmlParts(engine) : undefined,
        ...makeDocumentEvents(),
      },
    },
  };
  return Office;
}
