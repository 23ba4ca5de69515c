// Fields a newer add-in wrote, which this add-in does not know, in the data part and in log
// entries: kept through parsing and writing, and covered by the SHA-256 seal the same way
// whether they come from the model or from the XML as written.
import fc from "fast-check";
import {
  checkChain,
  parseDataPart,
  sealNewEntries,
  sealOf,
  serializeDataPart,
  type DataPart,
  type ForeignElement,
} from "../../src/domain";
import { dataPart } from "./arbitraries";
import { foreignFields } from "./foreign-arbitraries";

const withForeign = fc
  .tuple(
    dataPart.filter((d) => d.changeLog.length > 0),
    foreignFields,
    fc.array(fc.option(foreignFields, { nil: undefined }), { minLength: 1, maxLength: 6 }),
  )
  .map(([d, root, perEntry]): DataPart => ({
    ...d,
    foreign: root,
    changeLog: d.changeLog.map((e, i) => {
      const f = perEntry[i % perEntry.length];
      return f ? { ...e, foreign: f } : e;
    }),
  }));

const reparsed = (d: DataPart): DataPart => {
  const parsed = parseDataPart(serializeDataPart(d));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
};

const foreignOf = (d: DataPart): Array<ForeignElement[] | undefined> => [
  d.foreign,
  ...d.changeLog.map((e) => e.foreign),
];

describe("fields this add-in does not know", () => {
  test("travel unchanged through parsing and writing, any number of times", () => {
    fc.assert(
      fc.property(withForeign, (d) => {
        const once = reparsed(d);
        expect(foreignOf(once)).toEqual(foreignOf(d));
        expect(reparsed(once)).toEqual(once);
        expect(serializeDataPart(reparsed(once))).toBe(serializeDataPart(once));
      }),
      { numRuns: 150 },
    );
  });

  test("written by hand into the XML (prefixes declared on the root, any order): kept and sealed alike", async () => {
    await fc.assert(
      fc.asyncProperty(withForeign, async (d) => {
        const sealed = await sealNewEntries(d, d.changeLog.length);
        // A newer add-in puts its fields first, with the prefix declared once on the root.
        const xml = serializeDataPart(sealed);
        const moved = xml.replace(
          /<form xmlns="([^"]*)"/,
          '<form xmlns="$1" xmlns:n="urn:example:nieuwere-invoegtoepassing"',
        );
        const parsed = parseDataPart(moved);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(foreignOf(parsed.data)).toEqual(foreignOf(d));
        expect((await checkChain(parsed.data.changeLog)).breaks).toEqual([]);
        for (const e of parsed.data.changeLog) expect(await sealOf(e)).toBe(e.seal);
      }),
      { numRuns: 40 },
    );
  });

  test("a foreign field changed outside the add-in breaks the entry's SHA-256 seal (not the older chain)", async () => {
    await fc.assert(
      fc.asyncProperty(withForeign, async (d) => {
        const sealed = await sealNewEntries(d, d.changeLog.length);
        const i = sealed.changeLog.findIndex((e) => e.foreign);
        if (i < 0) return;
        const log = [...sealed.changeLog];
        log[i] = {
          ...log[i]!,
          foreign: [...log[i]!.foreign!, { ns: null, name: "extra", attributes: [], content: ["x"] }],
        };
        expect((await checkChain(log)).breaks).toEqual([{ kind: "changed", index: i }]);
      }),
      { numRuns: 30 },
    );
  });
});
