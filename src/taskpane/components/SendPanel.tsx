// Opslaan en verzenden: the exact file name, the checklist, saving under the name, a
// downloaded copy, the hidden data the file carries, and to whom and how to send it.
import { useState } from "react";
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import {
  checkReadiness,
  expectedFileName,
  FILE_EXTENSION,
  peopleRows,
  roleLocation,
  roleText,
  type HiddenData,
} from "../../domain";
import type { FormView, SaveOutcome } from "../../word/gateway";
import type { Outcome } from "../hooks/useFormView";
import { downloadBytes } from "../download";
import { CopyField } from "./CopyField";
import { HiddenDataCheck } from "./HiddenDataCheck";
import { Readiness } from "./Readiness";
import type { UnsavedBox } from "../box-model";
import { UnsavedNotice } from "./UnsavedNotice";
import { Recipients } from "./Recipients";
import { TitledSection } from "./TitledSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SendPanelProps {
  view: FormView;
  /** Open outside edits: saving and sending wait until they are signed. */
  blocked: boolean;
  /** Text typed but not in the document: saving and sending wait until it is saved or reset. */
  unsaved?: readonly UnsavedBox[];
  onSaveAll?: () => void;
  busy: boolean;
  onSaveWithName: (name: string) => Promise<SaveOutcome | null>;
  onGetCopy: () => Promise<Outcome<Uint8Array | null>>;
  /** Reads the hidden parts of the file (stable identity: it is called again when the view changes). */
  onLoadHidden: () => Promise<Outcome<HiddenData>>;
  onRemoveQuarantined: (id: string) => Promise<boolean>;
}

type CopyState = "downloaded" | "unsupported" | null;

function OutcomeMessage({ outcome, name }: { outcome: SaveOutcome; name: string }) {
  if (outcome.status === "saved") {
    return (
      <MessageBar layout="multiline" intent="success">
        <MessageBarBody>Opgeslagen als ‘{outcome.fileName}’.</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.status === "alreadyNamed") {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          Dit document is al eerder opgeslagen, en Word kan een opgeslagen bestand niet hernoemen. Kies in Word Bestand
          &gt; Opslaan als, plak de naam ‘{name}’ en klik op Opslaan.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{outcome.message}</MessageBarBody>
    </MessageBar>
  );
}

export function SendPanel({
  view,
  blocked: outsideBlocked,
  unsaved = [],
  onSaveAll = () => undefined,
  busy,
  onSaveWithName,
  onGetCopy,
  onLoadHidden,
  onRemoveQuarantined,
}: SendPanelProps) {
  const styles = useStyles();
  const blocked = outsideBlocked || unsaved.length > 0;
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [copyState, setCopyState] = useState<CopyState>(null);
  const log = view.data?.changeLog ?? [];
  const name = expectedFileName(view.values, log);
  const savedName = outcome?.status === "saved" ? outcome.fileName : undefined;
  const items = view.data
    ? checkReadiness({ values: view.values, boxTexts: view.boxTexts, data: view.data, fileName: savedName })
    : [];

  const save = async () => {
    if (!name.ok) return;
    const result = await onSaveWithName(name.name);
    if (result) setOutcome(result);
  };
  const download = async () => {
    if (!name.ok) return;
    const result = await onGetCopy();
    if (!result.ok) return;
    if (result.value === null) {
      setCopyState("unsupported");
      return;
    }
    downloadBytes(result.value, name.name + FILE_EXTENSION);
    setCopyState("downloaded");
  };

  return (
    <TitledSection className={styles.root} titleId="send-title" title="Opslaan en verzenden">
      <UnsavedNotice unsaved={unsaved} blocks="Opslaan en verzenden" busy={busy} onSaveAll={onSaveAll} />
      {outsideBlocked && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            Leg eerst de wijzigingen buiten dit venster vast (bovenaan). Daarna kunt u opslaan en verzenden.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <Subtitle2 as="h3">Bestandsnaam</Subtitle2>
        {name.ok ? (
          <CopyField label="Sla het document op onder deze naam" value={name.name} />
        ) : (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{name.error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={!name.ok || blocked || busy} onClick={() => void save()}>
            Opslaan onder deze naam
          </Button>
          <Button disabled={!name.ok || blocked || busy} onClick={() => void download()}>
            Kopie downloaden
          </Button>
        </div>
        {outcome && name.ok && <OutcomeMessage outcome={outcome} name={name.name} />}
        {copyState === "downloaded" && name.ok && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>De kopie ‘{name.name + FILE_EXTENSION}’ staat in uw map Downloads.</MessageBarBody>
          </MessageBar>
        )}
        {copyState === "unsupported" && (
          <MessageBar layout="multiline" intent="info">
            <MessageBarBody>
              Deze versie van Word kan geen kopie als bestand aanbieden. Sla het document op onder de naam hierboven en
              verstuur dat bestand.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h3">Controle</Subtitle2>
        {items.length > 0 ? (
          <Readiness items={items} informational={savedName ? [] : ["fileName"]} />
        ) : (
          <Body1>De gegevens van het formulier ontbreken; gebruik ‘Herstellen’.</Body1>
        )}
      </div>
      <HiddenDataCheck
        documentId={view.data?.documentId ?? null}
        version={view}
        busy={busy}
        load={onLoadHidden}
        onRemove={onRemoveQuarantined}
      />
      <div className={styles.section}>
        <Subtitle2 as="h3">Versturen</Subtitle2>
        <Recipients
          rows={peopleRows(view.values)}
          channel={roleText(view.values, "secureChannel")}
          step={roleLocation("people")?.step.shortTitle.toLocaleLowerCase("nl") ?? "het formulier"}
        />
      </div>
    </TitledSection>
  );
}
