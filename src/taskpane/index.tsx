import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { describeHost, type HostInfo } from "../word";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  const render = (host: HostInfo | null) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  render(null);
  // Office.onReady resolves outside Office too (host null), as long as office.js loaded.
  if (typeof Office !== "undefined") {
    Office.onReady((info) => render(describeHost(info)));
  } else {
    render({ host: "geen", platform: "onbekend", supportedSets: [] });
  }
}
