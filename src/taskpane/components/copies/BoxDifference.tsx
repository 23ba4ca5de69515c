// One box whose text differs between the two copies: both texts whole, the log lines only one
// copy has, and for a box changed in both the choice of which text stays.
import { Caption1, Caption1Strong, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { countWords, entryPartLabel, type BoxComparison, type MergeChoice } from "../../../domain";
import { STATUS_TEXT } from "../../../domain/text/copy-screen";
import { orEmpty } from "../../text";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  conflict: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

const CHOICES: { value: MergeChoice; label: string }[] = [
  { value: "here", label: "De tekst van dit document houden" },
  { value: "there", label: "De tekst van de andere kopie nemen" },
  { value: "both", label: "Beide teksten houden (deze eerst)" },
];

const signers = (entries: BoxComparison["thereEntries"]): string =>
  [...new Set(entries.map((e) => `${e.initials} ${e.day}`))].join(", ");

/** "Logboek: 1 regel alleen in de andere kopie (KJ 20201023); 1 alleen hier (ES 20201022)." */
export function entriesLine(box: Pick<BoxComparison, "hereEntries" | "thereEntries">): string {
  const parts: string[] = [];
  if (box.thereEntries.length > 0)
    parts.push(
      `${countWords(box.thereEntries.length, "regel", "regels")} alleen in de andere kopie (${signers(box.thereEntries)})`,
    );
  if (box.hereEntries.length > 0) parts.push(`${box.hereEntries.length} alleen hier (${signers(box.hereEntries)})`);
  return `Logboek: ${parts.join("; ")}.`;
}

export function BoxDifference({
  box,
  choice,
  onChoose,
}: {
  box: BoxComparison;
  choice: MergeChoice | undefined;
  onChoose: (c: MergeChoice) => void;
}) {
  const styles = useStyles();
  const label = entryPartLabel({ boxKey: box.key });
  const status = box.status === "same" ? "" : STATUS_TEXT[box.status];
  return (
    <li className={box.status === "conflict" ? `${styles.item} ${styles.conflict}` : styles.item}>
      <Caption1Strong>{label}</Caption1Strong>
      <Caption1>{status}</Caption1>
      {/* whole texts, lines kept: a shortened text hid exactly the amendment that made it differ */}
      <Caption1 className={styles.text}>Hier: {orEmpty(box.here)}</Caption1>
      <Caption1 className={styles.text}>Andere kopie: {orEmpty(box.there)}</Caption1>
      {(box.hereEntries.length > 0 || box.thereEntries.length > 0) && <Caption1>{entriesLine(box)}</Caption1>}
      {box.status === "conflict" && (
        <Field label={`Welke tekst blijft bij ‘${label}’?`} required>
          <RadioGroup value={choice ?? ""} onChange={(_, d) => onChoose(d.value as MergeChoice)}>
            {CHOICES.map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
    </li>
  );
}
