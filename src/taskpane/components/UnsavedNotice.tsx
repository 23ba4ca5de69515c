// Text typed in the pane that is not in the document yet: named box by box, with one button
// that puts what can be saved into the document. Shown where leaving it out would matter
// (Afronden, Verzenden), so nothing typed is agreed or sent without a word.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { UnsavedBox } from "../box-model";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface UnsavedNoticeProps {
  unsaved: readonly UnsavedBox[];
  /** What waits for it: "Vastleggen", "Opslaan en verzenden". */
  blocks: string;
  busy: boolean;
  onSaveAll: () => void;
}

export function UnsavedNotice({ unsaved, blocks, busy, onSaveAll }: UnsavedNoticeProps) {
  const styles = useStyles();
  if (unsaved.length === 0) return null;
  const savable = unsaved.filter((u) => u.problems.length === 0).length;
  const one = unsaved.length === 1;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {one ? "1 vak is nog niet opgeslagen" : `${unsaved.length} vakken zijn nog niet opgeslagen`}
        </MessageBarTitle>
        {one ? "Deze tekst staat" : "Deze teksten staan"} nog niet in het document. {blocks} kan pas als{" "}
        {one ? "hij is" : "ze zijn"} opgeslagen of teruggezet.
        <ul className={styles.list}>
          {unsaved.map((u) => (
            <li key={`${u.kind}:${u.key}`}>
              {u.label}
              {u.problems.length > 0 ? ` — eerst verbeteren: ${u.problems.join(" ")}` : ""}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      {savable > 0 && (
        <MessageBarActions>
          <Button size="small" appearance="primary" disabled={busy} onClick={onSaveAll}>
            {savable === unsaved.length ? "Alles opslaan" : "Opslaan wat kan"}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
