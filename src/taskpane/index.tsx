import "../domain/zod-config"; // first: zod in jitless mode before any schema is built (the page's CSP has no 'unsafe-eval')
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HostPlaceholder } from "./components/HostPlaceholder";
import { LoadFailed } from "./components/LoadFailed";
import { describeHost } from "../word";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  const show = (node: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  // The first screen is in this file's chunk; the rest of the pane (wizard, Word layer) is
  // requested now, while office.js loads, and shown once Word is ready.
  const pane = import(/* webpackChunkName: "pane" */ "./pane");
  pane.catch(() => undefined); // reported below, once it is needed
  show(<HostPlaceholder host={null} />);
  // Office.onReady resolves outside Office too (host null), as long as office.js loaded.
  if (typeof Office !== "undefined") {
    Office.onReady((info) => {
      if (info.host === Office.HostType.Word) {
        pane.then(
          ({ wordPane }) => show(wordPane()),
          () => show(<LoadFailed />),
        );
      } else {
        show(<HostPlaceholder host={describeHost(info)} />);
      }
    });
  } else {
    show(<HostPlaceholder host={{ host: "geen", platform: "onbekend", supportedSets: [] }} />);
  }
}
