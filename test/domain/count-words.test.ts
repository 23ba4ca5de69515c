import { countWords } from "../../src/domain";

test("a count takes the singular only for one", () => {
  expect([0, 1, 2].map((n) => countWords(n, "regel", "regels"))).toEqual(["0 regels", "1 regel", "2 regels"]);
});
