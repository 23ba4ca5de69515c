// What changed in a box, word by word: added words underlined, removed words struck through, each
// also named for screen readers ("toegevoegd:", "verwijderd:"), with a few words around them.
import { makeStyles, tokens } from "@fluentui/react-components";
import { diffInContext, wordDiff } from "../../domain";
import { SCREEN_READER_ONLY } from "./screen-reader-only";

const useStyles = makeStyles({
  root: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  // underline and strike-through stay visible in forced colours, where backgrounds do not
  added: {
    textDecorationLine: "underline",
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorNeutralForeground1,
  },
  removed: {
    textDecorationLine: "line-through",
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
  },
  hidden: SCREEN_READER_ONLY,
});

export interface TextChangeProps {
  before: string;
  after: string;
  className?: string;
}

export function TextChange({ before, after, className }: TextChangeProps) {
  const styles = useStyles();
  if (before.trim() === "")
    return (
      <span className={className} data-testid="text-change">
        Nieuw: {after}
      </span>
    );
  if (after.trim() === "")
    return (
      <span className={className} data-testid="text-change">
        Leeggemaakt (was: {before})
      </span>
    );
  const parts = diffInContext(wordDiff(before, after));
  return (
    <span className={`${styles.root} ${className ?? ""}`} data-testid="text-change">
      {parts.map((p, i) => {
        // a change of white space only is shown as the new white space, unmarked
        if (p.kind !== "same" && p.text.trim() === "") return p.kind === "added" ? p.text : null;
        if (p.kind === "same") return p.text;
        const Tag = p.kind === "added" ? "ins" : "del";
        return (
          <Tag key={i} className={p.kind === "added" ? styles.added : styles.removed}>
            <span className={styles.hidden}>{p.kind === "added" ? "[toegevoegd: " : "[verwijderd: "}</span>
            {p.text}
            <span className={styles.hidden}>]</span>
          </Tag>
        );
      })}
    </span>
  );
}
