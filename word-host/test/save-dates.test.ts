// A save depends on the document only, as Word's do: every entry is dated 1980-01-01, so two saves
// of an unchanged document seconds apart give the same bytes (test/word/contract.test.ts compares
// a document before and after the in-Word runner byte for byte).
import JSZip from "jszip";
import { createWordHost } from "../index";
import { makeDocx } from "../fixtures";

afterEach(() => jest.useRealTimers());

test("two saves of an unchanged document, seconds apart, are the same bytes, every entry dated 1980-01-01", async () => {
  jest.useFakeTimers({ now: new Date("2026-12-07T12:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
  const host = await createWordHost({ profile: "desktop", docx: await makeDocx({ paragraphs: ["Tekst"] }) });
  const first = await host.saveDocx();
  jest.setSystemTime(new Date("2026-12-07T12:00:07Z"));
  const second = await host.saveDocx();
  expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  const zip = await JSZip.loadAsync(second);
  const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
  expect([...dates]).toEqual(["1980-01-01T00:00:00.000Z"]);
});
