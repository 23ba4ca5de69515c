// The label, hint and messages for inputs that are more than one control (check boxes, name +
// organisation), looking like a Fluent Field. The box around it (BoxEditor) is the labelled group.
import { useId, type ReactNode } from "react";
import { Caption1, Label, makeStyles, tokens } from "@fluentui/react-components";
import { Messages } from "./Messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface GroupFieldProps {
  label: string;
  required?: boolean;
  hint?: string;
  messages: readonly string[];
  children: ReactNode;
}

export function GroupField({ label, required, hint, messages, children }: GroupFieldProps) {
  const styles = useStyles();
  const hintId = useId();
  const messageId = useId();
  return (
    <div className={styles.root}>
      <Label required={required} weight="semibold">
        {label}
      </Label>
      {children}
      {messages.length > 0 && <Messages id={messageId} messages={messages} />}
      {hint && (
        <Caption1 id={hintId} className={styles.hint}>
          {hint}
        </Caption1>
      )}
    </div>
  );
}
