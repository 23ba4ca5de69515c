// Boxes changed in the document outside this pane. They must be signed (initials, date,
// organisation) before the document is saved or sent.
import { Body1, Button, Caption1, Caption1Strong, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { entryPartLabel } from "../../domain";
import type { OutsideEdit } from "../../word/gateway";
import { orEmpty, shorten } from "../text";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  change: { display: "block", overflowWrap: "anywhere" },
  actions: { marginTop: tokens.spacingVerticalS },
});

export interface OutsideEditsProps {
  edits: readonly OutsideEdit[];
  busy: boolean;
  onAttribute: () => void;
}

export function OutsideEdits({ edits, busy, onAttribute }: OutsideEditsProps) {
  const styles = useStyles();
  if (edits.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Wijzigingen buiten dit venster">
      <MessageBarBody>
        <MessageBarTitle>Wijzigingen buiten dit venster</MessageBarTitle>
        <Body1 as="p">
          {edits.length === 1 ? "Eén vak is" : `${edits.length} vakken zijn`} rechtstreeks in het document gewijzigd, zonder initialen. Leg de wijziging
          vast met uw initialen, of maak haar in Word ongedaan. Opslaan en verzenden kan pas daarna.
        </Body1>
        <ul className={styles.list}>
          {edits.map((e) => (
            <li key={e.key}>
              <Caption1Strong>{entryPartLabel({ boxKey: e.key })}</Caption1Strong>
              <Caption1 className={styles.change}>
                {shorten(orEmpty(e.before))} → {shorten(orEmpty(e.after))}
              </Caption1>
            </li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button appearance="primary" size="small" onClick={onAttribute} disabled={busy}>
            Vastleggen met mijn initialen
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
