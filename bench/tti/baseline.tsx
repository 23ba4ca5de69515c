// BENCH-ONLY baseline for time-to-interactive: React and a single Fluent UI button, built by the
// same webpack rules and mode as the task pane and served in the same page shell.
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Handreiking Regie</Button>
    </FluentProvider>,
  );
}
