// Everything the pane needs in Word beyond its first screen: its own chunk, which index.tsx
// requests at once so that it loads while office.js does (issue 18).
import type { ReactElement } from "react";
import { App } from "./components/App";
import { localStorageProfileStore } from "./profile-store";
import { createOfficeGateway } from "../word/office-gateway";
import { loadTemplateBase64 } from "../word/template-asset";

/** The pane on the document Word has open. */
export function wordPane(): ReactElement {
  return <App gateway={createOfficeGateway({ loadTemplateBase64 })} storage={localStorageProfileStore} />;
}
