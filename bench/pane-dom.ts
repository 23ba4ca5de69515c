// A jsdom window as the global environment, so the bench can render the real task pane in Node
// and drive it with user-event (as the pane tests do, without jest).
import { JSDOM } from "jsdom";

export function installDom(): () => void {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    url: "https://localhost/",
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Record<string, unknown>;
  const g = globalThis as unknown as Record<string, unknown>;
  const added: string[] = [];
  // Node has its own Event, EventTarget and CustomEvent: jsdom only accepts its own.
  const domOwn = (key: string) => /Event$|^Event|^EventTarget$/.test(key);
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in g && !domOwn(key)) continue;
    try {
      g[key] = win[key];
      added.push(key);
    } catch {
      // read-only in Node: keep Node's own
    }
  }
  for (const key of [
    "window",
    "document",
    "navigator",
    "HTMLElement",
    "Node",
    "Element",
    "getComputedStyle",
    "requestAnimationFrame",
    "cancelAnimationFrame",
    "MutationObserver",
    "Event",
    "KeyboardEvent",
    "MouseEvent",
    "FocusEvent",
    "InputEvent",
    "DataTransfer",
  ]) {
    if (win[key] !== undefined) {
      Object.defineProperty(g, key, { value: win[key], configurable: true, writable: true });
      added.push(key);
    }
  }
  g.window = dom.window;
  g.IS_REACT_ACT_ENVIRONMENT = true;
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  g.ResizeObserver = NoResizeObserver;
  (dom.window as unknown as Record<string, unknown>).ResizeObserver = NoResizeObserver;
  return () => {
    for (const key of added) delete g[key];
    dom.window.close();
  };
}
