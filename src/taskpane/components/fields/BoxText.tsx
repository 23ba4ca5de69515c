// A box shown, not edited: its label and its text, each line of its own (a stamped line under a
// one-line value stays on its own line, never glued to it), and a short note under it.
import type { ReactNode } from "react";
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { EMPTY_BOX } from "../../../domain/text/meeting";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface BoxTextProps {
  label: string;
  required?: boolean;
  text: string;
  /** Under the text: where it comes from, its stamp, or what is pending. */
  note?: ReactNode;
}

export function BoxText({ label, required, text, note }: BoxTextProps) {
  const styles = useStyles();
  const lines = text.split("\n");
  return (
    <div className={styles.root}>
      <Text weight="semibold">
        {label}
        {required ? " *" : ""}
      </Text>
      {text.trim() === "" ? (
        <Text className={styles.empty}>{EMPTY_BOX}</Text>
      ) : (
        <div className={styles.text} data-box-text="">
          {lines.map((line, i) => (
            // the lines of one text never reorder: the index is a stable key
            <Text key={i}>{line}</Text>
          ))}
        </div>
      )}
      {note && <Caption1 className={styles.muted}>{note}</Caption1>}
    </div>
  );
}
