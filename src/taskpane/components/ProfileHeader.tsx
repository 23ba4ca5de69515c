// The pane's header: who is signing ("PH · Ambiq") and a way to change it.
import type { Ref } from "react";
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
  /** The "Wijzigen" button, so the pane can put the focus back on it when the profile form closes. */
  editRef?: Ref<HTMLButtonElement>;
}

export function ProfileHeader({ profile, onEdit, onSelfTest, editRef }: ProfileHeaderProps) {
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
          <Button size="small" onClick={onEdit} ref={editRef}>
            Wijzigen
          </Button>
        </div>
      )}
    </header>
  );
}
