import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { HostPlaceholder } from "./components/HostPlaceholder";
import { localStorageProfileStore } from "./profile-store";
import { describeHost } from "../word";
import { createOfficeGateway } from "../word/office-gateway";
import { loadTemplateBase64 } from "../word/template-asset";
import { withStartupGuard } from "../word/guarded-gateway";
import { checkStartupGuard, type GuardStore } from "../word/startup-guard";

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

export { App } from "./components/App";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  const show = (node: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  show(<HostPlaceholder host={null} />);
  // Office.onReady resolves outside Office too (host null), as long as office.js loaded.
  if (typeof Office !== "undefined") {
    Office.onReady((info) => {
      if (info.host === Office.HostType.Word) {
        show(<App gateway={withStartupGuard(createOfficeGateway({ loadTemplateBase64 }), () => checkStartupGuard(guardStore))} storage={localStorageProfileStore} />);
      } else {
        show(<HostPlaceholder host={describeHost(info)} />);
      }
    });
  } else {
    show(<HostPlaceholder host={{ host: "geen", platform: "onbekend", supportedSets: [] }} />);
  }
}
