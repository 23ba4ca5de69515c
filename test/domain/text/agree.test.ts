import { familyPresentText, missingHeading, missingWarning } from "../../../src/domain/text/agree";

test("the missing-parts heading and warning count at 0, 1 and many", () => {
  expect([0, 1, 3].map(missingHeading)).toEqual([
    "Nog niet ingevuld (0 verplichte onderdelen):",
    "Nog niet ingevuld (verplicht):",
    "Nog niet ingevuld (3 verplichte onderdelen):",
  ]);
  expect([0, 1, 3].map(missingWarning)).toEqual([
    "Er zijn nog 0 verplichte onderdelen niet ingevuld.",
    "Er is nog 1 verplicht onderdeel niet ingevuld.",
    "Er zijn nog 3 verplichte onderdelen niet ingevuld.",
  ]);
});

test("whether the family was there reads ja, nee or niet ingevuld", () => {
  expect([true, false, null].map(familyPresentText)).toEqual([
    "Gezin aanwezig: ja.",
    "Gezin aanwezig: nee.",
    "Gezin aanwezig: niet ingevuld.",
  ]);
});
