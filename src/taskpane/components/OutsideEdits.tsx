// Boxes changed in the document outside this pane (typed in plain Word, possibly by a colleague
// without the add-in). Each is logged with its real author: the hand stamp typed with it, or the
// person chosen here from step 2, or "onbekend" — never silently the person recording it.
import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
} from "@fluentui/react-components";
import {
  dayToDutch,
  describeHandStamp,
  entryPartLabel,
  type OutsideAuthor,
  type Person,
  type Profile,
  byCount,
} from "../../domain";
import type { AttributedOutsideEdit, OutsideEdit } from "../../word/gateway";
import { TextChange } from "./TextChange";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  change: { display: "block", overflowWrap: "anywhere" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { marginTop: tokens.spacingVerticalS },
  // a native select is as wide as its longest option: let it (and the bar) shrink to a 320 px pane
  body: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
});

export interface OutsideEditsProps {
  edits: readonly OutsideEdit[];
  /** The people listed in step 2, offered as authors. */
  people: readonly Person[];
  /** The person recording (offered as "Ikzelf", never chosen for them). */
  profile: Profile;
  busy: boolean;
  onAttribute: (edits: AttributedOutsideEdit[]) => void;
}

const STAMP = "stamp";
const ME = "me";
const UNKNOWN = "unknown";

/** The choice as the gateway takes it; undefined while nothing is chosen. */
function authorOf(choice: string, people: readonly Person[], profile: Profile): OutsideAuthor | undefined {
  if (choice === STAMP) return { kind: "stamp" };
  if (choice === UNKNOWN) return { kind: "unknown" };
  if (choice === ME) return { kind: "person", initials: profile.initials, organisation: profile.organisation };
  const person = choice.startsWith("person:") ? people[Number(choice.slice(7))] : undefined;
  return person ? { kind: "person", initials: person.initials, organisation: person.organisation } : undefined;
}

export function OutsideEdits({ edits, people, profile, busy, onAttribute }: OutsideEditsProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (edits.length === 0) return null;
  // A choice belongs to one text: when the box changes again, it is asked again.
  const idOf = (e: OutsideEdit): string => `${e.key}\u0001${e.after}`;
  // Nothing is chosen for the user, not even a sound stamp: anyone can type a stamp (issue 27).
  const choiceOf = (e: OutsideEdit): string => chosen[idOf(e)] ?? "";
  const meListed = people.some((p) => p.initials === profile.initials && p.organisation === profile.organisation);
  const attributed = edits.map((e) => ({
    key: e.key,
    before: e.before,
    after: e.after,
    author: authorOf(choiceOf(e), people, profile),
  }));
  const complete = attributed.every((e) => e.author !== undefined);

  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Wijzigingen buiten dit venster">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Wijzigingen buiten dit venster</MessageBarTitle>
        <Body1 as="p">
          {byCount(edits.length, "Eén vak is", "{n} vakken zijn")} rechtstreeks in het document gewijzigd. Kies bij elke
          wijziging wie haar heeft gemaakt (een stempel als ‘KH 20201005, Jarabee: …’ wordt herkend) en leg ze vast, of
          maak ze in Word ongedaan. Opslaan en verzenden kan pas daarna.
        </Body1>
        <ul className={styles.list}>
          {edits.map((e) => {
            const trusted = e.stamp.trusted;
            const shown = e.stamp.stamps[0];
            return (
              <li key={e.key} className={styles.item}>
                <Caption1Strong>{entryPartLabel({ boxKey: e.key })}</Caption1Strong>
                <Caption1 className={styles.change}>
                  <TextChange before={e.before} after={e.after} />
                </Caption1>
                {!trusted && shown && e.stamp.reason && (
                  <Caption1 className={styles.warning}>
                    Stempel ‘{describeHandStamp(shown)}’ gevonden, maar niet overgenomen: {e.stamp.reason} Kies zelf wie
                    de wijziging heeft gemaakt.
                  </Caption1>
                )}
                <Field label="Gewijzigd door" size="small">
                  <Select
                    className={styles.select}
                    value={choiceOf(e)}
                    onChange={(_, d) => setChosen((c) => ({ ...c, [idOf(e)]: d.value }))}
                    size="small"
                  >
                    <option value="" disabled>
                      Kies wie dit heeft gewijzigd
                    </option>
                    {trusted?.day && (
                      <option value={STAMP}>
                        Volgens stempel: {trusted.initials} ({trusted.organisation}), {dayToDutch(trusted.day)};
                        vastgelegd door {profile.initials}
                      </option>
                    )}
                    {people.map((p, i) => (
                      <option key={`${p.initials}-${i}`} value={`person:${i}`}>
                        {p.name} – {p.initials}, {p.organisation}
                      </option>
                    ))}
                    {!meListed && (
                      <option value={ME}>
                        Ikzelf – {profile.initials}, {profile.organisation}
                      </option>
                    )}
                    <option value={UNKNOWN}>Onbekend</option>
                  </Select>
                </Field>
              </li>
            );
          })}
        </ul>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            size="small"
            onClick={() => onAttribute(attributed)}
            disabled={busy || !complete}
          >
            Wijzigingen vastleggen
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
