// Where the original content ended before "Nieuwe handreiking" appended the form: recorded as counts
// and a hash (never the text), kept through the data part's XML, and checked before the undo.
import {
  appendedAfterOf,
  newDataPart,
  originalStillThere,
  parseDataPart,
  serializeDataPart,
  type DataPart,
} from "../../src/domain";

const original = { paragraphTexts: ["Brief aan de ouders", "", "Tweede sectie"], tables: 1, controls: 2 };
const recorded = appendedAfterOf(original);
const withForm = (texts: string[]) => ({ ...original, paragraphTexts: [...texts, "Handreiking Regie"] });

describe("appendedAfter", () => {
  test("records counts and a hash, not the text", () => {
    expect(recorded).toMatchObject({ paragraphs: 3, tables: 1, controls: 2 });
    expect(JSON.stringify(recorded)).not.toMatch(/Brief|sectie/);
  });

  test("the original followed by the form matches; any change before it does not", () => {
    expect(originalStillThere(recorded, withForm(original.paragraphTexts))).toBe(true);
    expect(originalStillThere(recorded, withForm(["Brief aan de ouders (concept)", "", "Tweede sectie"]))).toBe(false);
    expect(originalStillThere(recorded, withForm(["Brief aan de ouders", "Tweede sectie"]))).toBe(false);
    expect(originalStillThere(recorded, withForm(["Brief aan de ouders", "", "Tweede", "sectie"]))).toBe(false);
    // nothing after the original: there is no form to remove
    expect(originalStillThere(recorded, original)).toBe(false);
    expect(originalStillThere(recorded, { ...withForm(original.paragraphTexts), tables: 0 })).toBe(false);
    expect(originalStillThere(recorded, { ...withForm(original.paragraphTexts), controls: 1 })).toBe(false);
  });

  test("paragraph boundaries count: ['ab'] and ['a', 'b'] differ", () => {
    const one = appendedAfterOf({ paragraphTexts: ["ab"], tables: 0, controls: 0 });
    const two = appendedAfterOf({ paragraphTexts: ["a", "b"], tables: 0, controls: 0 });
    expect(one.fingerprint).not.toBe(two.fingerprint);
  });

  test("survives the data part's XML, and a part without it reads without it", () => {
    const data: DataPart = { ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }) };
    const parsed = parseDataPart(serializeDataPart({ ...data, appendedAfter: recorded }));
    expect(parsed.ok && parsed.data.appendedAfter).toEqual(recorded);
    const plain = parseDataPart(serializeDataPart(data));
    expect(plain.ok && "appendedAfter" in plain.data).toBe(false);
  });
});
