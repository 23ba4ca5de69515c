import { diffStaticTexts, expectedLabelText, expectedStaticTexts, findField, TEMPLATE } from "../../src/domain";

describe("the template's locked text and what a document changed in it", () => {
  const expected = expectedStaticTexts(TEMPLATE);

  it("the same text (numbering, spacing, empty paragraphs aside) is no change", () => {
    expect(diffStaticTexts(expected, ["", ...expected.map((t) => ` ${t} `), ""])).toEqual([]);
    expect(diffStaticTexts(["1. Eerste regel"], ["Eerste regel"])).toEqual([]);
  });

  it("text added, changed and removed, each with before and after", () => {
    const actual = [...expected];
    actual.splice(2, 0, "Opmerking: graag bellen.");
    actual[actual.indexOf(TEMPLATE.steps[1]!.guidance)] = "Hier mag je alles schrijven.";
    actual.splice(actual.indexOf(TEMPLATE.changeLog.title), 1);
    expect(diffStaticTexts(expected, actual)).toEqual([
      { before: "", after: "Opmerking: graag bellen." },
      { before: TEMPLATE.steps[1]!.guidance, after: "Hier mag je alles schrijven." },
      { before: TEMPLATE.changeLog.title, after: "" },
    ]);
  });

  it("a choice field's label cell holds its label and its choices", () => {
    expect(expectedLabelText(findField("gezinAanwezig")!.field)).toBe(
      `${findField("gezinAanwezig")!.field.label}\nKeuze: Ja, Nee`,
    );
  });
});
