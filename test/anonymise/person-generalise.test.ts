// Issue 23 item 1 (branch rc-person2): person recognition by mechanisms that follow from how Dutch names are written,
// each tested with names and sentences written for this file (in none of the Dutch test set's texts).
import { copyOfBox } from "./one-box";
import { nameShapeScore, nameShaped } from "../../src/domain/anonymise/name-shape";
import { EMPTY_LEXICON } from "../../src/domain/anonymise/lexicon";
import { dutchLexicon } from "../../src/document/name-lists";

const copy = (text: string): { text: string; review: string[] } => copyOfBox(text, 41);
const out = (text: string): string => copy(text).text;

describe("name shape: letters learnt from the name lists against the word list", () => {
  const lexicon = dutchLexicon();
  it("takes most names from other languages that no list holds, and no Dutch compound", () => {
    // not every name: "Tadesse" and "Bongani" have Dutch-looking letters (they go to the review list)
    const names = "Oksana Nnamdi Tadesse Yevhenii Thuy Abdirahman Mariusz Ioana Bongani Anastasiia Svetlana Fatoumata";
    const shaped = names.split(" ").filter((n) => nameShaped(n, lexicon));
    expect(shaped.length).toBeGreaterThanOrEqual(9);
    const words = "Woonbegeleiding Gezinscoach Schoolverzuim Ouderavond Voogdij Logeerweekend Zwemdiploma Tienerouders";
    expect(words.split(" ").filter((w) => nameShaped(w, lexicon))).toEqual([]);
  });

  it("says nothing without a word list", () => {
    expect(nameShapeScore("Oksana", EMPTY_LEXICON)).toBe(0);
  });
});

describe("a name no list has, by its shape", () => {
  it("in mid-sentence", () => {
    expect(out("Haar neef Bongani en de buurman, Nnamdi, helpen mee.")).not.toMatch(/Bongani|Nnamdi/u);
    expect(out("Gisteren belde Yevhenii over de sleutels.")).not.toContain("Yevhenii");
  });

  it("but a Dutch compound no list has stays", () => {
    const s = "Het gaat om de Logeerweekenden en het Zwemdiploma.";
    expect(out(s)).toBe(s);
  });
});

describe("span growth from a name anchor", () => {
  it("takes a surname that is a Dutch word after a first name", () => {
    const t = out("De trainer, Wietske Vlot, en buurman Gerrit Stam kwamen langs.");
    expect(t).not.toMatch(/Vlot|Stam|Wietske|Gerrit/u);
  });

  it("takes a dictionary person name that is also a rare word ('Kees', 'Joop')", () => {
    expect(out("Op de gang stond Joop Hagel te wachten.")).not.toMatch(/Joop|Hagel/u);
  });

  it("a month inside a longer name is part of it", () => {
    expect(out("Tante Lin Mei komt zaterdag. Mei neemt de kinderen mee.")).not.toMatch(/Lin|Mei/u);
    expect(out("In mei gaat hij op kamp.")).toBe("In mei gaat hij op kamp.");
  });
});

describe("context", () => {
  it("a plain word starting the sentence is no part of the name after it", () => {
    expect(out("Volgens Ilona is het rustig. Komt Jurgen ook?")).not.toMatch(/Ilona|Jurgen/u);
    expect(out("Komt Jurgen ook?")).toMatch(/^Komt /u);
  });

  it("a greeting says a name follows", () => {
    expect(out("Beste Marieke,\n\nDank voor je mail.")).not.toContain("Marieke");
  });

  it("a capital after a profession in mid-sentence, also of a Dutch word", () => {
    expect(out("Vandaag gebeld met tandarts Spijker en dominee Akkerman.")).not.toMatch(/Spijker|Akkerman/u);
  });
});

describe("names in small letters", () => {
  it("after a family or title word or a greeting", () => {
    const t = out("vraag het even aan tante gonnie. meneer dijkhuis belt morgen.\ngroetjes wendelien kamphorst");
    expect(t).not.toMatch(/gonnie|dijkhuis|wendelien|kamphorst/u);
  });

  it("but a plain word after such a word stays", () => {
    for (const s of ["Meneer wilde niet binnenkomen.", "oma zegt dat het goed gaat.", "hoi allemaal, tot morgen"])
      expect(out(s)).toBe(s);
  });

  it("a chat line's speaker with a time", () => {
    const t = out(
      "03-04-25 19:02 - Ferdinand: ben er om 8\n03-04-25 19:05 - moeder: oke\ngeert (4 apr 07:10): kom later",
    );
    expect(t).not.toMatch(/Ferdinand|geert/u);
    expect(t).toContain("moeder: oke");
  });

  it("a name found with a capital is replaced where a chat writes it small", () => {
    expect(out("Marloes Ten Brinke is de mentor. ik heb marloes gisteren nog gesproken")).not.toMatch(/marloes/iu);
  });

  it("a frequent word form that is also a name stays written small ('bent')", () => {
    const s = "Bent Kristensen komt. Jij bent er ook bij.";
    expect(out(s)).toContain("Jij bent er ook bij.");
  });
});
