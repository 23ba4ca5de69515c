// Choosing the other copy: the button that opens the browser's file dialog, the chosen file's
// name, and while it is read the progress with a button to cancel.
import { useRef } from "react";
import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { progressText } from "../../../document/copy-worker-protocol";

const useStyles = makeStyles({
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  picker: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface CopyPickerProps {
  /** The file compared now, if any. */
  fileName: string | null;
  /** While a file is read: its progress (null before the first part); null when nothing is read. */
  reading: { progress: { done: number; total: number } | null } | null;
  disabled: boolean;
  onChoose: (file: File | undefined) => void;
  onCancel: () => void;
}

export function CopyPicker({ fileName, reading, disabled, onChoose, onCancel }: CopyPickerProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className={styles.picker}>
        <Button disabled={disabled || reading !== null} onClick={() => fileInput.current?.click()}>
          Andere kopie kiezen…
        </Button>
        {fileName !== null && <Caption1 className={styles.text}>{fileName}</Caption1>}
      </div>
      {reading && (
        <div className={styles.picker}>
          <Text role="status">{progressText(reading.progress)}</Text>
          <Button onClick={onCancel}>Annuleren</Button>
        </div>
      )}
      {/* The browser's own file button speaks the browser's language; the Fluent button above opens it. */}
      <input
        ref={fileInput}
        hidden
        type="file"
        aria-label="Andere kopie (.docx)"
        data-testid="compare-file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => {
          onChoose(e.currentTarget.files?.[0]);
          e.currentTarget.value = ""; // the same file again is a new comparison
        }}
      />
    </>
  );
}
