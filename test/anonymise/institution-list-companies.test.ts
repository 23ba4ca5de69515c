// Issue 23, from tuning halves 4b and 5a: the organisations a debt, health or housing note names — health insurers,
// energy and water companies, pay-later firms and bailiffs, the region's housing corporations — are in the institution
// list (institution-names.json) and replaced. Each survived the copy before; the plain words beside them stay.
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

test.each([
  ["Zilveren Kruis vergoedt de therapie niet.", "Zilveren Kruis"],
  ["Schulden: Enexis 240 euro, Vitens 80 euro.", "Enexis"],
  ["Klarna wil nog 80 euro voor de schoenen.", "Klarna"],
  ["Domijn heeft de huur verhoogd.", "Domijn"],
])("%s", (text, name) => {
  const copy = out(text);
  expect(copy).not.toContain(name);
  expect(copy).toContain("[instelling]");
});

test("the same words in lower case, as plain words, stay", () => {
  const text = "De woonplaats van de jongen is onbekend.";
  expect(out(text)).toBe(text);
});
