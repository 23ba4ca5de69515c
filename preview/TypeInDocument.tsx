// "Typ in het document": what a person typing in Word would do to a box, outside the pane
// (host.user.typeInControl, appending). The e2e tests use it through test/e2e/harness.ts.
import { useState, type FormEvent } from "react";
import { Button, Caption1, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { BoxTag } from "./box-tags";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  select: { flex: "0 1 380px", minWidth: "240px" },
  control: { width: "100%", minWidth: 0 },
  text: { flex: "1 1 200px" },
  hint: { flexBasis: "100%", color: tokens.colorNeutralForeground3 },
});

export interface TypeInDocumentProps {
  tags: readonly BoxTag[];
  onType: (tag: string, text: string) => boolean;
}

export function TypeInDocument({ tags, onType }: TypeInDocumentProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState("");
  const [text, setText] = useState("");
  const tag = tags.some((t) => t.tag === chosen) ? chosen : (tags[0]?.tag ?? "");
  const disabled = tags.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!tag || !text) return;
    if (onType(tag, text)) setText("");
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Typ in het document" data-testid="type-form">
      <Field label="Vak in het document" className={styles.select}>
        <Select
          id="type-tag"
          data-testid="type-tag"
          className={styles.control}
          value={tag}
          disabled={disabled}
          onChange={(_, d) => setChosen(d.value)}
        >
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Tekst die iemand in Word typt" className={styles.text}>
        <Input
          id="type-text"
          data-testid="type-text"
          className={styles.control}
          value={text}
          disabled={disabled}
          onChange={(_, d) => setText(d.value)}
        />
      </Field>
      <Button type="submit" data-testid="type-submit" disabled={disabled || !text}>
        Typ in het document
      </Button>
      {disabled && (
        <Caption1 className={styles.hint}>
          Nog geen vakken: maak eerst in het taakvenster een formulier van het document.
        </Caption1>
      )}
    </form>
  );
}
