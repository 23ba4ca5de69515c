// Issue 23, after the blind set: the general shapes behind its misses, each shown with new examples (names, places
// and dates that are in none of the Dutch test set's texts), and sentences without an identifier that must stay.
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/domain/anonymise/lexicon-nl";

/** The copy of one free-text box of a form that knows only the child's initials, with the date offset 41 days. */
function copy(text: string, initials = "QZ", municipality?: string) {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const boxTexts: Record<string, string> = { initialen: initials, zorgen: text };
  if (municipality) boxTexts.gemeente = municipality;
  const form = anonymiseForm({ data, boxTexts, offsetDays: 41, lexicon: dutchLexicon() });
  return { out: form.boxTexts.zorgen ?? "", review: form.report.review.map((r) => r.word) };
}

/** The words of `words` that the copy of `text` still contains, as whole words. */
function kept(text: string, words: string[], initials?: string): string[] {
  const { out } = copy(text, initials);
  return words.filter((w) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(out),
  );
}

describe("places", () => {
  it("reads the dictionary's ij letter as i + j: a town written with ij is a place", () => {
    expect(kept("De familie verhuist naar Bilthoven, daarna wonen ze in Rijswijk.", ["Bilthoven", "Rijswijk"])).toEqual(
      [],
    );
    expect(kept("Oma woont in het centrum van Nijverdal.", ["Nijverdal"])).toEqual([]);
  });

  it("knows the region's own municipalities and the region, also inside a name of a service", () => {
    expect(
      kept("Het gezin komt oorspronkelijk uit Dinkelland en de oom woont bij Tubbergen.", ["Dinkelland", "Tubbergen"]),
    ).toEqual([]);
    expect(kept("Sportclubs uit heel Twente doen mee.", ["Twente"])).toEqual([]);
  });

  it("takes the place of a district compound: Almelo-Noord, Oldenzaal-Zuid", () => {
    expect(kept("Zij loopt stage bij het buurthuis Almelo-Noord.", ["Almelo"])).toEqual([]);
    expect(kept("Basisteam Oldenzaal-Zuid kwam ter plaatse.", ["Oldenzaal"])).toEqual([]);
  });

  it("takes the word after regio, wijk and another municipality than the region's", () => {
    expect(kept("De casus is overgedragen aan gemeente Zwolle.", ["Zwolle"])).toEqual([]);
    expect(kept("Hij was eerder bekend in de regio Achterhoek.", ["Achterhoek"])).toEqual([]);
    expect(kept("Ze woonden in wijk Kerkelanden.", ["Kerkelanden"])).toEqual([]);
  });

  it("keeps the region's municipalities as the service they name, as the form keeps its own municipality", () => {
    expect(copy("De gemeente Losser betaalt het vervoer.").out).toBe("De gemeente Losser betaalt het vervoer.");
  });

  it("takes the town after a street and number, and after a comma closing brackets", () => {
    expect(kept("Adres: Kerkstraat 4, Bentelo. Moeder is thuis.", ["Bentelo"])).toEqual([]);
    expect(kept("Huisbezoek Molenweg 17 Saasveld gepland.", ["Saasveld"])).toEqual([]);
    expect(kept("School (De Regenboog, Lattrop) weet ervan.", ["Lattrop"])).toEqual([]);
  });
});
