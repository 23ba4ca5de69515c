// Word JavaScript API host emulator (browser-safe entry point; Node helpers live in node-files.ts).
export { createWordHost } from "./host";
export type { WordHost, WordHostOptions } from "./host";
export { OfficeExtensionError, UserEditRefused } from "./errors";
export { PROFILES, isSetSupported } from "./profiles";
export type { ProfileName } from "./profiles";
export { WEB_CUSTOM_XML_LIMIT_BYTES } from "./custom-xml";
export type { CommonXmlCall } from "./common-custom-xml";
export { OpenError, OPEN_ERRORS } from "./open-errors";
export { blankDocx } from "./package";
