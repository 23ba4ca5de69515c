// The people of step 2 as the pane's pick lists offer them, and which boxes take them.
import { findField, pickablePeople, picksPeople, type FormValues } from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";

const withPeople = (cells: Record<string, string>[]): FormValues => ({
  ...filledValues(),
  betrokkenen: cells.map((c, i) => ({ key: `r00000${i + 1}`, cells: c })),
});

describe("pickablePeople", () => {
  test("every named row once, trimmed, written as the form writes a person", () => {
    const values = withPeople([
      { naam: " Karin Hendriks ", organisatie: " Jarabee " },
      { naam: "Moeder", organisatie: "" },
      { naam: "", organisatie: "Ambiq" },
      { naam: "Karin Hendriks", organisatie: "Jarabee" },
      { naam: "Karin Hendriks", organisatie: "Tactus" },
    ]);
    expect(pickablePeople(values)).toEqual([
      { label: "Karin Hendriks (Jarabee)", name: "Karin Hendriks", organisation: "Jarabee" },
      { label: "Moeder", name: "Moeder", organisation: "" },
      { label: "Karin Hendriks (Tactus)", name: "Karin Hendriks", organisation: "Tactus" },
    ]);
  });

  test("no people field values: none", () => {
    expect(pickablePeople({ ...filledValues(), betrokkenen: [] })).toEqual([]);
  });
});

describe("picksPeople", () => {
  const field = (id: string) => findField(id)!.field;
  const column = (id: string, col: string) => field(id).columns!.find((c) => c.id === col)!;
  test("the regisseur and the deputy; not other fields", () => {
    expect(picksPeople(field("regisseur"))).toBe(true);
    expect(picksPeople(field("vervanger"))).toBe(true);
    expect(picksPeople(field("beheerder"))).toBe(false);
    expect(picksPeople(field("takenRegisseur"))).toBe(false);
  });
  test("‘Wie’ in Afspraken; not step 2's own organisation column, not other columns", () => {
    expect(picksPeople(field("afspraken"), column("afspraken", "wie"))).toBe(true);
    expect(picksPeople(field("afspraken"), column("afspraken", "afspraak"))).toBe(false);
    expect(picksPeople(field("betrokkenen"), column("betrokkenen", "organisatie"))).toBe(false);
  });
});
