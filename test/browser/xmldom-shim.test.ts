/** @jest-environment jsdom */
// The browser build swaps @xmldom/xmldom for src/browser/xmldom.ts (the platform's own parser).
// The data part and the copy reader must behave the same on it: exact round trips, a Dutch
// error for broken XML, and no false alarm on valid text. (The e2e runs cover Chromium itself.)
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";

jest.mock("@xmldom/xmldom", () => jest.requireActual("../../src/browser/xmldom"));

import {
  createEntry,
  newDataPart,
  parseDataPart,
  parseLogArchive,
  serializeDataPart,
  serializeLogArchive,
  type DataPart,
} from "../../src/domain";
import { readCopy, COPY_ERRORS } from "../../src/document/read-data-part";
import { DOMParser as Shim } from "../../src/browser/xmldom";
import { dataPart } from "../domain/arbitraries";

function example(): DataPart {
  let i = 0;
  const random = () => (i++ * 0.137) % 1;
  return {
    ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random }),
    lastAttributed: { zorgen: 'Naar school <3 & "meer" \ufffd', "doelen.r000001.doel": "\u0001 stuurteken" },
    rowOrder: { doelen: ["r000001"] },
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

test("the shim really is the browser's parser here (the mock took effect)", () => {
  const doc = new Shim().parseFromString("<a/>", "text/xml");
  expect(doc).toBeInstanceOf(window.Document);
});

test("data part and log archive round-trip on the browser's parser", () => {
  const d = example();
  expect(parseDataPart(serializeDataPart(d))).toEqual({ ok: true, data: d });
  const archive = { documentId: d.documentId, seq: 1, entries: d.changeLog };
  expect(parseLogArchive(serializeLogArchive(archive))).toEqual({ ok: true, archive });
});

test("property: arbitrary data parts round-trip on the browser's parser", () => {
  fc.assert(
    fc.property(dataPart, (d) => {
      expect(parseDataPart(serializeDataPart(d))).toEqual({ ok: true, data: d });
    }),
    { numRuns: 150 },
  );
});

test("broken XML is reported in Dutch, not thrown", () => {
  const xml = serializeDataPart(example());
  for (const broken of [xml.slice(0, xml.length / 2), xml.replace("<changeLog>", "<changeLog><"), "", "geen xml"]) {
    const r = parseDataPart(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Het gegevensdeel van dit document/);
  }
});

test("another copy's .docx is read on the browser's parser", async () => {
  const plain = readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx"));
  expect(await readCopy(new Uint8Array(plain))).toEqual({ ok: false, error: COPY_ERRORS.noDataPart });
});

test("the shim refuses a DTD before the browser's parser can expand it (xmldom refuses entities too)", () => {
  const lol = `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>`;
  for (const xml of [
    lol,
    `<!DOCTYPE form><form/>`,
    `<?xml version="1.0"?>\n<!doctype x SYSTEM "http://example.org/x.dtd"><x/>`,
  ]) {
    const errors: string[] = [];
    const doc = new Shim({ onError: (level) => errors.push(level) }).parseFromString(xml, "text/xml");
    expect(errors).toEqual(["fatalError"]);
    expect(doc.documentElement?.localName).toBe("parsererror");
    expect(doc.documentElement?.textContent).not.toContain("aaaaaaaaaa");
  }
  const r = parseDataPart(`<!DOCTYPE form [<!ENTITY x "y">]>${serializeDataPart(example())}`);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(/^Het gegevensdeel van dit document/);
});
