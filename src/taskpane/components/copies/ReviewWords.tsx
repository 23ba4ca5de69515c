// The review before export: the words the anonymised copy kept that could still be a name or a
// place, each shown in its sentence (the word in bold) so the user can judge it. The user ticks
// the ones to replace (the copy is made again with them replaced
// everywhere by a fixed code) and confirms having gone through the list; only then can the
// copy be downloaded. The list comes from src/domain/anonymise/review.ts and is not complete.
import { useState } from "react";
import { Body1, Button, Caption1, Checkbox, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { countWords } from "../../../domain";
import type { ReviewItem } from "../../../domain/anonymise";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  words: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  sentence: { display: "block", paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
});

/** The sentence with every whole occurrence of the word in bold; where it stands when not in a box ("koptekst: …"). */
function InSentence({ item, id, className }: { item: ReviewItem; id: string; className: string }) {
  const parts = item.sentence.split(item.word);
  return (
    <Caption1 id={id} className={className}>
      {item.where !== undefined && <em>{item.where}: </em>}
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 && <strong>{item.word}</strong>}
        </span>
      ))}
    </Caption1>
  );
}

export interface ReviewWordsProps {
  /** Words the copy kept that could be a name or a place, each with its sentence. */
  words: readonly ReviewItem[];
  /** How many words the user already had replaced in this copy. */
  markedCount: number;
  busy: boolean;
  seen: boolean;
  onSeen: (seen: boolean) => void;
  /** Makes the copy again with these words replaced too. */
  onReplace: (words: string[]) => void;
}

export function ReviewWords({ words, markedCount, busy, seen, onSeen, onReplace }: ReviewWordsProps) {
  const styles = useStyles();
  const [ticked, setTicked] = useState<string[]>([]);
  const toggle = (word: string, on: boolean) => setTicked((t) => (on ? [...t, word] : t.filter((w) => w !== word)));
  const replaced =
    markedCount > 0 ? (
      <Body1>
        {countWords(markedCount, "woord is", "woorden zijn")} op uw verzoek overal vervangen door een code (‘Gemarkeerd
        A’, ‘Gemarkeerd B’…).
      </Body1>
    ) : null;

  return (
    <section className={styles.root} aria-labelledby="review-title">
      <Subtitle2 as="h4" id="review-title">
        Woorden die nog een naam of plaats kunnen zijn
      </Subtitle2>
      {replaced}
      {words.length === 0 ? (
        <Body1>
          De kopie bevat geen woorden meer die de invoegtoepassing als mogelijke naam of plaats ziet. Dat is geen
          garantie: lees de kopie zelf door.
        </Body1>
      ) : (
        <>
          <Body1>
            Deze woorden met een hoofdletter staan nog in de kopie, elk met de zin waarin het staat. Vink aan wat een
            naam, plaats of ander herkenbaar gegeven is: de kopie wordt dan opnieuw gemaakt met dat woord overal
            vervangen door een code, in de vakken, het logboek, kop- en voetteksten, opmerkingen, noten en de verborgen
            gegevens. Een woord buiten de vakken staat met de plaats waar het staat. De lijst is niet volledig:
            controleer de kopie zelf.
          </Body1>
          <fieldset className={styles.words} aria-labelledby="review-title">
            {words.map((item, i) => (
              <div key={item.word}>
                <Checkbox
                  label={item.word}
                  aria-describedby={`review-sentence-${i}`}
                  checked={ticked.includes(item.word)}
                  onChange={(_, d) => toggle(item.word, d.checked === true)}
                />
                <InSentence item={item} id={`review-sentence-${i}`} className={styles.sentence} />
              </div>
            ))}
          </fieldset>
          <div>
            <Button disabled={busy || ticked.length === 0} onClick={() => onReplace(ticked)}>
              Aangevinkte woorden vervangen
            </Button>
          </div>
          <Checkbox label="Ik heb de lijst nagelopen" checked={seen} onChange={(_, d) => onSeen(d.checked === true)} />
        </>
      )}
    </section>
  );
}
