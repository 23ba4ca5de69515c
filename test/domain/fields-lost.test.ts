// The release matrix's measure of loss (test/word/fields-lost.ts): a field gone is found, whether
// on the part, on an entry or foreign; a changed value is not a loss; chain fields apart.
import { createEntry, newDataPart, type DataPart } from "../../src/domain";
import { fieldsLost } from "../word/fields-lost";

const who = { initials: "PH", organisation: "Ambiq" };
const entry = {
  ...createEntry({ kind: "edit", description: "Gewijzigd.", boxKey: "zorgen" }, who, new Date(Date.UTC(2020, 8, 2))),
  hash: "h",
  seal: "s",
  foreign: [{ ns: "urn:x", name: "bron", attributes: [], content: ["a"] }],
};
const base: DataPart = {
  ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
  formatVersion: "2.0",
  addinVersion: "0.1.0",
  lastAttributed: { zorgen: "School" },
  foreign: [{ ns: "urn:x", name: "kenmerk", attributes: [], content: ["T-42"] }],
  changeLog: [entry],
};

describe("fieldsLost", () => {
  test("nothing lost when only values change or fields are added", () => {
    const after: DataPart = { ...base, lastAttributed: { zorgen: "School en thuis", gaatGoed: "Opa" } };
    expect(fieldsLost([base], after)).toEqual({ content: [], chain: [] });
  });

  test("a field gone from the part, from an entry, a foreign field: content; a seal gone: chain", () => {
    const { formatVersion: _f, foreign: _r, ...rest } = base;
    const { seal: _s, foreign: _e, ...bare } = entry;
    expect(fieldsLost([base], { ...rest, changeLog: [bare] })).toEqual({
      content: ["foreign", "formatVersion", "log[*].foreign"],
      chain: ["log[*].seal"],
    });
  });

  test("a log entry gone is lost, against any of the inputs", () => {
    const other: DataPart = { ...base, changeLog: [{ ...entry, id: "other-entry" }] };
    expect(fieldsLost([base, other], base).content).toEqual(expect.arrayContaining(["log[*].id", "log[*].kind"]));
  });
});
