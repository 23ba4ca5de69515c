// One free-text box through the whole research copy, as the recogniser's mechanism tests need it: the
// box "zorgen" of an empty form whose child is "QZ", dates moved by `offsetDays`, the Dutch lexicon.
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";

/** The box's text in the copy, and the words the copy lists for review. */
export function copyOfBox(text: string, offsetDays: number): { text: string; review: string[] } {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const form = anonymiseForm({
    data,
    boxTexts: { initialen: "QZ", zorgen: text },
    offsetDays,
    lexicon: dutchLexicon(),
  });
  return { text: form.boxTexts.zorgen ?? "", review: form.report.review.map((r) => r.word) };
}
