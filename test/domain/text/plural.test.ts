import { byCount, countWords } from "../../../src/domain/text/plural";

test("a count takes the singular only for one", () => {
  expect([0, 1, 2].map((n) => countWords(n, "regel", "regels"))).toEqual(["0 regels", "1 regel", "2 regels"]);
});

test("byCount: the phrase for one, else the plural phrase with the number in it", () => {
  expect([0, 1, 7].map((n) => byCount(n, "Eén vak is", "{n} vakken zijn"))).toEqual([
    "0 vakken zijn",
    "Eén vak is",
    "7 vakken zijn",
  ]);
  expect(byCount(3, "", "den")).toBe("den");
});

// Every phrase pair the pane counts with (src: grep byCount / countWords), at 0, 1 and many: the
// plural is right at 0 and many, the singular only at 1.
test.each([
  ["één plaats", "{n} plaatsen", "0 plaatsen", "één plaats", "4 plaatsen"],
  ["Eén vak is", "{n} vakken zijn", "0 vakken zijn", "Eén vak is", "4 vakken zijn"],
  [
    "Hieronder staat alleen de nieuwste wijziging.",
    "Hieronder staan de nieuwste {n} wijzigingen.",
    "Hieronder staan de nieuwste 0 wijzigingen.",
    "Hieronder staat alleen de nieuwste wijziging.",
    "Hieronder staan de nieuwste 4 wijzigingen.",
  ],
  [
    "De oudste regel staat",
    "De {n} oudere regels staan",
    "De 0 oudere regels staan",
    "De oudste regel staat",
    "De 4 oudere regels staan",
  ],
  ["1 vak verschilt", "{n} vakken verschillen", "0 vakken verschillen", "1 vak verschilt", "4 vakken verschillen"],
  [
    "1 vak is opgeslagen.",
    "{n} vakken zijn opgeslagen.",
    "0 vakken zijn opgeslagen.",
    "1 vak is opgeslagen.",
    "4 vakken zijn opgeslagen.",
  ],
  ["logregel is", "{n} logregels zijn", "0 logregels zijn", "logregel is", "4 logregels zijn"],
  ["past één logregel", "passen {n} logregels", "passen 0 logregels", "past één logregel", "passen 4 logregels"],
  ["het vak", "de vakken", "de vakken", "het vak", "de vakken"],
])("%s / %s", (one, many, zero, single, four) => {
  expect([0, 1, 4].map((n) => byCount(n, one, many))).toEqual([zero, single, four]);
});
