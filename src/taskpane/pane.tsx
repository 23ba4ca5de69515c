// Everything the pane needs in Word beyond its first screen: its own chunk, which index.tsx
// requests at once so that it loads while office.js does (issue 18).
import type { ReactElement } from "react";
import { App } from "./components/App";
import { localStorageProfileStore } from "./profile-store";
import { createOfficeGateway } from "../word/office-gateway";
import { loadTemplateBase64 } from "../word/template-asset";
import { withStartupGuard } from "../word/guarded-gateway";
import { checkStartupGuard, type GuardStore } from "../word/startup-guard";
import type { SigningSetup } from "./hooks/useSigning";
import { indexedDbKeyStore, memoryKeyStore } from "./signing/key-store";
import { servedKeyRing } from "./signing/served-key-ring";

/** The key in this browser's IndexedDB (in memory only where there is none); the key lists served with the release. */
const signing: SigningSetup = {
  keyStore: typeof indexedDB === "undefined" ? memoryKeyStore() : indexedDbKeyStore(),
  keyRing: () => servedKeyRing(),
};

/** Where the startup guard remembers the Word versions it checked (nothing when storage is refused). */
const guardStore: GuardStore = {
  get: (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // not remembered: checked again next time
    }
  },
};

/** The pane on the document Word has open; writes wait for the startup guard (startup-guard.ts). */
export function wordPane(): ReactElement {
  const gateway = withStartupGuard(createOfficeGateway({ loadTemplateBase64 }), () => checkStartupGuard(guardStore));
  return <App gateway={gateway} storage={localStorageProfileStore} signing={signing} />;
}
