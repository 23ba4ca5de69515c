// A read-only text with a "Kopiëren" button; where the clipboard is not available the text
// is selected so Ctrl+C works.
import { useRef, useState } from "react";
import { Button, Caption1, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { Copy16Regular } from "@fluentui/react-icons";
import { copyText } from "../clipboard";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  grow: { flexGrow: 1, minWidth: 0 },
});

export interface CopyFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  buttonLabel?: string;
}

export function CopyField({ label, value, multiline, buttonLabel = "Kopiëren" }: CopyFieldProps) {
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<"copied" | "selected" | null>(null);
  const copy = async () => {
    const ok = await copyText(value, multiline ? areaRef.current : inputRef.current);
    setResult(ok ? "copied" : "selected");
  };
  return (
    <div>
      <div className={styles.row}>
        <Field label={label} className={styles.grow}>
          {multiline ? (
            <Textarea
              ref={areaRef}
              value={value}
              readOnly
              resize="vertical"
              rows={Math.min(8, Math.max(2, value.split("\n").length))}
            />
          ) : (
            <Input ref={inputRef} value={value} readOnly />
          )}
        </Field>
      </div>
      <div className={styles.row}>
        <Button size="small" icon={<Copy16Regular />} onClick={() => void copy()}>
          {buttonLabel}
        </Button>
        <Caption1 role="status">
          {result === "copied"
            ? "Gekopieerd."
            : result === "selected"
              ? "Geselecteerd: druk op Ctrl+C (Mac: Cmd+C) om te kopiëren."
              : ""}
        </Caption1>
      </div>
    </div>
  );
}
