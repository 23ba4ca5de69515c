// In the copy worker there is no DOMParser (no window): the browser build's XML shim
// (src/browser/xmldom.ts) then uses the xmldom the worker hands it (src/document/copy-worker.ts),
// so the worker and the pane can share one build of every module that parses XML (issue 30).
// This suite runs in Node (no window), as the worker does.
import { readFileSync } from "node:fs";
import path from "node:path";

jest.mock("@xmldom/xmldom", () => jest.requireActual("../../src/browser/xmldom"));

import { createEntry, newDataPart, parseDataPart, serializeDataPart, type DataPart } from "../../src/domain";
import { readCopy } from "../../src/document/read-data-part";
import { DOMParser as Shim, provideXmlWithoutPlatform } from "../../src/browser/xmldom";
import { filledDocx } from "handreiking-fixtures/filled-docx";

const realXmldom = jest.requireActual<typeof import("@xmldom/xmldom")>("@xmldom/xmldom");

function example(): DataPart {
  let i = 0;
  const random = () => (i++ * 0.137) % 1;
  return {
    ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random }),
    lastAttributed: { zorgen: 'Naar school <3 & "meer"' },
    changeLog: [
      createEntry(
        { kind: "created", description: "Document aangemaakt" },
        { initials: "PH", organisation: "Ambiq" },
        new Date("2020-09-01T10:00:00Z"),
        random,
      ),
    ],
  };
}

test("without a DOMParser and nothing handed over, the shim says so instead of failing obscurely", () => {
  expect(typeof window).toBe("undefined");
  expect(() => new Shim().parseFromString("<a/>", "text/xml")).toThrow(/provideXmlWithoutPlatform/);
});

describe("with the worker's xmldom handed over", () => {
  beforeAll(() => provideXmlWithoutPlatform(realXmldom));

  test("the shim parses with it; errors reach onError, then xmldom throws as the worker's xmldom always did", () => {
    const doc = new Shim().parseFromString("<a><b>x</b></a>", "text/xml");
    expect(doc).toBeInstanceOf(realXmldom.Document);
    const errors: string[] = [];
    expect(() =>
      new Shim({ onError: (level) => errors.push(level) }).parseFromString("<a><b></a>", "text/xml"),
    ).toThrow();
    expect(errors).toContain("fatalError");
  });

  test("the data part round-trips and broken XML is reported in Dutch", () => {
    const d = example();
    expect(parseDataPart(serializeDataPart(d))).toEqual({ ok: true, data: d });
    const r = parseDataPart(serializeDataPart(d).replace("<changeLog>", "<changeLog><"));
    expect(r.ok).toBe(false);
  });

  test("another copy is read through the shim as the worker reads it", async () => {
    const copy = await readCopy(await filledDocx());
    expect(copy.ok).toBe(true);
    const plain = readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx"));
    expect((await readCopy(new Uint8Array(plain))).ok).toBe(false);
  });
});
