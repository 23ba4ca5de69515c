import {
  boxKey,
  createEntry,
  initialsOfName,
  newDataPart,
  outsideEditEntry,
  peopleOfForm,
  readEditStamps,
  stampCheckOf,
  UNKNOWN_AUTHOR,
  type FormValues,
} from "../../src/domain";

const KH = { initials: "KH", organisation: "Jarabee" };
const check = { today: "20201010", people: [KH, { initials: "ES", organisation: "Gemeente Hengelo" }] };
const PH = { initials: "PH", organisation: "Ambiq" };
const OLD = "Elke zes weken een MDO.";

describe("readEditStamps", () => {
  it("trusts a sound stamp on the lines the edit added", () => {
    const r = readEditStamps(OLD, `${OLD}\nkh 5-10-2020 Jarabee - Voortaan elke vier weken.`, check);
    expect(r.trusted).toMatchObject({
      initials: "KH",
      organisation: "Jarabee",
      day: "20201005",
      text: "Voortaan elke vier weken.",
    });
    expect(r.reason).toBeNull();
  });

  it("trusts a stamp in a box that was empty", () => {
    expect(readEditStamps("", "KH 20201005, Jarabee: Gestart.", check).trusted?.day).toBe("20201005");
  });

  it("finds nothing when the edit added no stamp, and ignores stamps that were there before", () => {
    const before = `${OLD}\nKH 20201005, Jarabee: Gestart.`;
    expect(readEditStamps(before, `${before}\nZonder stempel.`, check)).toEqual({
      stamps: [],
      trusted: null,
      reason: null,
    });
    expect(readEditStamps("", "Gewone tekst", check)).toEqual({ stamps: [], trusted: null, reason: null });
  });

  it.each([
    ["KH 31-02-2020, Jarabee: x", "bestaat niet"],
    ["KH 11-10-2020, Jarabee: x", "in de toekomst"],
    ["KH 5-10-2020, Jarabee: x\nES 6-10-2020, Gemeente Hengelo: y", "meer dan één persoon"],
  ])("shows but does not trust %s", (added, reason) => {
    const r = readEditStamps(OLD, `${OLD}\n${added}`, check);
    expect(r.stamps.length).toBeGreaterThan(0);
    expect(r.trusted).toBeNull();
    expect(r.reason).toContain(reason);
  });

  it("does not trust a stamp dated before the last change already logged", () => {
    const r = readEditStamps(OLD, `${OLD}\nKH 1-9-2020, Jarabee: x`, { ...check, notBefore: "20200902" });
    expect(r.trusted).toBeNull();
    expect(r.reason).toContain("vóór de laatste vastgelegde wijziging (02-09-2020)");
  });

  it("does not trust a stamp when the older text was changed too", () => {
    const r = readEditStamps(OLD, "Elke vier weken een MDO.\nKH 5-10-2020, Jarabee: aangepast", check);
    expect(r.stamps).toHaveLength(1);
    expect(r.trusted).toBeNull();
    expect(r.reason).toContain("tekst die er al stond");
  });

  it("takes the latest day when one person stamped several lines", () => {
    const r = readEditStamps("", "KH 1-10-2020, Jarabee: a\nKH 5-10-2020, Jarabee: b", check);
    expect(r.trusted?.day).toBe("20201005");
  });
});

describe("initialsOfName / peopleOfForm", () => {
  it("derives initials, skipping Dutch particles", () => {
    expect(initialsOfName("Karin Hendriks")).toBe("KH");
    expect(initialsOfName("K. de Vries")).toBe("KV");
    expect(initialsOfName("Jan van 't Hof")).toBe("JH");
    expect(initialsOfName("moeder")).toBe("M");
    expect(initialsOfName("  ")).toBeNull();
  });

  it("lists the people of step 2 with initials and organisation", () => {
    const values = {
      betrokkenen: [
        {
          key: "r000001",
          cells: {
            naam: "Karin Hendriks",
            organisatie: "Jarabee",
            functie: "",
            rol: "Behandelaar",
            bereikbaarheid: "",
          },
        },
        { key: "r000002", cells: { naam: "Moeder", organisatie: "", functie: "", rol: "Ouder", bereikbaarheid: "" } },
        { key: "r000003", cells: { naam: "", organisatie: "Ambiq", functie: "", rol: "", bereikbaarheid: "" } },
      ],
    } as unknown as FormValues;
    expect(peopleOfForm(values)).toEqual([
      { name: "Karin Hendriks", initials: "KH", organisation: "Jarabee" },
      { name: "Moeder", initials: "M", organisation: "onbekend" },
    ]);
    expect(peopleOfForm({} as FormValues)).toEqual([]);
  });
});

describe("outsideEditEntry", () => {
  const edit = { key: "afstemming", before: OLD, after: `${OLD}\nKH 5-10-2020 Jarabee: Elke vier weken.` };

  it("a trusted stamp: the stamp's author and day, recorded by the current user", () => {
    const e = outsideEditEntry(edit, { kind: "stamp" }, PH, check, "stap6");
    expect(e.author).toEqual({ initials: "KH", organisation: "Jarabee" });
    expect(e.day).toBe("20201005");
    expect(e.extra).toEqual({ recorderInitials: "PH", recorderOrganisation: "Ambiq", authorSource: "handStamp" });
    expect(e.input).toMatchObject({
      kind: "externalEdit",
      stepId: "stap6",
      boxKey: "afstemming",
      before: edit.before,
      after: edit.after,
    });
    expect(e.input.description).toContain("volgens stempel, vastgelegd door PH");
  });

  it("refuses a claimed stamp that is not there or not trusted", () => {
    expect(() => outsideEditEntry({ ...edit, after: `${OLD}\nzonder stempel` }, { kind: "stamp" }, PH, check)).toThrow(
      /geen stempel/,
    );
    expect(() =>
      outsideEditEntry({ ...edit, after: `${OLD}\nKH 5-10-2030 Jarabee: x` }, { kind: "stamp" }, PH, check),
    ).toThrow(/in de toekomst/);
  });

  it("a chosen person: their initials, the recorder kept, the log says so", () => {
    const e = outsideEditEntry(edit, { kind: "person", initials: "kh", organisation: " Jarabee " }, PH, check);
    expect(e.author).toEqual({ initials: "KH", organisation: "Jarabee" });
    expect(e.day).toBeUndefined();
    expect(e.extra.authorSource).toBe("chosen");
    expect(e.input.description).toContain("door KH volgens PH");
  });

  it("unknown: NN/onbekend, recorded by the current user", () => {
    const e = outsideEditEntry(edit, { kind: "unknown" }, PH, check);
    expect(e.author).toEqual(UNKNOWN_AUTHOR);
    expect(e.extra.authorSource).toBe("unknown");
    expect(e.input.description).toContain("auteur onbekend, vastgelegd door PH");
  });

  it("refuses without an author, in Dutch", () => {
    expect(() => outsideEditEntry(edit, undefined, PH, check)).toThrow(
      "Kies eerst wie deze wijziging heeft gemaakt (of ‘onbekend’).",
    );
    expect(() =>
      outsideEditEntry(edit, { kind: "person", initials: "K1", organisation: "Jarabee" }, PH, check),
    ).toThrow(/Kies een persoon/);
  });
});

describe("stampCheckOf", () => {
  it("a stamp may not predate the last change of the form, but a later repair (the day the file was reopened) does not count", () => {
    const es = { initials: "ES", organisation: "Gemeente Hengelo" };
    const edit = createEntry({ kind: "edit", description: "Gewijzigd" }, es, new Date("2020-10-02T08:00:00Z"));
    const repair = createEntry(
      { kind: "repair", description: "Vakken en vergrendelingen hersteld" },
      PH,
      new Date("2020-10-12T08:00:00Z"),
    );
    const data = {
      ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
      changeLog: [edit, repair],
      rowOrder: { betrokkenen: ["r1"] },
    };
    const texts = {
      [boxKey({ fieldId: "betrokkenen", rowKey: "r1", columnId: "naam" })]: "Karin Hendriks",
      [boxKey({ fieldId: "betrokkenen", rowKey: "r1", columnId: "organisatie" })]: "Jarabee",
    };
    const judged = stampCheckOf(data, texts, "20201012");
    expect(judged.people).toEqual([KH]);
    expect(judged.notBefore).toBe("20201002");
    expect(readEditStamps(OLD, `${OLD}\nKH 20201005, Jarabee: x`, judged).trusted?.day).toBe("20201005");
    expect(readEditStamps(OLD, `${OLD}\nKH 20201001, Jarabee: x`, judged).trusted).toBeNull();
  });
});

describe("stamps that say what they are (issue 27)", () => {
  const stamped = (line: string) => readEditStamps(OLD, `${OLD}\n${line}`, check);

  it.each([
    ["Cyrillic initials shown as KH", "КН 5-10-2020, Jarabee: x", /ander schrift/],
    ["Greek initials", "ΚΗ 5-10-2020, Jarabee: x", /ander schrift/],
    ["a Cyrillic letter in the organisation", "KH 5-10-2020, Jаrabee: x", /ander schrift/],
    ["fullwidth initials", "ＫＨ 5-10-2020, Jarabee: x", /afwijkende vorm/],
    ["a zero-width space in the initials", "K\u200BH 5-10-2020, Jarabee: x", /onzichtbare tekens/],
    ["a right-to-left override in the organisation", "KH 5-10-2020, \u202EeebaraJ\u202C: x", /onzichtbare tekens/],
    ["a soft hyphen in the organisation", "KH 20201005, Jara\u00ADbee: x", /onzichtbare tekens/],
  ])("never trusts %s", (_label, line, reason) => {
    const r = stamped(line);
    expect(r.stamps).toHaveLength(1);
    expect(r.trusted).toBeNull();
    expect(r.reason).toMatch(reason);
  });

  it("does not take a stamp naming someone who is not among the people of step 2", () => {
    const r = stamped("PH 5-10-2020, Ambiq: x");
    expect(r.trusted).toBeNull();
    expect(r.reason).toMatch(/PH van Ambiq staat niet bij de betrokkenen/);
    // the right initials with another organisation are someone else too
    expect(stamped("KH 5-10-2020, Ambiq: x").trusted).toBeNull();
    // an empty list of people trusts no stamp
    expect(
      readEditStamps(OLD, `${OLD}\nKH 5-10-2020, Jarabee: x`, { today: "20201010", people: [] }).trusted,
    ).toBeNull();
    // the organisation as a reader compares it: case and spaces do not matter
    expect(stamped("KH 5-10-2020, jarabee : x").trusted?.initials).toBe("KH");
  });

  it("flags a second author in a form the parser does not read, instead of attributing it to the first", () => {
    const r = stamped("KH 5-10-2020, Jarabee: eerste deel\nES 6 okt 2020, Gemeente Hengelo: tweede deel");
    expect(r.stamps).toHaveLength(1);
    expect(r.trusted).toBeNull();
    expect(r.reason).toMatch(/‘ES 6 okt 2020, Gemeente Hengelo: tweede deel’ lijkt op een stempel/);
    // ordinary sentences are not taken for stamps
    expect(stamped("KH 5-10-2020, Jarabee: eerste deel\nOp 6 oktober gesprek gehad.").trusted?.initials).toBe("KH");
  });
});
