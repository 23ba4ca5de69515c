// The pane's header: who is signing ("PH · Ambiq") and a way to change it.
import { Button, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import type { Profile } from "../../domain";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ProfileHeaderProps {
  profile: Profile | null;
  onEdit: () => void;
  /** Opens the Zelftest page (absent: no link). */
  onSelfTest?: () => void;
}

export function ProfileHeader({ profile, onEdit, onSelfTest }: ProfileHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1">Handreiking Regie</Title3>
      {onSelfTest && (
        <Button size="small" appearance="subtle" onClick={onSelfTest}>
          Zelftest
        </Button>
      )}
      {profile && (
        <div className={styles.who}>
          <Text weight="semibold">
            {profile.initials} · {profile.organisation}
          </Text>
          <Button size="small" onClick={onEdit}>
            Wijzigen
          </Button>
        </div>
      )}
    </header>
  );
}
