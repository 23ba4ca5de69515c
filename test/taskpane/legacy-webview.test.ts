/** @jest-environment jsdom */
// The classic script that explains, in the IE11 / Edge Legacy webviews of older Office, why the
// pane cannot run. It must itself be ES5 (else it fails there too), and stay silent elsewhere.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";

const SOURCE = readFileSync(path.resolve(__dirname, "../../src/taskpane/legacy-webview.js"), "utf8");
const TRIDENT =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_LEGACY =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

function runWith(userAgent: string): string {
  document.body.innerHTML = '<div id="container"></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  // The file is a plain classic script, as the page loads it.
  new Function(SOURCE)();
  return document.getElementById("container")!.textContent ?? "";
}

test("is ES5: it parses as ECMAScript 5", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test.each([
  ["Internet Explorer 11 (Trident)", TRIDENT],
  ["Edge Legacy (EdgeHTML)", EDGE_LEGACY],
])("%s: explains in Dutch what to ask for", (_name, ua) => {
  const text = runWith(ua);
  expect(text).toMatch(/^De Handreiking Regie werkt niet in deze versie van Word/);
  expect(text).toContain("Microsoft Edge WebView2");
  expect(document.querySelector("[role=alert]")).not.toBeNull();
});

test("in WebView2, Chromium and Safari it does nothing", () => {
  expect(runWith(WEBVIEW2)).toBe("");
  expect(runWith("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)")).toBe("");
});
