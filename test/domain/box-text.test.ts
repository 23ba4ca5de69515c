import fc from "fast-check";
import { boxDefOf, findField, formatBoxText, parseBoxText, MUNICIPALITIES, INDICATIONS } from "../../src/domain";
import type { BoxDef } from "../../src/domain";

const def = (fieldId: string): BoxDef => boxDefOf(findField(fieldId)!.field);
const parsed = (fieldId: string, text: string) => parseBoxText(def(fieldId), text);

describe("box text: dates", () => {
  it("writes dd-mm-jjjj and reads it back tolerantly", () => {
    expect(formatBoxText(def("datumMdo"), "2020-09-02")).toBe("02-09-2020");
    expect(formatBoxText(def("datumMdo"), "")).toBe("");
    for (const t of ["02-09-2020", "2-9-2020", " 2 - 9 - 2020 ", "2/9/2020", "2.9.2020", "2020-09-02"]) {
      expect(parsed("datumMdo", t)).toEqual({ ok: true, value: "2020-09-02" });
    }
    expect(parsed("datumMdo", "")).toEqual({ ok: true, value: "" });
  });

  it("gives a Dutch error for what is not a date", () => {
    for (const t of ["31-02-2020", "2-9-20", "morgen", "1-1-1899", "32-01-2020"]) {
      const r = parsed("datumMdo", t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^‘Datum MDO’: .* is geen geldige datum\. Schrijf de datum als dd-mm-jjjj/);
    }
  });

  it("property: every valid date round-trips", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parsed("datumMdo", formatBoxText(def("datumMdo"), iso))).toEqual({ ok: true, value: iso });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("box text: yes/no, choices, person, text", () => {
  it("yes/no ⇄ Ja/Nee/empty, tolerant of case and spacing", () => {
    expect([true, false, null].map((v) => formatBoxText(def("toestemming"), v))).toEqual(["Ja", "Nee", ""]);
    expect(parsed("toestemming", " ja ")).toEqual({ ok: true, value: true });
    expect(parsed("toestemming", "NEE")).toEqual({ ok: true, value: false });
    expect(parsed("toestemming", "")).toEqual({ ok: true, value: null });
    const r = parsed("toestemming", "misschien");
    expect(r.ok).toBe(false);
  });

  it("single choice matches case- and space-insensitively to the canonical choice", () => {
    expect(parsed("gemeente", "hof  van twente")).toEqual({ ok: true, value: "Hof van Twente" });
    expect(parsed("gemeente", "")).toEqual({ ok: true, value: "" });
    const r = parsed("gemeente", "Amsterdam");
    expect(r).toEqual({
      ok: false,
      error: expect.stringContaining("‘Amsterdam’ staat niet in de lijst. Kies uit: Almelo, Borne"),
    });
  });

  it("multi choice ⇄ 'OB3b; OB4a', accepting commas and line breaks", () => {
    expect(formatBoxText(def("indicatie"), ["OB3b", "OB4a"])).toBe("OB3b; OB4a");
    expect(parsed("indicatie", "OB3b; OB4a")).toEqual({ ok: true, value: ["OB3b", "OB4a"] });
    expect(parsed("indicatie", "ob4a, OB3B")).toEqual({ ok: true, value: ["OB3b", "OB4a"] });
    expect(parsed("indicatie", "OB3b\r\nWonen/Verblijf met behandeling\n")).toEqual({
      ok: true,
      value: ["OB3b", "Wonen/Verblijf met behandeling"],
    });
    expect(parsed("indicatie", "OB3b;;OB3b")).toEqual({ ok: true, value: ["OB3b"] });
    expect(parsed("indicatie", "")).toEqual({ ok: true, value: [] });
    expect(parsed("indicatie", "OB3b; OB9").ok).toBe(false);
  });

  it("multi choice: commas inside a choice still work (separated by ;)", () => {
    const d: BoxDef = { kind: "multiChoice", label: "X", choices: ["Anders, namelijk", "Geen"] };
    expect(parseBoxText(d, "Anders, namelijk; Geen")).toEqual({ ok: true, value: ["Anders, namelijk", "Geen"] });
  });

  it("person ⇄ 'Naam (Organisatie)'", () => {
    expect(formatBoxText(def("regisseur"), { name: "Petra Hof", organisation: "Ambiq" })).toBe("Petra Hof (Ambiq)");
    expect(formatBoxText(def("regisseur"), { name: "Petra Hof", organisation: "" })).toBe("Petra Hof");
    expect(parsed("regisseur", " Petra Hof  ( Ambiq ) ")).toEqual({
      ok: true,
      value: { name: "Petra Hof", organisation: "Ambiq" },
    });
    expect(parsed("regisseur", "Petra Hof")).toEqual({ ok: true, value: { name: "Petra Hof", organisation: "" } });
    expect(parsed("regisseur", "Jan (Piet) de Vries (Ambiq)")).toEqual({
      ok: true,
      value: { name: "Jan (Piet) de Vries", organisation: "Ambiq" },
    });
  });

  it("text stays as is, with Word's line breaks normalised", () => {
    expect(parsed("zorgen", "regel 1\r\nregel 2\rregel 3\u000bregel 4 ")).toEqual({
      ok: true,
      value: "regel 1\nregel 2\nregel 3\nregel 4 ",
    });
    expect(formatBoxText(def("zorgen"), "a\nb")).toBe("a\nb");
  });

  it("rows are not one box", () => {
    expect(() => boxDefOf(findField("doelen")!.field)).toThrow(/elke cel is een eigen vak/);
  });

  it("property: choices, multi choices and persons round-trip", () => {
    const noParens = fc
      .string({ maxLength: 30 })
      // eslint-disable-next-line no-control-regex -- these tests are about control characters
      .filter((s) => !/[()\n\r\u000b]/.test(s))
      .map((s) => s.trim());
    fc.assert(
      fc.property(
        fc.constantFrom(...MUNICIPALITIES, ""),
        fc.subarray([...INDICATIONS]),
        fc.record({ name: noParens, organisation: noParens }),
        fc.constantFrom(true, false, null),
        (gemeente, indicatie, person, yn) => {
          expect(parsed("gemeente", formatBoxText(def("gemeente"), gemeente))).toEqual({ ok: true, value: gemeente });
          expect(parsed("indicatie", formatBoxText(def("indicatie"), indicatie))).toEqual({
            ok: true,
            value: indicatie,
          });
          expect(parsed("regisseur", formatBoxText(def("regisseur"), person))).toEqual({ ok: true, value: person });
          expect(parsed("toestemming", formatBoxText(def("toestemming"), yn))).toEqual({ ok: true, value: yn });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: parsing never throws on any text", () => {
    const kinds = ["datumMdo", "toestemming", "gemeente", "indicatie", "regisseur", "zorgen"];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ unit: "binary", maxLength: 60 }), (fieldId, text) => {
        const r = parsed(fieldId, text);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
