// The pane's last line: the add-in's version and who to ask, so a user can tell the helpdesk
// which version runs and the helpdesk can tell whether an update has arrived.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { BUILD_INFO, supportText, type BuildInfo } from "../../build-info";

const useStyles = makeStyles({
  root: {
    display: "block",
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
});

export function PaneFooter({ info = BUILD_INFO }: { info?: BuildInfo }) {
  const styles = useStyles();
  return (
    <Caption1 as="p" className={styles.root} data-testid="pane-footer">
      Handreiking Regie versie {info.version}. Vragen of problemen: {supportText(info)}.
    </Caption1>
  );
}
