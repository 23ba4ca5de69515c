import fc from "fast-check";
import { amsterdamDay, findStamps, formatStamp, identityTextProblem, parseStamp } from "../../src/domain";

const signer = { initials: "PH", organisation: "Ambiq" };

describe("amsterdamDay", () => {
  it("uses the Amsterdam calendar day around midnight UTC", () => {
    expect(amsterdamDay(new Date("2020-09-01T22:30:00Z"))).toBe("20200902"); // CEST, UTC+2
    expect(amsterdamDay(new Date("2020-09-01T21:59:59Z"))).toBe("20200901");
    expect(amsterdamDay(new Date("2020-12-31T23:30:00Z"))).toBe("20210101"); // CET, UTC+1
    expect(amsterdamDay(new Date("2020-12-31T22:59:59Z"))).toBe("20201231");
  });

  it("follows the DST changes", () => {
    // 29 March 2020: clocks go from 02:00 CET to 03:00 CEST (01:00 UTC).
    expect(amsterdamDay(new Date("2020-03-28T23:00:00Z"))).toBe("20200329");
    expect(amsterdamDay(new Date("2020-03-29T21:59:00Z"))).toBe("20200329");
    expect(amsterdamDay(new Date("2020-03-29T22:00:00Z"))).toBe("20200330");
    // 25 October 2020: back to CET at 01:00 UTC.
    expect(amsterdamDay(new Date("2020-10-24T21:59:00Z"))).toBe("20201024");
    expect(amsterdamDay(new Date("2020-10-24T22:00:00Z"))).toBe("20201025");
    expect(amsterdamDay(new Date("2020-10-25T22:59:00Z"))).toBe("20201025");
    expect(amsterdamDay(new Date("2020-10-25T23:00:00Z"))).toBe("20201026");
  });

  it("refuses an invalid date", () => {
    expect(() => amsterdamDay(new Date("nope"))).toThrow(/Ongeldige datum/);
  });
});

describe("formatStamp / parseStamp", () => {
  it("formats the work instruction's examples", () => {
    expect(formatStamp(signer, "20200902")).toBe("PH 20200902, Ambiq");
    expect(formatStamp(signer, "20200902", "Wisseling van behandelaar voor cliënt ES.")).toBe(
      "PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES.",
    );
  });

  it("refuses input that could not be read back", () => {
    expect(() => formatStamp({ initials: "P4", organisation: "Ambiq" }, "20200902")).toThrow();
    expect(() => formatStamp({ initials: "PH", organisation: "A:B" }, "20200902")).toThrow();
    expect(() => formatStamp(signer, "20200231")).toThrow(/geen geldige datum/);
    expect(() => formatStamp(signer, "20200902", "regel 1\nregel 2")).toThrow(/één regel/);
    expect(() => formatStamp(signer, "20200902", "  ")).toThrow(/tekst nodig/);
  });

  it("parses stamp lines, tolerant of spacing; text may contain colons", () => {
    expect(parseStamp("PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES.")).toEqual({
      initials: "PH",
      day: "20200902",
      organisation: "Ambiq",
      text: "Wisseling van behandelaar voor cliënt ES.",
    });
    expect(parseStamp("  PH  20200902 ,Ambiq Jeugd , Twente  ")).toEqual({
      initials: "PH",
      day: "20200902",
      organisation: "Ambiq Jeugd , Twente",
    });
    expect(parseStamp("ÉS 20200902, Ambiq: tijd: 10:00")).toEqual({
      initials: "ÉS",
      day: "20200902",
      organisation: "Ambiq",
      text: "tijd: 10:00",
    });
  });

  it("returns null for malformed lines", () => {
    for (const bad of [
      "",
      "PH",
      "PH 2020092, Ambiq",
      "PH 20200231, Ambiq",
      "PHILIP 20200902, Ambiq",
      "P4 20200902, Ambiq",
      "PH 20200902 Ambiq",
      "PH 20200902, : tekst",
      "PH 20200902, Ambiq:",
      "Wat is de hulpvraag?",
      "PH 20200902, Am\nbiq",
    ]) {
      expect(parseStamp(bad)).toBeNull();
    }
  });

  it("property: format → parse round-trips for any valid signer, day and text", () => {
    const letters = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖÜŁ");
    const initials = fc.array(letters, { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
    const org = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
      .map((s) => s.trim())
      // a valid organisation says what it shows (issue 27): no invisible or look-alike characters
      .filter((s) => s !== "" && !/[:\p{Cc}\u2028\u2029]/u.test(s) && identityTextProblem(s, "") === null);
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 80 })
      .map((s) => s.trim())
      .filter((s) => s !== "" && !/[\p{Cc}\u2028\u2029]/u.test(s));
    const day = fc
      .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
      .map(amsterdamDay);
    fc.assert(
      fc.property(initials, org, day, fc.option(text, { nil: undefined }), (i, o, d, t) => {
        const line = formatStamp({ initials: i, organisation: o }, d, t);
        const expected =
          t === undefined
            ? { initials: i, day: d, organisation: o }
            : { initials: i, day: d, organisation: o, text: t };
        expect(parseStamp(line)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("property: parseStamp never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        parseStamp(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe("findStamps", () => {
  it("finds every stamp line in a box text", () => {
    const text =
      "Moeder wil rust.\r\nPH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES.\u000bgeen stempel\nAB 20201001, Sociaal Team Hengelo: Evaluatie verschoven.";
    expect(findStamps(text)).toEqual([
      {
        line: 1,
        initials: "PH",
        day: "20200902",
        organisation: "Ambiq",
        text: "Wisseling van behandelaar voor cliënt ES.",
      },
      { line: 3, initials: "AB", day: "20201001", organisation: "Sociaal Team Hengelo", text: "Evaluatie verschoven." },
    ]);
    expect(findStamps("")).toEqual([]);
  });
});
