// fast-check generators for log entries and data parts.
import fc from "fast-check";
import { AUTHOR_SOURCES, CHANGE_KINDS, amsterdamDay } from "../../src/domain";
import type { ChangeEntry, DataPart } from "../../src/domain";

/** Nasty text: any code point incl. controls, markup characters, RTL, zero-width and emoji. */
export const nastyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({
      unit: fc.constantFrom(
        "<",
        ">",
        "&",
        '"',
        "'",
        "\\",
        "\u0000",
        "\u0001",
        "\r",
        "\n",
        "\t",
        "\u2028",
        "\u2029",
        "\u0085",
        "\u200b",
        "\u200f",
        "\u202e",
        "ש",
        "😀",
        "👨‍👩‍👧",
        "]]>",
        "\uFFFE",
        "\uD800",
        "é",
        " ",
      ),
      maxLength,
    }),
  );

const letters = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖ");
export const initials = fc.array(letters, { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
const instant = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2090-01-01T00:00:00Z"),
  noInvalidDate: true,
});
const idChars = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-");
export const entryId = fc
  .tuple(fc.constantFrom(..."abcdef0123"), fc.array(idChars, { minLength: 1, maxLength: 12 }))
  .map(([a, b]) => a + b.join(""));

export const entry: fc.Arbitrary<ChangeEntry> = fc
  .record(
    {
      id: entryId,
      at: instant,
      initials,
      organisation: nastyText(30).filter((s) => s.length > 0),
      name: nastyText(20),
      stepId: fc.constantFrom("basis", "stap1", "stap6"),
      boxKey: fc.constantFrom("gemeente", "doelen.r000001.doel"),
      kind: fc.constantFrom(...CHANGE_KINDS),
      description: nastyText(60),
      before: nastyText(60),
      after: nastyText(60),
      recovered: fc.boolean(),
      mergeConflict: fc.boolean(),
      authorSource: fc.constantFrom(...AUTHOR_SOURCES),
      recorderInitials: initials,
      recorderOrganisation: nastyText(30).filter((s) => s.length > 0),
    },
    { requiredKeys: ["id", "at", "initials", "organisation", "kind", "description"] },
  )
  .map(({ at, ...rest }) => ({ ...rest, timestamp: at.toISOString(), day: amsterdamDay(at) }));

/** A log with unique ids. */
export const log = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 });

const rowKey = fc.stringMatching(/^r[0-9a-z]{6}$/);
const fieldId = fc.constantFrom("gemeente", "hulpvraag", "doelen", "betrokkenen");
const boxKey = fc.oneof(
  fieldId,
  fc.tuple(fieldId, rowKey, fc.constantFrom("doel", "naam")).map(([f, r, c]) => `${f}.${r}.${c}`),
);

export const dataPart: fc.Arbitrary<DataPart> = fc.record({
  templateId: fc.constant("handreikingRegie"),
  templateVersion: fc.constantFrom("1.0", "1.2.3"),
  documentId: fc.uuid(),
  formVersion: fc.nat({ max: 1000 }),
  versionId: entryId,
  previousVersion: fc.option(fc.record({ formVersion: fc.nat({ max: 1000 }), versionId: entryId }), { nil: null }),
  agreed: fc.option(
    fc.record({ day: instant.map(amsterdamDay), initials, organisation: nastyText(30).filter((s) => s.length > 0) }),
    { nil: null },
  ),
  lastAttributed: fc.dictionary(boxKey, nastyText(80), { maxKeys: 5 }),
  rowOrder: fc.dictionary(fieldId, fc.uniqueArray(rowKey, { maxLength: 4 }), { maxKeys: 3 }),
  changeLog: log,
});
