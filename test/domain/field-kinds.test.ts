import {
  FIELD_KINDS,
  FIELD_KIND_TRAITS,
  choicesLine,
  formatBoxText,
  parseBoxText,
  unhandledKind,
  type BoxDef,
  type FieldDef,
  type FieldKind,
  type FieldKindTraits,
} from "../../src/domain";

// Compile-time checks (npx tsc): the traits table covers exactly the kinds, and unhandledKind
// accepts only a value every case has ruled out.
// @ts-expect-error a kind that FIELD_KINDS does not list has no traits yet
const withNewKind: Record<FieldKind | "signature", FieldKindTraits> = FIELD_KIND_TRAITS;
// @ts-expect-error "text" is a kind that must be handled, not passed on as unhandled
const handled = (): never => unhandledKind("text");

describe("field kinds", () => {
  it("has traits for exactly the kinds", () => {
    expect(Object.keys(FIELD_KIND_TRAITS).sort()).toEqual([...FIELD_KINDS].sort());
    expect(
      Object.entries(FIELD_KIND_TRAITS)
        .filter(([, t]) => t.freeText)
        .map(([k]) => k),
    ).toEqual(["text", "longText"]);
    expect(
      Object.entries(FIELD_KIND_TRAITS)
        .filter(([, t]) => t.multiLine)
        .map(([k]) => k),
    ).toEqual(["longText"]);
    expect([withNewKind, handled].length).toBe(2);
  });

  it("refuses a kind the code does not know instead of treating it as plain text", () => {
    const unknown = { kind: "signature", label: "Handtekening" } as unknown as BoxDef;
    expect(() => formatBoxText(unknown, "x")).toThrow("Onbekende soort vak: signature");
    expect(() => parseBoxText(unknown, "x")).toThrow("Onbekende soort vak: signature");
    expect(() => choicesLine({ kind: "signature", label: "Handtekening" } as unknown as FieldDef)).toThrow(
      "Onbekende soort vak: signature",
    );
  });

  it("formats every known box kind", () => {
    expect(formatBoxText({ kind: "singleChoice", label: "G", choices: ["Almelo", "Borne"] }, "Borne")).toBe("Borne");
    expect(formatBoxText({ kind: "text", label: "T" }, "ES")).toBe("ES");
    expect(formatBoxText({ kind: "longText", label: "L" }, 3 as unknown as string)).toBe("");
  });
});
