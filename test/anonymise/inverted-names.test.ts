// Issue 23, from tuning half 5a: lists, letterheads and e-mail headers write a surname before its initials ("Kamphuis,
// M.", "Arts, H.", "Dijk, T. van"). The surname and its initial are replaced together; a surname that is a plain word
// only where a surname list has it, so "Bijlage, A." and a list of letters stay. Made-up names; each survived the copy
// before this change.
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

test.each([
  ["Van: Rouwhorst, G. <g.rouwhorst@zorg.nl>", ["Rouwhorst", "G."]],
  ["verwezen door de huisarts (Visser, H., Gezondheidscentrum Noord) vanwege klachten", ["Visser", "H."]],
  ["Aanwezig: Berg, T. van (jongerenwerk) en de moeder", ["Berg", "T."]],
])("%s", (text, gone) => {
  const copy = out(text);
  for (const g of gone) expect(copy).not.toMatch(new RegExp(`(?<![\\p{L}])${g.replace(".", "\\.")}`, "u"));
});

test.each(["Zie Bijlage, A. voor meer.", "Dit gold voor Groep, B. en C.", "Ja, J. komt ook morgen."])(
  "stays: %s",
  (text) => {
    expect(out(text)).toBe(text);
  },
);
