// A short bulleted list in caption text (missing boxes, the Word API sets found).
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface CaptionListProps {
  items: readonly { key: string; text: string }[];
}

export function CaptionList({ items }: CaptionListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.key}>
          <Caption1>{item.text}</Caption1>
        </li>
      ))}
    </ul>
  );
}
