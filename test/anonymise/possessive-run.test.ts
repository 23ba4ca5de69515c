// A possessive ends a run of capitalised words: "Vladimir's Jean-Baptiste" names two people, so neither is
// registered as one long name with the other (one such name per pair also made the name matcher slow).
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";

function out(text: string): string {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const r = anonymiseForm({
    data,
    boxTexts: { initialen: "QZ", zorgen: text },
    offsetDays: 30,
    lexicon: dutchLexicon(),
  });
  return r.boxTexts.zorgen ?? "";
}

test("the name after a possessive is a person of its own, and both are replaced", () => {
  const copy = out("Gisteren kwam Vladimir's Jean-Baptiste langs. Later belde Jean-Baptiste zelf.");
  expect(copy).not.toMatch(/Vladimir|Jean|Baptiste/);
  // Jean-Baptiste has the same code in both sentences: the second one is the same person, not part of another name
  const codes = [...copy.matchAll(/Persoon [A-Z]/g)].map((m) => m[0]);
  expect(codes).toHaveLength(3);
  expect(codes[1]).toBe(codes[2]);
  expect(codes[0]).not.toBe(codes[1]);
});
