// Copies and merges wait until edits made outside the pane are signed (the warning at the top says which).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function BlockedNotice({ blocked }: { blocked: boolean }) {
  if (!blocked) return null;
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>Leg eerst de wijzigingen buiten dit venster vast (bovenaan).</MessageBarBody>
    </MessageBar>
  );
}
