import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** The pane's own code did not load (e.g. the connection dropped while the pane opened). */
export function LoadFailed() {
  return (
    <main>
      <MessageBar layout="multiline" intent="error">
        <MessageBarBody>
          Het venster kon niet helemaal worden geladen. Sluit het venster en open het opnieuw.
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
