// TEST-ONLY: `window.__preview` lets the end-to-end tests (test/e2e/harness.ts) reach the
// emulator behind the page: the .docx as it stands, and a way to wait until the rendering has
// caught up. The pane never uses it. The preview page is never part of a production build.
import type { WordHost } from "word-host";
import type { BoxTag } from "./box-tags";
import type { ProfileName } from "./session";

export interface PreviewTestHook {
  /** Increases with every new emulator (profile switch, "Opnieuw beginnen"). */
  sessionId: number;
  profile: ProfileName;
  host: WordHost;
  /** The emulated document as .docx bytes. */
  saveDocx: () => Promise<Uint8Array>;
  /** The boxes (content-control tags "hr:…") the document has now, with their labels, in document order. */
  boxTags: () => BoxTag[];
  /** Resolves once the document view shows the document as it is now. */
  whenRendered: () => Promise<void>;
}

declare global {
  interface Window {
    __preview?: PreviewTestHook;
  }
}

export function publishTestHook(hook: PreviewTestHook | undefined): void {
  window.__preview = hook;
}
