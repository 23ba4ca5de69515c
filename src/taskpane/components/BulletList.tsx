// A short bulleted list: notices' lines (problems, what this Word cannot do, warnings) and, in
// caption text, missing boxes and the Word API sets found.
import type { ReactNode } from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A line that is its own key, or a keyed line. */
export type BulletItem = string | { key: string; text: ReactNode };

export interface BulletListProps {
  items: readonly BulletItem[];
  /** Small print (Caption1) instead of body text. */
  caption?: boolean;
  /** Extra styles for the list (e.g. wrapping long names). */
  className?: string;
}

export function BulletList({ items, caption = false, className }: BulletListProps) {
  const styles = useStyles();
  return (
    <ul className={mergeClasses(styles.list, className)}>
      {items.map((item) => {
        const { key, text } = typeof item === "string" ? { key: item, text: item } : item;
        return <li key={key}>{caption ? <Caption1>{text}</Caption1> : text}</li>;
      })}
    </ul>
  );
}
