// Issue 23 items 1 and 5: whatever could still be a name and was not replaced goes to the review list with its
// sentence — a word in quotes within a sentence, a capitalised month used as a name, a listed first name written small,
// a sentence-initial first name the document also writes small, initials — while clean sentences add nothing.
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm, reviewWords } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";

const lexicon = dutchLexicon();
const review = (text: string): string[] => reviewWords([text], lexicon, new Set()).map((r) => r.word);

describe("the review list catches every uncertain word", () => {
  test("a capitalised word in quotes inside a sentence counts as mid-sentence, not as a sentence start", () => {
    expect(review('Hij trekt op met een oudere jongen, "Kapitein", die een scooter heeft.')).toContain("Kapitein");
    // a quotation that opens a sentence is one: a plain word there stays off the list
    expect(review('Moeder zei: "Morgen komen we niet."')).not.toContain("Morgen");
  });

  test("a capitalised month in mid-sentence is a name; after a day number or at a sentence start it is the month", () => {
    expect(review("Hij speelt vaak met Juni en haar zus.")).toEqual(["Juni"]);
    expect(review("Op 3 Mei is de zitting.")).toEqual([]);
    expect(review("Juni was een drukke maand voor het gezin.")).toEqual([]);
  });

  test("a listed first name written small that is no dictionary word is listed; a name that is also a word is not", () => {
    expect(review("ik bel marco morgen even")).toEqual(["marco"]);
    expect(review("de roos in de tuin bloeit")).toEqual([]);
    // a capital after a small prefix is a name's shape too
    expect(review("de brief van meester d'Hondt en el-Amrani")).toEqual(["d'Hondt", "el-Amrani"]);
  });

  test("a first name at a sentence start stays listed when the document also writes it small", () => {
    expect(review("Sanne komt morgen. ik zag sanne gisteren.")).toEqual(["sanne", "Sanne"]);
    // a surname that is also a word, written small elsewhere, is that word at the start
    expect(review("Bos is hier dichtbij. het bos is groot.")).toEqual([]);
  });

  test("names' other shapes are listed: a hyphen with capitals, a capital inside, a name in capitals", () => {
    expect(review("Daarna belde Jan-Willem over de afspraak.")).toEqual(["Jan-Willem"]);
    expect(review("De juf van McKenzie belde.")).toEqual(["McKenzie"]);
    expect(review("OPA KEVIN komt ook")).toEqual(["KEVIN"]);
    expect(review("Het gesprek ging NIET door, JAN belde af.")).toEqual(["JAN"]);
    // a compound ending in a small word is a noun, a heading word in capitals is that word
    expect(review("De SDQ-score en de GGZ-behandeling. VERSLAG van het gesprek.")).toEqual([]);
  });

  test("a single initial before a name or a code is listed; the polite U and a lone letter are not", () => {
    expect(review("Het gesprek was met K. Persoon A en C.J. Mulder.")).toEqual(["C", "J", "K", "Mulder"]);
    expect(review("Zoals U weet is vitamine D belangrijk.")).toEqual([]);
  });

  test("initials that are no abbreviation are listed, abbreviations are not, each distinct word once with its sentence", () => {
    const items = reviewWords(["EV belde de GGD. Later belde EV het CJG over de OTS."], lexicon, new Set());
    expect(items).toEqual([{ word: "EV", sentence: "EV belde de GGD." }]);
  });

  test("through the copy: the quoted nickname stays uncertain and is on the list; clean sentences add nothing", () => {
    const copy = (text: string) =>
      anonymiseForm({
        data: newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 }),
        boxTexts: { initialen: "XY", zorgen: text },
        offsetDays: 41,
        lexicon,
      });
    const quoted = copy('Hij trekt op met een oudere jongen, "Kapitein", die een scooter heeft.');
    expect(quoted.boxTexts["zorgen"]).toContain("Kapitein");
    expect(quoted.report.review.map((r) => r.word)).toContain("Kapitein");
    const clean = copy(
      'Op 12 Maart was er een gesprek met school. Moeder zei: "We komen morgen." Juni is een drukke maand. De GGD belt.',
    );
    expect(clean.report.review).toEqual([]);
  });
});
