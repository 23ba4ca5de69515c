// After "Nieuwe handreiking" put the form after existing content: says so, and offers to take it
// out again while it is untouched (only the conversion entry, no outside edit). The Word layer
// checks again and refuses in Dutch if something was typed meanwhile.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { FormView } from "../../word/gateway";

const useStyles = makeStyles({ actions: { marginTop: tokens.spacingVerticalS } });

export const UNDO_APPEND = "Handreiking weer weghalen";

/** The button is offered only while nothing was written in the appended form. */
export function appendedUntouched(view: FormView): boolean {
  const data = view.data;
  return (
    view.kind === "form" &&
    !!data?.appendedAfter &&
    data.changeLog.length === 1 &&
    view.outsideEdits.length === 0 &&
    view.problems.length === 0
  );
}

export interface AppendedNoticeProps {
  view: FormView;
  busy: boolean;
  onRemove: () => void;
}

export function AppendedNotice({ view, busy, onRemove }: AppendedNoticeProps) {
  const styles = useStyles();
  if (!appendedUntouched(view)) return null;
  return (
    <MessageBar layout="multiline" intent="success">
      <MessageBarBody>
        <MessageBarTitle>Handreiking toegevoegd na de bestaande inhoud</MessageBarTitle>
        Wat er al stond is niet veranderd. Zolang er nog niets in de handreiking is ingevuld, haalt de knop hieronder
        haar met één klik weer weg; de bestaande inhoud blijft staan.
        <div className={styles.actions}>
          <Button disabled={busy} onClick={onRemove}>
            {UNDO_APPEND}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
