// On the profile screen: the professional's signing key, to hand to the functional administrator
// who adds it to the organisation's key list (docs/it-beheer.md, "Ondertekening").
import { Body1, makeStyles, MessageBar, MessageBarBody, Text, Title3, tokens } from "@fluentui/react-components";
import type { SigningState } from "../hooks/useSigning";
import { fingerprintText } from "../signing/key-store";
import { CopyField } from "./CopyField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function SigningKeyInfo({ signing }: { signing: SigningState }) {
  const styles = useStyles();
  if (signing.keyProblem)
    return (
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>{signing.keyProblem}</MessageBarBody>
      </MessageBar>
    );
  const { key } = signing;
  if (!key) return null;
  return (
    <section className={styles.root} aria-labelledby="key-title">
      <Title3 as="h2" id="key-title">
        Uw sleutel voor ondertekenen
      </Title3>
      <Body1>
        De invoegtoepassing ondertekent uw wijzigingen met een sleutel die alleen op deze computer staat en die ook de
        invoegtoepassing niet kan uitlezen. Geef de publieke sleutel door aan de functioneel beheerder van uw
        organisatie; pas als die in de sleutellijst staat, tonen anderen uw wijzigingen als ‘sleutel bekend’.
      </Body1>
      <Text>
        Vingerafdruk: <Text weight="semibold">{fingerprintText(key.keyId)}</Text>
      </Text>
      <CopyField label="Publieke sleutel" value={key.publicKey} multiline />
    </section>
  );
}
