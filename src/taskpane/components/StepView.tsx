// One step of the handreiking: title, guidance, what is still missing, and its boxes.
import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { StepDef } from "../../domain";
import { fieldBox } from "../box-model";
import { BoxEditor } from "./fields/BoxEditor";
import { RowsField } from "./fields/RowsField";
import type { BoxEditing } from "./fields/editing";
import { stepLabel } from "./parts";
import { NOT_RESTORED_TEXT, NOT_RESTORED_TITLE } from "../../domain/text/meeting";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  // Fluent's Text components are inline: stack heading, guidance and hint as blocks.
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  guidance: { color: tokens.colorNeutralForeground2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface StepViewProps {
  step: StepDef;
  missing: readonly string[];
  editing: BoxEditing;
}

export function StepView({ step, missing, editing }: StepViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby={`step-${step.id}`}>
      <div className={styles.intro}>
        <Title3 as="h2" id={`step-${step.id}`}>
          {stepLabel(step)}
        </Title3>
        <Body1 as="p" className={styles.guidance}>
          {step.guidance}
        </Body1>
        {editing.readOnly ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{NOT_RESTORED_TITLE}</MessageBarTitle>
              {NOT_RESTORED_TEXT}
            </MessageBarBody>
          </MessageBar>
        ) : editing.amendMode ? (
          <Caption1>
            Vastgesteld: gebruik ‘Aanvulling’ bij een vak voor nieuwe afspraken en ‘Corrigeren’ om tekst te vervangen.
            ‘Correctie opslaan’ vervangt de tekst; het logboek bewaart dan de oude en de nieuwe tekst. Een correctie
            wordt pas opgeslagen als u op die knop klikt.
          </Caption1>
        ) : (
          <Caption1>
            Wat u in een vak typt, wordt opgeslagen in het document zodra u het vak verlaat (in een tabel: de rij).
            Vakken met * zijn verplicht.
          </Caption1>
        )}
      </div>
      {step.fields.map((field) =>
        field.kind === "rows" ? (
          <RowsField key={field.id} field={field} editing={editing} />
        ) : (
          <BoxEditor key={field.id} spec={fieldBox(field)} editing={editing} />
        ),
      )}
      {/* below the fields: when a save shortens this list, no field above it moves under the next click */}
      {missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nog in te vullen in deze stap</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
