// Office.context.document.customXmlParts: the Common API custom XML parts (requirement set
// CustomXmlParts 1.1, Word 2013 and later, so also Office 2019 that lacks WordApi 1.4).
// https://learn.microsoft.com/javascript/api/office/office.customxmlparts
// https://learn.microsoft.com/javascript/api/office/office.customxmlpart
// They are the SAME parts the Word API (WordApi 1.4 Word.CustomXmlPartCollection) sees: both
// work on engine.pkg.customParts, so a part added here is saved as customXml/itemN.xml and read
// by any profile. Calls are not part of a Word batch: each applies at once and answers later.

import type { Engine } from "./engine";
import { OfficeExtensionError } from "./errors";
import { checkXml, partNamespace } from "./custom-xml";
import { newGuid, type CustomPart } from "./package";
import { later, fail, ok, splitArgs } from "./async-result";

/** Common API methods a test can make fail once (host.failCommonCall). */
export type CommonXmlCall = "addAsync" | "getByIdAsync" | "getByNamespaceAsync" | "getXmlAsync" | "deleteAsync";

function makePart(engine: Engine, part: CustomPart) {
  return {
    id: part.id,
    builtIn: false,
    getXmlAsync(a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<string>(a, b);
      const answer = engine.commonCallFails("getXmlAsync")
        ? fail<string>(5001, "Internal Error", "An internal error has occurred.", options.asyncContext)
        : engine.pkg.customParts.includes(part)
          ? ok(part.xml, options.asyncContext)
          : fail<string>(5001, "Internal Error", "The custom XML part no longer exists.", options.asyncContext);
      if (cb) later(() => cb(answer));
    },
    deleteAsync(a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<void>(a, b);
      if (engine.commonCallFails("deleteAsync")) {
        if (cb) later(() => cb(fail(5001, "Internal Error", "An internal error has occurred.", options.asyncContext)));
        return;
      }
      engine.pkg.customParts = engine.pkg.customParts.filter((p) => p !== part);
      if (cb) later(() => cb(ok(undefined, options.asyncContext)));
    },
  };
}

export function makeCommonCustomXmlParts(engine: Engine) {
  const internal = (options: Record<string, unknown>) =>
    fail<never>(5001, "Internal Error", "An internal error has occurred.", options.asyncContext);
  return {
    addAsync(xml: string, a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<unknown>(a, b);
      let answer;
      if (engine.commonCallFails("addAsync")) answer = internal(options);
      else {
        try {
          checkXml(engine, xml, "CustomXmlParts.addAsync");
          const part: CustomPart = { id: newGuid(), xml };
          engine.pkg.customParts.push(part);
          answer = ok(makePart(engine, part), options.asyncContext);
        } catch (error) {
          const e = error as OfficeExtensionError;
          answer = fail<unknown>(
            e.code === "InvalidArgument" ? 1000 : 5001,
            e.code === "InvalidArgument" ? "Invalid Argument" : "Internal Error",
            e.message,
            options.asyncContext,
          );
        }
      }
      if (cb) later(() => cb(answer));
    },
    getByIdAsync(id: string, a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<unknown>(a, b);
      const found = engine.pkg.customParts.find((p) => p.id.toLowerCase() === String(id).toLowerCase());
      const answer = engine.commonCallFails("getByIdAsync")
        ? internal(options)
        : ok(found ? makePart(engine, found) : null, options.asyncContext);
      if (cb) later(() => cb(answer));
    },
    getByNamespaceAsync(ns: string, a?: unknown, b?: unknown): void {
      const { options, cb } = splitArgs<unknown[]>(a, b);
      const parts = engine.pkg.customParts.filter((p) => partNamespace(p) === ns).map((p) => makePart(engine, p));
      const answer = engine.commonCallFails("getByNamespaceAsync")
        ? internal(options)
        : ok(parts, options.asyncContext);
      if (cb) later(() => cb(answer));
    },
  };
}
