import fc from "fast-check";
import {
  buildFileName,
  buildFileNameWithExtension,
  checkFileName,
  isSafeFileName,
  parseFileName,
} from "../../src/domain";

describe("buildFileName", () => {
  it("builds the prescribed name", () => {
    expect(buildFileName("20200901", "ES")).toEqual({ ok: true, name: "20200901 Handreiking Regie ES" });
    expect(buildFileNameWithExtension("20200902", "es")).toEqual({
      ok: true,
      name: "20200902 Handreiking Regie ES.docx",
    });
    expect(buildFileName("20200902", "Éö")).toEqual({ ok: true, name: "20200902 Handreiking Regie ÉÖ" });
  });

  it("a name it builds from letters without upper and lower case passes its own check (found by the property below)", () => {
    expect(checkFileName("20200901 Handreiking Regie 𠀀.docx", "20200901", "𠀀")).toEqual({
      ok: true,
      expected: "20200901 Handreiking Regie 𠀀",
    });
    expect(parseFileName("20200901 Handreiking Regie es").ok).toBe(false);
  });

  it("can never contain a full name or anything but 1–5 letters", () => {
    for (const bad of ["Emma Smit", "EmmaSmit", "E.S.", "E/S", "ES?", "", "  ", "E1", "CON:"]) {
      const r = buildFileName("20200901", bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/initialen|letters/);
    }
    expect(buildFileName("20200231", "ES")).toEqual({ ok: false, error: expect.stringMatching(/geen geldige datum/) });
  });

  it("property: random initials give exactly the prescribed name in capitals, or a Dutch refusal (never a name with forbidden characters)", () => {
    const initials = fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.stringMatching(/^\s?[A-Za-zé]{1,7}\s?$/),
    );
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(initials, (s) => {
        const r = buildFileNameWithExtension("20200901", s);
        if (r.ok) {
          accepted++;
          expect(isSafeFileName(r.name)).toBe(true);
          expect(r.name).toMatch(/^20200901 Handreiking Regie \p{L}{1,5}\.docx$/u);
          expect(parseFileName(r.name)).toEqual({
            ok: true,
            value: { day: "20200901", initials: s.normalize("NFC").trim().toLocaleUpperCase("nl"), hasExtension: true },
          });
        } else {
          refused++;
          expect(r.error).toMatch(
            /^(Vul eerst de initialen|Gebruik alleen de initialen|De initialen van de jeugdige mogen alleen letters|Gebruik maximaal 5 letters|Deze bestandsnaam is niet toegestaan)/,
          );
        }
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(40);
  });
});

describe("parseFileName", () => {
  it("reads the exact format, with an optional .docx in any case", () => {
    expect(parseFileName("20200901 Handreiking Regie ES")).toEqual({
      ok: true,
      value: { day: "20200901", initials: "ES", hasExtension: false },
    });
    expect(parseFileName("20200901 Handreiking Regie ES.DOCX")).toEqual({
      ok: true,
      value: { day: "20200901", initials: "ES", hasExtension: true },
    });
  });

  it("refuses other shapes", () => {
    for (const bad of [
      "20200901 handreiking regie ES",
      "20200901  Handreiking Regie ES",
      "20200901 Handreiking Regie es",
      "20200901 Handreiking Regie ES (1).docx",
      "2020091 Handreiking Regie ES",
      "20201301 Handreiking Regie ES",
      "Handreiking Regie ES",
      "20200901 Handreiking Regie Emma Smit.docx",
      "20200901 Handreiking Regie ES.doc",
    ]) {
      expect(parseFileName(bad).ok).toBe(false);
    }
  });

  it("property: build → parse round-trips", () => {
    const letters = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖÜĲ");
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.array(letters, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (d, ls, ext) => {
          const day = d.toISOString().slice(0, 10).replace(/-/g, "");
          const initials = ls.join("");
          const r = ext ? buildFileNameWithExtension(day, initials) : buildFileName(day, initials);
          expect(r.ok).toBe(true);
          if (r.ok) expect(parseFileName(r.name)).toEqual({ ok: true, value: { day, initials, hasExtension: ext } });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("checkFileName", () => {
  it("accepts the expected name with or without extension", () => {
    expect(checkFileName("20200902 Handreiking Regie ES.docx", "20200902", "ES")).toEqual({
      ok: true,
      expected: "20200902 Handreiking Regie ES",
    });
    expect(checkFileName("20200902 Handreiking Regie ES", "20200902", "es").ok).toBe(true);
  });

  it("explains in Dutch when the date or initials are not the expected ones", () => {
    const r = checkFileName("20200901 Handreiking Regie ES.docx", "20200902", "ES");
    expect(r).toEqual({
      ok: false,
      expected: "20200902 Handreiking Regie ES",
      message:
        "Sla het document op als ‘20200902 Handreiking Regie ES.docx’ (nu: ‘20200901 Handreiking Regie ES.docx’).",
    });
    expect(checkFileName("Document1", "20200902", "ES").ok).toBe(false);
    expect(checkFileName("20200902 Handreiking Regie AB", "20200902", "ES").ok).toBe(false);
    expect(checkFileName("20200902 Handreiking Regie ES", "20200902", "").message).toMatch(/initialen/);
  });
});

describe("isSafeFileName", () => {
  it("refuses what Windows or macOS refuse", () => {
    for (const bad of [
      "a<b",
      "a>b",
      "a:b",
      'a"b',
      "a/b",
      "a\\b",
      "a|b",
      "a?b",
      "a*b",
      "a\u0001b",
      "abc.",
      "abc ",
      "CON",
      "con.docx",
      "LPT1",
      "",
    ]) {
      expect(isSafeFileName(bad)).toBe(false);
    }
    expect(isSafeFileName("20200901 Handreiking Regie ES.docx")).toBe(true);
  });
});
