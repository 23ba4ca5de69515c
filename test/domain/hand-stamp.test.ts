import {
  describeHandStamp,
  findHandStamps,
  parseHandStampLine,
  parseDutchDate,
  typedDateParts,
  dayOfParts,
  TEMPLATE,
} from "../../src/domain";

const TODAY = "20201010";
const read = (line: string, known: string[] = []) =>
  parseHandStampLine(line, { today: TODAY, knownOrganisations: known });
const short = (line: string, known: string[] = []) => {
  const s = read(line, known);
  return s && { initials: s.initials, organisation: s.organisation, day: s.day, verdict: s.verdict, text: s.text };
};

describe("typedDateParts / dayOfParts (dates.ts)", () => {
  it("reads the date forms people type, two-digit years as 20jj, without judging the calendar", () => {
    expect(typedDateParts("20201005")).toEqual({ year: 2020, month: 10, day: 5, yearDigits: 4 });
    expect(typedDateParts("5/10/2020")).toEqual({ year: 2020, month: 10, day: 5, yearDigits: 4 });
    expect(typedDateParts("05-10-20")).toEqual({ year: 2020, month: 10, day: 5, yearDigits: 2 });
    expect(typedDateParts("31-02-2020")).toEqual({ year: 2020, month: 2, day: 31, yearDigits: 4 });
    expect(typedDateParts("2020")).toBeNull();
    expect(dayOfParts({ year: 2020, month: 2, day: 31 })).toBeNull();
    expect(dayOfParts({ year: 2020, month: 2, day: 29 })).toBe("20200229");
  });

  it("parseDutchDate still refuses two-digit years and the compact form", () => {
    expect(parseDutchDate("05-10-20")).toBeNull();
    expect(parseDutchDate("20201005")).toBeNull();
    expect(parseDutchDate("5-10-2020")).toBe("2020-10-05");
  });
});

describe("parseHandStampLine: the forms people type", () => {
  const KH = { initials: "KH", organisation: "Jarabee", day: "20201005", verdict: "valid" };

  it.each([
    ["KH 20201005, Jarabee: Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH, 05-10-2020, Jarabee: Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH 5/10/2020 Jarabee - Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH 5/10/2020 Jarabee – Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH 5-10-2020 Jarabee — Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH 5-10-2020 Jarabee", ""],
    ["KH 20201005, Jarabee", ""],
    ["KH 20201005, Jarabee Gesprek met school gepland.", "Gesprek met school gepland."],
    ["kh 20201005, Jarabee: Gesprek met school gepland.", "Gesprek met school gepland."],
    ["K.H. 05-10-2020, Jarabee: Gesprek met school gepland.", "Gesprek met school gepland."],
    ["K. H. 5.10.2020 Jarabee: Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH 05-10-20, Jarabee: Gesprek met school gepland.", "Gesprek met school gepland."],
    ["KH 05-10-20 Jarabee:Gesprek met school gepland.", "Gesprek met school gepland."],
    ["  KH 20201005 , Jarabee :  Gesprek met school gepland.  ", "Gesprek met school gepland."],
    ["KH - 5-10-2020 - Jarabee - Gesprek met school gepland.", null],
  ])("%s", (line, text) => {
    if (text === null) expect(read(line)).toBeNull();
    else expect(short(line)).toEqual({ ...KH, text });
  });

  it("keeps a hyphenated organisation whole and reads a known organisation of several words without a colon", () => {
    expect(short("ES 1-10-2020 Rijssen-Holten: Nieuwe regisseur.")).toMatchObject({
      organisation: "Rijssen-Holten",
      text: "Nieuwe regisseur.",
    });
    expect(short("ES 1-10-2020 Gemeente Hengelo Nieuwe regisseur.", ["Gemeente Hengelo"])).toMatchObject({
      organisation: "Gemeente Hengelo",
      text: "Nieuwe regisseur.",
    });
    expect(short("ES 1-10-2020, Gemeente Hengelo: Nieuwe regisseur.")).toMatchObject({
      organisation: "Gemeente Hengelo",
      text: "Nieuwe regisseur.",
    });
  });

  it("judges the date: impossible and future dates are read but marked", () => {
    expect(short("KH 31-02-2020, Jarabee: tekst")).toEqual({
      initials: "KH",
      organisation: "Jarabee",
      day: null,
      verdict: "impossible",
      text: "tekst",
    });
    expect(short("KH 20200231, Jarabee: tekst")).toMatchObject({ day: null, verdict: "impossible" });
    expect(short("KH 11-10-2020, Jarabee: tekst")).toMatchObject({ day: "20201011", verdict: "future" });
    expect(short("KH 20301005, Jarabee: tekst")).toMatchObject({ day: "20301005", verdict: "future" });
    expect(short("KH 10-10-2020, Jarabee: tekst")).toMatchObject({ verdict: "valid" }); // today counts as valid
    expect(short("KH 13-13-2020, Jarabee: tekst")).toMatchObject({ verdict: "impossible" });
  });

  it("shows a stamp as it was read", () => {
    expect(describeHandStamp(read("kh 5/10/2020 Jarabee - x")!)).toBe("KH 5/10/2020, Jarabee");
  });
});

describe("parseHandStampLine: ordinary text is not a stamp", () => {
  it.each([
    "OK 2020 was een goed jaar",
    "OK 2020 was een goed jaar: veel bereikt",
    "AB 12 kinderen in de klas",
    "AB 20201005 is het dossiernummer van de melding",
    "Op 5-10-2020 gesprek gehad: ging goed",
    "op 5-10-2020 Jarabee: gesprek",
    "Vanaf 1-1-2021 school: elke dag",
    "d.d. 5-10-2020 besproken met moeder: akkoord",
    "NB 5-10-2020 Jarabee: let op",
    "Per 1-11-2020 nieuwe school",
    "Moeder belt 5-10-2020 met school",
    "KH 2020-10-05 Jarabee: ISO is geen stempelvorm",
    "KH 202010051, Jarabee: te veel cijfers",
    "KH 5-10-2020",
    "KH 5-10-2020:",
    "KH 5-10-2020, 12345: tekst",
    "ABCDEF 5-10-2020 Jarabee: zes letters zijn geen initialen",
    "Schoolverzuim en slaapproblemen",
    "",
    "Tel. 06-12345678",
  ])("%s", (line) => {
    expect(read(line)).toBeNull();
  });
});

describe("findHandStamps", () => {
  it("finds a stamp at the start of a line below older text, with the lines below it as its text", () => {
    const text =
      "Elke zes weken een MDO.\nKH 5-10-2020 Jarabee:\nVoortaan elke vier weken.\nOok per mail.\r\nES 20201006, Gemeente Hengelo: akkoord";
    const found = findHandStamps(text, { today: TODAY });
    expect(found.map((s) => [s.line, s.initials, s.organisation, s.day, s.text])).toEqual([
      [1, "KH", "Jarabee", "20201005", "Voortaan elke vier weken.\nOok per mail."],
      [4, "ES", "Gemeente Hengelo", "20201006", "akkoord"],
    ]);
  });

  it("finds nothing in text without stamps, also not inside a line", () => {
    expect(findHandStamps("Overleg met KH 20201005, Jarabee: gepland", { today: TODAY })).toEqual([]);
    expect(findHandStamps("Opa helpt mee.\u000BSport twee keer per week.", { today: TODAY })).toEqual([]);
  });
});

describe("the rules of use in the document", () => {
  it("tell colleagues without the add-in how to stamp by hand, with an example the add-in recognises", () => {
    const rule = TEMPLATE.rulesOfUse.find((r) => r.includes("zonder de invoegtoepassing"));
    expect(rule).toContain("Initialen JJJJMMDD, Organisatie: tekst");
    const example = /bijvoorbeeld (.*)\)/.exec(rule ?? "")?.[1] ?? "";
    expect(parseHandStampLine(example, { today: "20201005" })).toMatchObject({
      initials: "KH",
      organisation: "Jarabee",
      day: "20201005",
      verdict: "valid",
    });
  });
});
