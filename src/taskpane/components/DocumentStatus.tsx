// What the open document is, before there is a form: empty (offer a new handreiking), a plain
// handreiking (offer to turn it into the form) or something else (offer nothing destructive).
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { allFields, describeContent, findField, TEMPLATE } from "../../domain";
import type { FormView } from "../../word/gateway";
import { AppendChoice } from "./AppendChoice";
import { BulletList } from "./BulletList";
import { TitledSection } from "./TitledSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export interface DocumentStatusProps {
  view: FormView;
  busy: boolean;
  onNew: () => void;
  onConvert: () => void;
  /** A new handreiking after the content the document already holds (absent: not offered). */
  onAppend?: () => void;
}

export function DocumentStatus({ view, busy, onNew, onConvert, onAppend }: DocumentStatusProps) {
  const styles = useStyles();
  if (view.kind === "empty") {
    return (
      <TitledSection className={styles.root} titleId="status-title" title="Leeg document">
        <Body1>
          Dit document is nog leeg. Maak hier een nieuwe Handreiking Regie in 7 samenwerkingsstappen. U vult daarna
          alleen de vakken in, stap voor stap; uw initialen, de datum en uw organisatie worden bij elke wijziging
          vastgelegd.
        </Body1>
        <Button appearance="primary" onClick={onNew} disabled={busy || !view.capabilities.form}>
          Nieuwe handreiking
        </Button>
      </TitledSection>
    );
  }
  if (view.kind === "plain") {
    const total = allFields().length;
    const found = view.map?.fieldsFound.length ?? 0;
    const missing = view.map?.fieldsMissing ?? [];
    return (
      <TitledSection className={styles.root} titleId="status-title" title="Handreiking gevonden">
        <Body1>
          Dit is een Handreiking Regie als gewoon Word-document. Met ‘Omzetten naar formulier’ wordt het een formulier:
          alleen de vakken blijven bewerkbaar, de rest van het document wordt vergrendeld. Wat al in de vakken staat,
          blijft staan.
        </Body1>
        <Body1>
          {found} van de {total} vakken gevonden.
        </Body1>
        {missing.length > 0 && (
          <div>
            <Caption1>Niet gevonden (deze vakken worden opnieuw toegevoegd):</Caption1>
            <BulletList caption items={missing.map((id) => ({ key: id, text: findField(id)?.field.label ?? id }))} />
          </div>
        )}
        <Button appearance="primary" onClick={onConvert} disabled={busy || !view.capabilities.form}>
          Omzetten naar formulier
        </Button>
      </TitledSection>
    );
  }
  const content = view.map?.content ?? [];
  return (
    <TitledSection className={styles.root} titleId="status-title" title="Geen handreiking">
      <Body1>
        Dit document is geen {TEMPLATE.title}. De invoegtoepassing verandert er niets aan uit zichzelf. Open de
        handreiking van dit gezin, maak een nieuw leeg document en kies daar ‘Nieuwe handreiking’, of voeg hier een lege
        handreiking toe na wat er al staat.
      </Body1>
      {content.length > 0 && !content.includes("text") && (
        <Body1>
          Het document lijkt leeg omdat er geen tekst in staat, maar het bevat {describeContent(content)}; daarom wordt
          hier geen nieuwe handreiking overheen gemaakt.
        </Body1>
      )}
      {onAppend && <AppendChoice busy={busy} disabled={!view.capabilities.form} onAppend={onAppend} />}
    </TitledSection>
  );
}
