// A form of an earlier version of the handreiking: what upgrading it changes, in plain Dutch,
// and the one button that does it. Until then the pane changes nothing else in the document.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Profile } from "../../domain";
import type { TemplateUpgradeNotice } from "../../word/gateway";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  actions: { marginTop: tokens.spacingVerticalS },
});

export interface TemplateUpgradeProps {
  notice: TemplateUpgradeNotice;
  profile: Profile;
  busy: boolean;
  onUpgrade: () => void;
}

function agreementLine(notice: TemplateUpgradeNotice): string | null {
  if (!notice.agreed) return null;
  if (notice.newAgreement.length === 0)
    return "Dit document is vastgesteld en blijft dat: deze wijzigingen veranderen niets aan wat in het MDO is afgesproken.";
  return `Dit document is vastgesteld, maar na het bijwerken moet het opnieuw worden vastgesteld in het MDO: ${notice.newAgreement.join(" ")}`;
}

export function TemplateUpgrade({ notice, profile, busy, onUpgrade }: TemplateUpgradeProps) {
  const styles = useStyles();
  if (notice.error) {
    return (
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>
          <MessageBarTitle>Dit document kan niet worden bijgewerkt</MessageBarTitle>
          {notice.error} De invoegtoepassing wijzigt er niets aan.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const agreement = agreementLine(notice);
  return (
    <MessageBar layout="multiline" intent="info">
      <MessageBarBody>
        <MessageBarTitle>Nieuwe versie van de handreiking</MessageBarTitle>
        Dit document is gemaakt met versie {notice.from} van de handreiking. Deze invoegtoepassing werkt met versie{" "}
        {notice.to}. Bij het bijwerken verandert dit:
        <ul className={styles.list} aria-label="Wat verandert">
          {notice.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
        Alle tekst die in het document staat, blijft bewaard. In het wijzigingslogboek komt één regel: ‘Bijgewerkt naar
        versie {notice.to} door {profile.initials}’.
        {agreement && <> {agreement}</>} Tot het document is bijgewerkt, kunt u er met de invoegtoepassing niets in
        wijzigen.
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onUpgrade}>
            Bijwerken naar versie {notice.to}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
