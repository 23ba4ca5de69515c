// Generated profiles (initials, organisation, name) through the domain and the Word layer: each
// is refused with a Dutch message per field, or stored exactly and then signs a stamped line and
// a log row that carry exactly those initials and that organisation, without damaging the document.
import fc from "fast-check";
import {
  amsterdamDay,
  deserializeProfile,
  parseProfile,
  serializeProfile,
  toTableRow,
  cellText,
} from "../../src/domain";
import { gatewayFor, PH, PLAIN, SEPT_2, startHost, stopHost, visibleLogRows } from "handreiking-fixtures/harness";

afterAll(stopHost);

const ODD = [
  "",
  " ",
  ".",
  "p.h.",
  "P H",
  "é",
  "ß",
  "İ",
  "Ø",
  "ij",
  "1",
  "P1",
  "\u200b",
  "\u202e",
  "\ufffd",
  "\u0000",
  "\t",
  "\n",
  "\r\n",
  "😀",
  ":",
  "<&>",
  "]]>",
  "\ud83d",
  "Ambiq",
  "Gemeente Hengelo",
  "Jeugdbescherming Overijssel",
  "Stichting 't Hoge Veld",
  "a".repeat(81),
  "b".repeat(101),
];
const piece = fc.oneof(
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const odd = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(""));
// Half plausible, half hostile, so both outcomes are exercised in every run.
const initials = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,5}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^([a-zé]\. ?){1,4}$/) },
  { weight: 2, arbitrary: odd },
);
const organisation = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "Ambiq",
      "Gemeente Hengelo",
      "Jeugdbescherming Overijssel",
      "Stichting 't Hoge Veld",
      "Karakter – Kinder- en Jeugdpsychiatrie",
      "Raad voor de Kinderbescherming",
    ),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-zé'&\- ]{1,40}$/) },
  { weight: 2, arbitrary: odd },
);
const name = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("", "Petra van der Hof", "Mohammed el Amrani", "Zoë O'Neill") },
  { weight: 1, arbitrary: odd },
);
const DUTCH = /^(Vul|Initialen|Gebruik|De naam|Uw naam|Er is|Schrijf)/;

test("200 generated profiles: refused per field in Dutch, or stored exactly and signing exactly what was stored", async () => {
  await startHost("web", PLAIN);
  const setup = gatewayFor();
  await setup.convert(PH);
  await setup.agree("20200902", PH);
  let accepted = 0;
  let refused = 0;
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.record({ initials, organisation, name }), async (input) => {
      const parsed = parseProfile(input);
      if (!parsed.ok) {
        refused++;
        const messages = Object.values(parsed.errors);
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) expect(m).toMatch(DUTCH);
        return;
      }
      accepted++;
      const profile = parsed.profile;
      // kept on this device exactly as parsed
      expect(deserializeProfile(serializeProfile(profile))).toEqual({ ok: true, profile });
      // and it signs an amendment in the document
      const gateway = gatewayFor();
      await gateway.open();
      const line = `Aanvulling ${++n}.`;
      const view = await gateway.amend("takenRegisseur", line, profile);
      const stamp = `${profile.initials} ${amsterdamDay(SEPT_2)}, ${profile.organisation}: ${line}`;
      expect(view.boxTexts.takenRegisseur!.split("\n").at(-1)).toBe(stamp);
      const last = view.data!.changeLog.at(-1)!;
      expect({ initials: last.initials, organisation: last.organisation }).toEqual({
        initials: profile.initials,
        organisation: profile.organisation,
      });
      const rows = await visibleLogRows();
      expect(rows.at(-1)!.map(cellText)).toEqual(toTableRow(last).map(cellText));
      const reread = await gatewayFor().open();
      expect(reread.problems).toEqual([]);
      expect(reread.outsideEdits).toEqual([]);
    }),
    { numRuns: 200, seed: 20261124 },
  );
  expect(accepted).toBeGreaterThan(20);
  expect(refused).toBeGreaterThan(20);
}, 300_000);
