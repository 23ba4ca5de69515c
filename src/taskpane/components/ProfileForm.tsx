// Who is filling in: initials, organisation and (optionally) name. Asked once; every stamp
// and log row signs with initials and organisation; the name stays on this computer.
import { useId, useState, type FormEvent } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { parseProfile, type Profile, type ProfileErrors } from "../../domain";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface ProfileFormProps {
  initial?: Profile;
  /** A short note above the form, e.g. that the stored profile was damaged. */
  note?: string;
  onSave: (profile: Profile) => void;
  /** Shown as "Annuleren" when editing an existing profile. */
  onCancel?: () => void;
}

export function ProfileForm({ initial, note, onSave, onCancel }: ProfileFormProps) {
  const styles = useStyles();
  const titleId = useId();
  const [initials, setInitials] = useState(initial?.initials ?? "");
  const [organisation, setOrganisation] = useState(initial?.organisation ?? "");
  const [name, setName] = useState(initial?.name ?? "");
  const [errors, setErrors] = useState<ProfileErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = parseProfile({ initials, organisation, name });
    if (result.ok) {
      setErrors({});
      onSave(result.profile);
    } else {
      setErrors(result.errors);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={titleId} noValidate>
      <Title3 as="h2" id={titleId}>
        {initial ? "Uw gegevens wijzigen" : "Uw gegevens"}
      </Title3>
      {note && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      <Body1>
        Bij elke wijziging zet de invoegtoepassing uw initialen, de datum en uw organisatie in het document,
        bijvoorbeeld: PH 20200902, Ambiq. Die staan zichtbaar in het vak en in het wijzigingslogboek, en onzichtbaar in
        de formuliergegevens van het bestand; ze gaan mee met elke kopie die u verstuurt.
      </Body1>
      <Body1>
        Uw naam zet de invoegtoepassing alleen in het vak ‘Beheerder van dit document’, als voorstel bij een nieuw
        formulier of een leeg vak; u kunt hem daar veranderen of weghalen. Bij uw wijzigingen staan alleen uw initialen.
      </Body1>
      <Field
        label="Initialen"
        required
        hint="1 tot 5 letters, bijvoorbeeld PH"
        validationMessage={errors.initials}
        validationState={errors.initials ? "error" : "none"}
      >
        <Input value={initials} onChange={(_, d) => setInitials(d.value)} autoComplete="off" />
      </Field>
      <Field
        label="Organisatie"
        required
        hint="Bijvoorbeeld Ambiq of Wijkteam Hengelo"
        validationMessage={errors.organisation}
        validationState={errors.organisation ? "error" : "none"}
      >
        <Input value={organisation} onChange={(_, d) => setOrganisation(d.value)} autoComplete="organization" />
      </Field>
      <Field label="Naam (optioneel)" validationMessage={errors.name} validationState={errors.name ? "error" : "none"}>
        <Input value={name} onChange={(_, d) => setName(d.value)} autoComplete="name" />
      </Field>
      {errors.form && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{errors.form}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          Opslaan
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            Annuleren
          </Button>
        )}
      </div>
    </form>
  );
}
