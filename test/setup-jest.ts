import "@testing-library/jest-dom";
import { webcrypto } from "crypto";
import { TextDecoder, TextEncoder } from "util";

// jsdom has no WebCrypto digest and no TextEncoder; browsers (and Office's web views, always HTTPS)
// have both. The pane's tests use Node's, the same standard APIs, so the SHA-256 log chain runs
// there as in the pane.
if (typeof globalThis.crypto?.subtle === "undefined") {
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
}
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
