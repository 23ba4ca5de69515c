// A table of the form (Betrokkenen, Doelen, Afspraken): a compact card per row, each cell its
// own box; rows are added and removed in the document straight away.
import { useState } from "react";
import { Body1Strong, Button, Caption1, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FieldDef } from "../../../domain";
import { cellBox, rowsOf } from "../../box-model";
import { BoxEditor } from "./BoxEditor";
import type { BoxEditing } from "./editing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function RowsField({ field, editing }: { field: FieldDef; editing: BoxEditing }) {
  const styles = useStyles();
  const rows = rowsOf(editing.view, field.id);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className={styles.root} aria-label={field.label}>
      <Text weight="semibold">
        {field.label}
        {field.required ? " *" : ""}
      </Text>
      {field.hint && <Caption1 className={styles.hint}>{field.hint}</Caption1>}
      {rows.map((row, index) => (
        <Card key={row.key} size="small" role="group" aria-label={`${field.label}, rij ${index + 1}`}>
          <div className={styles.head}>
            <Body1Strong>Rij {index + 1}</Body1Strong>
            {confirming === row.key ? (
              <span>
                <Button size="small" appearance="primary" disabled={editing.busy} onClick={() => editing.removeRow(field.id, row.key)}>
                  Ja, verwijderen
                </Button>{" "}
                <Button size="small" onClick={() => setConfirming(null)}>
                  Nee
                </Button>
              </span>
            ) : (
              <Button size="small" appearance="subtle" disabled={editing.busy || rows.length <= 1} onClick={() => setConfirming(row.key)}>
                Rij verwijderen
              </Button>
            )}
          </div>
          {(field.columns ?? []).map((column) => (
            <BoxEditor key={column.id} spec={cellBox(field, row, column)} editing={editing} />
          ))}
        </Card>
      ))}
      <div>
        <Button size="small" onClick={() => editing.addRow(field.id)} disabled={editing.busy}>
          Rij toevoegen
        </Button>
      </div>
    </section>
  );
}
