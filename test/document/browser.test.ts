/**
 * @jest-environment jsdom
 */
// The generator must run in the task pane (a browser): no Node APIs (Buffer, fs) on its path.
import { buildPlainHandreiking } from "../../src/document";
import { TEMPLATE } from "../../src/domain/template";
import { TextEncoder as NodeTextEncoder } from "node:util";

// jsdom lacks TextEncoder, which every browser has.
if (typeof globalThis.TextEncoder === "undefined") {
  (globalThis as { TextEncoder: unknown }).TextEncoder = NodeTextEncoder;
}

it("builds the handreiking in a browser-like environment", async () => {
  expect(typeof window).toBe("object");
  // Browsers have no Buffer: hide it while building.
  const g = globalThis as { Buffer?: unknown };
  const saved = g.Buffer;
  g.Buffer = undefined;
  let bytes: Uint8Array;
  try {
    bytes = await buildPlainHandreiking(TEMPLATE);
  } finally {
    g.Buffer = saved;
  }
  expect(Object.prototype.toString.call(bytes)).toBe("[object Uint8Array]");
  // a zip file: "PK\x03\x04"
  expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(bytes.length).toBeGreaterThan(5000);
});
