// OfficeExtension.Error look-alike and the error factories the emulator raises.
// Messages are copied from the Office.js runtime string table
// (node_modules/@microsoft/office-js/dist/word-web-16.00.debug.js, CoreUtility.s_resourceStringValues
// and Utility resource strings) so tests see what real Office.js shows.

export interface DebugInfo {
  code?: string;
  message?: string;
  errorLocation?: string;
  statement?: string;
  [key: string]: unknown;
}

/** Mirrors https://learn.microsoft.com/javascript/api/office/officeextension.error */
export class OfficeExtensionError extends Error {
  code: string;
  debugInfo: DebugInfo;
  traceMessages: string[] = [];
  innerError: Error | null = null;
  httpStatusCode?: number;
  constructor(code: string, message: string, debugInfo: DebugInfo = {}) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...debugInfo };
  }
  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

const err = (code: string, message: string, location?: string): OfficeExtensionError =>
  new OfficeExtensionError(code, message, location ? { errorLocation: location } : {});

export const Errors = {
  propertyNotLoaded: (prop: string, location?: string) =>
    err(
      ErrorCodes.propertyNotLoaded,
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      location,
    ),
  valueNotLoaded: () =>
    err(
      ErrorCodes.valueNotLoaded,
      `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
    ),
  invalidObjectPath: (path: string) =>
    err(
      ErrorCodes.invalidObjectPath,
      `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
      path,
    ),
  invalidRequestContext: () =>
    err(ErrorCodes.invalidRequestContext, "Cannot use the object across different request contexts."),
  invalidArgument: (arg: string, location?: string) =>
    err(
      ErrorCodes.invalidArgument,
      `The argument '${arg}' doesn't work for this situation, is missing, or isn't in the right format.`,
      location,
    ),
  itemNotFound: (location?: string) => err(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", location),
  /** Host-side answer for an API the running Word build doesn't know (modelled on the ApiNotFound
   *  row of https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes). */
  apiNotFound: (member: string, set: string) =>
    err(
      ErrorCodes.apiNotFound,
      `The API you are trying to use could not be found. It may be available in a newer version of Word. See the Word JavaScript API requirement sets article for more information. (${member} needs ${set})`,
      member,
    ),
  /** Writes into locked content controls. The exact code real Word returns is NOT verified from a
   * primary source (OfficeDev/office-js#2759 only confirms that the write fails); the guess is contract case
   * `lock-refuses-write` (src/word/contract/cases-controls.ts). */
  locked: (location: string) =>
    err(
      ErrorCodes.accessDenied,
      "You cannot perform the requested operation. The content control is locked.",
      location,
    ),
  notAllowedOnWeb: (location: string) =>
    err(
      ErrorCodes.notAllowed,
      "The action isn't supported by Word in a browser. Check the OfficeExtension.Error.debugInfo for more information.",
      location,
    ),
  general: (message: string, location?: string) => err(ErrorCodes.generalException, message, location),
  runMustReturnPromise: () =>
    err(
      ErrorCodes.runMustReturnPromise,
      `The batch function passed to the ".run" method didn't return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".`,
    ),
};

/** Thrown by host.user helpers when Word's UI would refuse the edit. */
export class UserEditRefused extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`UserEditRefused: ${reason}`);
    this.name = "UserEditRefused";
    this.reason = reason;
  }
}
