import fc from "fast-check";
import { deserializeProfile, formatStamp, normaliseInitials, parseProfile, serializeProfile } from "../../src/domain";

describe("parseProfile", () => {
  it("normalises initials: dots/spaces stripped, upper case, diacritics allowed", () => {
    expect(parseProfile({ initials: "p.h.", organisation: "Ambiq" })).toEqual({
      ok: true,
      profile: { initials: "PH", organisation: "Ambiq", name: "" },
    });
    expect(normaliseInitials("és")).toBe("ÉS");
    expect(normaliseInitials("E\u0301S")).toBe("ÉS"); // decomposed é
    expect(normaliseInitials(" a b c d e ")).toBe("ABCDE");
  });

  it("refuses digits, symbols, too many letters and empty initials with Dutch messages", () => {
    const err = (initials: string) => {
      const r = parseProfile({ initials, organisation: "Ambiq" });
      return r.ok ? "" : r.errors.initials;
    };
    expect(err("P4")).toMatch(/alleen letters/);
    expect(err("P-H")).toMatch(/alleen letters/);
    expect(err("ABCDEF")).toMatch(/maximaal 5 letters/);
    expect(err("")).toMatch(/Vul uw initialen in/);
    expect(err("..")).toMatch(/Vul uw initialen in/);
  });

  it("trims and collapses the organisation; refuses ':' line breaks, control chars, > 80 chars", () => {
    const org = (organisation: string) => parseProfile({ initials: "PH", organisation });
    expect(org("  Ambiq   Jeugd\u00a0 zorg ")).toEqual({
      ok: true,
      profile: { initials: "PH", organisation: "Ambiq Jeugd zorg", name: "" },
    });
    const bad = (o: string) => {
      const r = org(o);
      return r.ok ? "" : r.errors.organisation;
    };
    expect(bad("")).toBe("Vul uw organisatie in.");
    expect(bad("Ambiq: jeugd")).toMatch(/dubbele punt/);
    expect(bad("Ambiq\nJeugd")).toMatch(/één regel/);
    expect(bad("Ambiq\u0007")).toMatch(/stuurteken/);
    expect(bad("x".repeat(81))).toMatch(/te lang/);
    expect(org("x".repeat(80)).ok).toBe(true);
  });

  it("name is optional, max 100", () => {
    expect(parseProfile({ initials: "PH", organisation: "A", name: " Petra  Hof " })).toEqual({
      ok: true,
      profile: { initials: "PH", organisation: "A", name: "Petra Hof" },
    });
    const r = parseProfile({ initials: "PH", organisation: "A", name: "x".repeat(101) });
    expect(r.ok ? "" : r.errors.name).toMatch(/te lang/);
  });

  it("reports every field at once, and non-objects", () => {
    const r = parseProfile({ initials: "1", organisation: "" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["initials", "organisation"]);
    expect(parseProfile(null)).toEqual({ ok: false, errors: { form: "Er is geen profiel ingevuld." } });
    expect(parseProfile({}).ok).toBe(false);
  });

  it("property: initials are stored as 1–5 upper-case letters (dots and spaces dropped), or refused with a Dutch message", () => {
    const initials = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.stringMatching(/^([A-Za-zé]\.? ?){1,6}$/),
    );
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(initials, (s) => {
        const r = parseProfile({ initials: s, organisation: "Ambiq" });
        if (r.ok) {
          accepted++;
          expect(r.profile.initials).toMatch(/^\p{L}{1,5}$/u);
          expect(r.profile.initials).toBe(s.normalize("NFKC").replace(/[.\s]/g, "").toLocaleUpperCase("nl"));
          expect(deserializeProfile(serializeProfile(r.profile))).toEqual({ ok: true, profile: r.profile });
        } else {
          refused++;
          expect(Object.keys(r.errors)).toEqual(["initials"]);
          expect(r.errors.initials).toMatch(
            /^(Vul uw initialen in|Initialen mogen alleen letters|Gebruik maximaal 5 letters|Gebruik gewone \(Latijnse\) letters)/,
          );
        }
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
  });
});

describe("profile storage", () => {
  it("round-trips through JSON with a version", () => {
    const profile = { initials: "PH", organisation: "Ambiq", name: "Petra" };
    const stored = serializeProfile(profile);
    expect(JSON.parse(stored)).toEqual({ version: 1, profile });
    expect(deserializeProfile(stored)).toEqual({ ok: true, profile });
  });

  it("damaged, missing or future storage is not ok", () => {
    for (const s of [
      "{",
      "null",
      "[]",
      '{"version":2,"profile":{"initials":"PH","organisation":"A"}}',
      '{"version":1,"profile":{"initials":"12","organisation":"A"}}',
    ]) {
      const r = deserializeProfile(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.form).toMatch(/beschadigd/);
    }
    expect(deserializeProfile(null)).toEqual({ ok: false, errors: { form: "Er is nog geen profiel opgeslagen." } });
  });

  it("property: garbage never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (s) => {
        expect(typeof deserializeProfile(s).ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});

describe("initials and organisation say what they show (issue 27)", () => {
  it("normalises fullwidth initials (NFKC) and refuses look-alike letters of another script", () => {
    expect(parseProfile({ initials: "ＰＨ", organisation: "Ambiq" })).toMatchObject({
      ok: true,
      profile: { initials: "PH" },
    });
    const cyrillic = parseProfile({ initials: "РН", organisation: "Ambiq" });
    expect(cyrillic).toMatchObject({ ok: false, errors: { initials: expect.stringMatching(/ander schrift/) } });
    expect(normaliseInitials("ΡΗ")).toBeNull();
  });

  it("refuses invisible characters in initials and organisation", () => {
    expect(parseProfile({ initials: "P\u200BH", organisation: "Ambiq" })).toMatchObject({ ok: false });
    for (const organisation of ["Amb\u200Biq", "\u202EqibmA", "Amb\u00ADiq", "Ambiq\u2066"])
      expect(parseProfile({ initials: "PH", organisation })).toMatchObject({
        ok: false,
        errors: { organisation: expect.stringMatching(/onzichtbaar/) },
      });
    expect(parseProfile({ initials: "PH", organisation: "Аmbiq" })).toMatchObject({
      ok: false,
      errors: { organisation: expect.stringMatching(/ander schrift/) },
    });
  });

  it("the stamp refuses them too, whoever calls it", () => {
    expect(() => formatStamp({ initials: "РН", organisation: "Ambiq" }, "20200902")).toThrow(/ander schrift/);
    expect(() => formatStamp({ initials: "PH", organisation: "Amb\u200Biq" }, "20200902")).toThrow(/onzichtbare/);
  });
});
