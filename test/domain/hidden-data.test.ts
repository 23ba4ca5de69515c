import {
  describeHiddenData,
  describeQuarantine,
  newDataPart,
  serializeDataPart,
  withoutQuarantined,
  createEntry,
} from "../../src/domain";

const Q = "urn:handreiking-regie:twente:quarantine:1";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const piece = (
  raw: string,
  when = "2020-09-02T08:00:00.000Z",
  reason = "Tweede set formuliergegevens in hetzelfde document",
) => `<quarantine xmlns="${Q}" when="${when}" reason="${reason}">${esc(raw)}</quarantine>`;
const other = serializeDataPart({
  ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", documentId: "doc-other" }),
  lastAttributed: { initialen: "KL" },
});

test("a quarantined form: when, why, how large and whose it seems to be", () => {
  expect(describeQuarantine(piece(other), "{P1}")).toEqual([
    {
      id: "{P1}",
      day: "20200902",
      reason: "Tweede set formuliergegevens in hetzelfde document",
      size: other.length,
      documentId: "doc-other",
      clientInitials: "KL",
    },
  ]);
});

test("damaged data: the document id and initials are still looked for in the text", () => {
  const damaged = other.replace("</form>", "");
  expect(describeQuarantine(piece(damaged), "x")[0]).toMatchObject({
    documentId: "doc-other",
    clientInitials: "KL",
    size: damaged.length,
  });
  expect(describeQuarantine(piece("onzin"), "x")[0]).toMatchObject({ documentId: null, clientInitials: null, size: 5 });
});

test("settings hold several pieces one after another: each is described, and one can be taken out", () => {
  const value = piece(other) + piece("kapot", "2020-10-01T08:00:00.000Z", "Beschadigd");
  expect(describeQuarantine(value, "settings").map((q) => [q.id, q.day, q.reason])).toEqual([
    ["settings:0", "20200902", "Tweede set formuliergegevens in hetzelfde document"],
    ["settings:1", "20201001", "Beschadigd"],
  ]);
  expect(withoutQuarantined(value, 0)).toBe(piece("kapot", "2020-10-01T08:00:00.000Z", "Beschadigd"));
  expect(withoutQuarantined(piece("kapot"), 0)).toBeNull();
  expect(describeQuarantine("<niet-af", "settings")).toEqual([
    { id: "settings:0", day: null, reason: "Onleesbaar", size: 8, documentId: null, clientInitials: null },
  ]);
});

test("the hidden data of a form: sizes and counts", () => {
  const log = [
    createEntry(
      { kind: "edit", description: "x", boxKey: "hulpvraag", before: "", after: "a" },
      { initials: "PH", organisation: "Ambiq" },
    ),
    createEntry(
      { kind: "edit", description: "x", boxKey: "hulpvraag", before: "a", after: "b" },
      { initials: "PH", organisation: "Ambiq" },
    ),
  ];
  const data = { ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }), changeLog: log };
  expect(
    describeHiddenData({ dataPartXml: ["12345"], data, archive: { parts: 2, count: 40 }, quarantine: [] }),
  ).toEqual({ dataPartSize: 5, logEntries: 2, earlierTexts: 1, archiveParts: 2, archivedEntries: 40, quarantine: [] });
});
