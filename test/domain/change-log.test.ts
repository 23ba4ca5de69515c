import fc from "fast-check";
import {
  appendEntry,
  changeText,
  createEntry,
  rowShowsEntry,
  fromTableRow,
  mergeLogs,
  toTableRow,
  truncateText,
  MAX_LOGGED_VALUE,
} from "../../src/domain";
import type { ChangeEntry } from "../../src/domain";
import { log } from "./arbitraries";

const who = { initials: "PH", organisation: "Ambiq" };
const at = new Date("2020-09-01T22:30:00Z");
const fixed = () => 0.5;

const sample = (over: Partial<ChangeEntry> = {}): ChangeEntry => ({
  ...createEntry(
    {
      kind: "edit",
      description: "Gemeente gewijzigd",
      stepId: "basis",
      boxKey: "gemeente",
      before: "Almelo",
      after: "Enschede",
    },
    who,
    at,
    fixed,
  ),
  ...over,
});

describe("createEntry", () => {
  it("stamps time, Amsterdam day, signer and a time-based id", () => {
    expect(sample()).toEqual({
      id: `${at.getTime().toString(36)}-iiiiii`,
      timestamp: "2020-09-01T22:30:00.000Z",
      day: "20200902",
      initials: "PH",
      organisation: "Ambiq",
      kind: "edit",
      description: "Gemeente gewijzigd",
      stepId: "basis",
      boxKey: "gemeente",
      before: "Almelo",
      after: "Enschede",
    });
  });

  it("bounds long values, noting the original length and never splitting an emoji", () => {
    const long = "x".repeat(MAX_LOGGED_VALUE - 1) + "😀" + "y".repeat(500);
    const e = createEntry({ kind: "edit", description: "d".repeat(900), after: long }, who, at);
    expect(e.after).toBe("x".repeat(MAX_LOGGED_VALUE - 1) + "… [ingekort, 1500 tekens]");
    expect(e.description).toMatch(/^d{500}… \[ingekort, 900 tekens\]$/);
    expect(truncateText("kort", 10)).toBe("kort");
  });
});

describe("appendEntry", () => {
  it("returns a new log and never mutates the old one", () => {
    const a = sample({ id: "a1" });
    const log0: ChangeEntry[] = [];
    const log1 = appendEntry(log0, a);
    expect(log0).toEqual([]);
    expect(log1).toEqual([a]);
    expect(appendEntry(log1, sample({ id: "b1" }))).toHaveLength(2);
    expect(log1).toHaveLength(1);
  });

  it("refuses a duplicate id and invalid entries", () => {
    const log1 = appendEntry([], sample({ id: "a1" }));
    expect(() => appendEntry(log1, sample({ id: "a1", description: "anders" }))).toThrow(/bestaat al|staat al/);
    expect(() => appendEntry([], sample({ day: "20201301" }))).toThrow(/Ongeldige logregel/);
    expect(() => appendEntry([], sample({ initials: "Petra" + "X" }))).toThrow(/Ongeldige logregel/);
  });
});

describe("mergeLogs", () => {
  const strip = (e: ChangeEntry) => {
    const { id: _id, mergeConflict: _m, ...rest } = e;
    return JSON.stringify(Object.entries(rest).sort());
  };

  it("unions by id, sorted by timestamp then id", () => {
    const a = sample({ id: "b", timestamp: "2020-09-02T10:00:00.000Z" });
    const b = sample({ id: "a", timestamp: "2020-09-02T10:00:00.000Z" });
    const c = sample({ id: "c", timestamp: "2020-09-01T10:00:00.000Z" });
    expect(mergeLogs([a, c], [b, a]).map((e) => e.id)).toEqual(["c", "a", "b"]);
  });

  it("keeps both entries when one id has two contents, flagging the re-id'd one", () => {
    const x1 = sample({ id: "x", description: "eerste" });
    const x2 = sample({ id: "x", description: "tweede" });
    const m = mergeLogs([x1], [x2]);
    expect(m).toHaveLength(2);
    expect(m.filter((e) => e.mergeConflict)).toHaveLength(1);
    expect(m.find((e) => e.mergeConflict)?.id).toMatch(/^x~[0-9a-z]{8}$/);
    expect(mergeLogs([x2], [x1])).toEqual(m);
    expect(mergeLogs(m, [x2])).toEqual(m); // merging again changes nothing
  });

  it("property: commutative, loses nothing, ids unique, idempotent", () => {
    fc.assert(
      fc.property(log, log, fc.boolean(), (a, b0, share) => {
        // Sometimes give b entries with a's ids, to force conflicts.
        const b = share ? b0.map((e, i) => (a[i] ? { ...e, id: a[i]!.id } : e)) : b0;
        const m = mergeLogs(a, b);
        expect(mergeLogs(b, a)).toEqual(m);
        expect(new Set(m.map((e) => e.id)).size).toBe(m.length);
        const contents = new Set(m.map(strip));
        for (const e of [...a, ...b]) expect(contents.has(strip(e))).toBe(true);
        expect(mergeLogs(m, a)).toEqual(m);
        expect(mergeLogs(m, b)).toEqual(m);
        for (let i = 1; i < m.length; i++)
          expect(Date.parse(m[i - 1]!.timestamp) <= Date.parse(m[i]!.timestamp)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("visible table rows", () => {
  it("formats Datum, Initialen, Organisatie, Onderdeel, Wijziging", () => {
    expect(toTableRow(sample())).toEqual([
      "02-09-2020",
      "PH",
      "Ambiq",
      "Basisgegevens: Gemeente",
      "Gemeente gewijzigd\nWas: Almelo\nNu: Enschede",
    ]);
    expect(
      toTableRow(
        sample({
          kind: "amendment",
          stepId: "stap4",
          boxKey: "doelen.r000001.termijn",
          before: "",
          after: undefined,
          description: "Termijn aangevuld",
        }),
      ),
    ).toEqual([
      "02-09-2020",
      "PH",
      "Ambiq",
      "Stap 4 – Gezamenlijke doelen: Doelen – Termijn",
      "Termijn aangevuld\nWas: (leeg)",
    ]);
    const created = createEntry({ kind: "created", description: "Document aangemaakt" }, who, at);
    expect(toTableRow(created)[3]).toBe("Document");
  });

  it("reads a row back as a recovered repair entry with a content-derived id", () => {
    const row = ["02-09-2020", "PH", "Ambiq", "Basisgegevens: Gemeente", "Gemeente gewijzigd"];
    const r = fromTableRow(row);
    expect(r).toEqual({
      ok: true,
      entry: {
        id: expect.stringMatching(/^rec-[0-9a-z]+$/),
        timestamp: "2020-09-02T12:00:00.000Z",
        day: "20200902",
        initials: "PH",
        organisation: "Ambiq",
        kind: "repair",
        description: "Gemeente gewijzigd",
        recovered: true,
        stepId: "basis",
        boxKey: "gemeente",
      },
    });
    const again = fromTableRow([...row]);
    const other = fromTableRow([...row.slice(0, 4), "iets anders"]);
    expect(again.ok && r.ok && again.entry.id === r.entry.id).toBe(true);
    expect(other.ok && r.ok && other.entry.id !== r.entry.id).toBe(true);
    const step = fromTableRow(["02-09-2020", "PH", "Ambiq", "Stap 4 – Gezamenlijke doelen: Doelen – Termijn", "x"]);
    expect(step.ok && step.entry.stepId).toBe("stap4");
  });

  it("gives a Dutch error for malformed rows", () => {
    expect(fromTableRow(["02-09-2020", "PH", "Ambiq"])).toEqual({
      ok: false,
      error: "Deze regel van het wijzigingslogboek heeft 3 kolommen in plaats van 5.",
    });
    expect(fromTableRow(["2 sept", "PH", "Ambiq", "", ""])).toEqual({
      ok: false,
      error: expect.stringMatching(/datum ‘2 sept’ .* ongeldig/),
    });
    expect(fromTableRow(["02-09-2020", "Petra Hof", "Ambiq", "", ""])).toEqual({
      ok: false,
      error: expect.stringMatching(/initialen/),
    });
    expect(fromTableRow(["02-09-2020", "PH", " ", "", ""])).toEqual({
      ok: false,
      error: expect.stringMatching(/organisatie/),
    });
  });

  it("property: toTableRow → fromTableRow keeps date, initials, organisation", () => {
    fc.assert(
      fc.property(log, (l) => {
        for (const e of l) {
          const cells = toTableRow(e);
          if (e.organisation.trim() === "") continue;
          const r = fromTableRow(cells);
          expect(r.ok).toBe(true);
          if (r.ok)
            expect([r.entry.day, r.entry.initials, r.entry.organisation]).toEqual([
              e.day,
              e.initials,
              e.organisation.trim(),
            ]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("a removed row in the log table", () => {
  const removed = createEntry(
    {
      kind: "rowRemoved",
      stepId: "stap2",
      boxKey: "betrokkenen",
      before: "Moeder | Ambiq |  |  | ",
      description: "Rij 2 verwijderd",
    },
    { initials: "PH", organisation: "Ambiq" },
    new Date("2020-09-02T10:00:00Z"),
  );

  it("shows its cell texts, not 'Was: |'", () => {
    expect(toTableRow(removed)[4]).toBe("Rij 2 verwijderd\nVerwijderd: Moeder | Ambiq");
    expect(changeText({ ...removed, before: " |  | " })).toBe("Rij 2 verwijderd\nVerwijderd: (lege rij)");
  });

  it("a row an earlier version wrote as 'Was: …' still counts as showing the entry", () => {
    const row = toTableRow(removed);
    expect(rowShowsEntry(removed, row)).toBe(true);
    expect(rowShowsEntry(removed, [...row.slice(0, 4), "Rij 2 verwijderd\nWas: Moeder | Ambiq |  |  | "])).toBe(true);
    expect(rowShowsEntry(removed, [...row.slice(0, 4), "Rij 2 verwijderd\nWas: Vader"])).toBe(false);
  });
});
