// Files other people send: each hostile file is refused (one Dutch sentence) or read in under
// 2 s and under 200 MB of extra memory. The files are made here, from the realistic filled
// form of test/anonymise/fixture.ts; time and memory are measured and printed.
import { randomBytes } from "node:crypto";
import JSZip from "jszip";
import { COPY_ERRORS, readCopy, type CopyRead } from "../../src/document/read-data-part";
import { LIMIT_ERRORS, READ_LIMITS } from "../../src/document/read-limits";
import { filledDocx } from "handreiking-fixtures/filled-docx";
import { stopHost } from "handreiking-fixtures/harness";
import { deflated, measure, rawZip, zerosDeflate, type RawEntry } from "./hostile-files";

afterAll(stopHost);

/** CPU time per hostile file (wall-clock is printed too, but a busy machine stretches it). */
const MAX_MS = 2_000;
const MAX_MB = 200;

const parts: Record<string, Uint8Array> = {};
let dataPartPath = "";
let dataPart = "";

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await filledDocx());
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) parts[path] = await file.async("uint8array");
  for (const path of Object.keys(parts).filter((p) => /^customXml\/item\d+\.xml$/.test(p))) {
    const text = Buffer.from(parts[path]!).toString("utf8");
    if (text.includes("urn:handreiking-regie:twente:form:1")) [dataPartPath, dataPart] = [path, text];
  }
}, 60_000);

/** The filled form as a zip with some parts replaced or added. */
function formWith(changes: Record<string, string | Uint8Array>, extra: RawEntry[] = []): Uint8Array {
  const all = { ...parts, ...changes };
  return rawZip([...Object.entries(all).map(([name, data]) => deflated(name, data)), ...extra]);
}

async function refusedWithin(label: string, bytes: Uint8Array, error: string): Promise<void> {
  const m = await measure(label, () => readCopy(bytes));
  expect(m.result).toEqual<CopyRead>({ ok: false, error });
  expect(m.cpuMs).toBeLessThan(MAX_MS);
  expect(m.rssMB).toBeLessThan(MAX_MB);
}

/** Log entries made from the data part's first one (unique ids); `minimal` keeps only the id, so 100,000 stay under the
 * part size limit. */
function entryXml(): string {
  const m = /<entry>[\s\S]*?<\/entry>/.exec(dataPart);
  if (!m) throw new Error("no log entry in the fixture");
  return m[0];
}
const entries = (n: number, from = 0, minimal = false) =>
  Array.from({ length: n }, (_, i) =>
    minimal ? `<entry><id>x${from + i}</id></entry>` : entryXml().replace(/<id>[^<]*<\/id>/, `<id>x${from + i}</id>`),
  ).join("");

test("the filled form itself is read (the baseline the limits must leave alone)", async () => {
  const m = await measure("filled form", () => readCopy(formWith({})));
  expect(m.result.ok).toBe(true);
  expect(m.cpuMs).toBeLessThan(MAX_MS);
});

describe("zip bombs", () => {
  test("4 MB that unpacks to 4 GB, sizes declared honestly, is refused from the directory alone", async () => {
    const bomb = zerosDeflate(64);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const bytes = formWith({}, [
      { name: "word/media/image1.png", data: bomb, method: 8, uncompressedSize: 0xfffffff0 },
    ]);
    await refusedWithin("zip bomb, honest header", bytes, LIMIT_ERRORS.unpackedTooLarge);
  });

  test("4 GB behind a header that claims 20 KB: unpacking stops once the part passes what it declared", async () => {
    const bomb = zerosDeflate(64); // the bomb in place of the data part
    const lying = rawZip([
      ...Object.entries(parts)
        .filter(([p]) => p !== dataPartPath)
        .map(([p, d]) => deflated(p, d)),
      { name: dataPartPath, data: bomb, method: 8, uncompressedSize: 20_000 },
    ]);
    await refusedWithin("zip bomb, lying header", lying, LIMIT_ERRORS.damagedZip);
  });

  test("an entry that claims 1,000× its packed size is refused for its ratio", async () => {
    const bomb = zerosDeflate(1); // 64 MB of zeros in ~64 KB
    const bytes = formWith({}, [
      { name: "customXml/item9.xml", data: bomb, method: 8, uncompressedSize: 60 * 1024 * 1024 },
    ]);
    await refusedWithin("ratio", bytes, LIMIT_ERRORS.ratio);
  });

  test("many highly compressible entries that add up to gigabytes are refused", async () => {
    const zeros = deflated("x", new Uint8Array(1024 * 1024)).data; // 1 MB of zeros in ~1 KB
    const extra = Array.from({ length: 1_500 }, (_, i): RawEntry => ({
      name: `word/media/z${i}.bin`,
      data: zeros,
      method: 8,
      uncompressedSize: 1024 * 1024,
    }));
    await refusedWithin("1,500 × 1 MB", formWith({}, extra), LIMIT_ERRORS.unpackedTooLarge);
  });

  test("too many entries", async () => {
    const extra = Array.from({ length: 5_000 }, (_, i): RawEntry => deflated(`word/media/e${i}.txt`, "x"));
    await refusedWithin("5,000 entries", formWith({}, extra), LIMIT_ERRORS.tooManyEntries);
  });

  test("a file over 50 MB is refused before anything is unpacked", async () => {
    const big = formWith({}, [
      {
        name: "word/media/big.bin",
        data: new Uint8Array(51 * 1024 * 1024),
        method: 0,
        uncompressedSize: 51 * 1024 * 1024,
      },
    ]);
    await refusedWithin("51 MB", big, LIMIT_ERRORS.fileTooLarge);
  });

  test("a part shorter than it claims (JSZip: 'uncompressed data size mismatch') is refused in Dutch", async () => {
    const short = { ...deflated(dataPartPath, dataPart), uncompressedSize: dataPart.length + 500 };
    const bytes = rawZip([
      ...Object.entries(parts)
        .filter(([p]) => p !== dataPartPath)
        .map(([p, d]) => deflated(p, d)),
      short,
    ]);
    await refusedWithin("size mismatch", bytes, LIMIT_ERRORS.damagedZip);
  });

  test("a truncated package (JSZip: 'End of data reached' / 'Corrupted zip') is refused in Dutch", async () => {
    const whole = formWith({});
    // keep the directory, lose the middle: the directory points past the data
    const cut = new Uint8Array([...whole.subarray(0, 200), ...whole.subarray(whole.length - 3000)]);
    const r = await readCopy(cut);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([LIMIT_ERRORS.damagedZip, COPY_ERRORS.notDocx]).toContain(r.error);
  });
});

describe("XML that is too much", () => {
  test("a billion-laughs DOCTYPE in a custom XML part is refused without expanding anything", async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]><lolz>&lol9;</lolz>`;
    await refusedWithin("billion laughs", formWith({ "customXml/item9.xml": lol }), LIMIT_ERRORS.doctype);
  });

  test("a DOCTYPE in the data part itself is refused", async () => {
    const xml = dataPart.replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}<!DOCTYPE form>`);
    await refusedWithin("DOCTYPE in the data part", formWith({ [dataPartPath]: xml }), LIMIT_ERRORS.doctype);
  });

  test("50,000 nested elements in the document are refused", async () => {
    // under 1 MB, so the ratio check (which would refuse it too) does not apply
    const deep = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:tbl>".repeat(50_000)}${"</w:tbl>".repeat(50_000)}</w:body></w:document>`;
    await refusedWithin("deep nesting", formWith({ "word/document.xml": deep }), LIMIT_ERRORS.xmlTooDeep);
  });

  test("a part larger than any real one is refused before parsing", async () => {
    // random text: it packs too poorly for the ratio check, so the size check must catch it
    const huge = `<a>${randomBytes((READ_LIMITS.maxXmlBytes * 3) / 4 + 3).toString("base64")}</a>`;
    await refusedWithin("24 MB part", formWith({ "customXml/item9.xml": huge }), LIMIT_ERRORS.xmlTooLarge);
  });
});

describe("logs longer than any real one", () => {
  test("100,000 log entries in the data part are refused before they are parsed", async () => {
    const xml = dataPart.replace(/<changeLog>/, `<changeLog>${entries(100_000, 0, true)}`);
    await refusedWithin(
      "100,000 entries in the data part",
      formWith({ [dataPartPath]: xml }),
      LIMIT_ERRORS.tooManyLogEntries,
    );
  });

  test("100,000 log entries in 200 archive parts are refused after the first parts", async () => {
    const documentId = /<documentId>([^<]*)<\/documentId>/.exec(dataPart)![1]!;
    const archives: Record<string, string> = {};
    for (let seq = 1; seq <= 200; seq++) {
      archives[`customXml/item${100 + seq}.xml`] =
        `<logArchive documentId="${documentId}" seq="${seq}" xmlns="urn:handreiking-regie:twente:log-archive:1">${entries(500, seq * 500).replace(/<entry>/g, '<entry xmlns="urn:handreiking-regie:twente:form:1">')}</logArchive>`;
    }
    await refusedWithin("100,000 entries in archives", formWith(archives), LIMIT_ERRORS.tooManyLogEntries);
  });

  test("5,000 log entries (a long real log) are read in full", async () => {
    const n = (dataPart.match(/<entry>/g) ?? []).length + 5_000;
    const xml = dataPart.replace(/<changeLog>/, `<changeLog>${entries(5_000)}`);
    const m = await measure("5,000 extra entries", () => readCopy(formWith({ [dataPartPath]: xml })));
    expect(m.result.ok && m.result.data.changeLog.length).toBe(n);
    expect(m.rssMB).toBeLessThan(MAX_MB);
  });
});

test("a copy from a newer version of the add-in says so, and what to do", async () => {
  const xml = dataPart.replaceAll("urn:handreiking-regie:twente:form:1", "urn:handreiking-regie:twente:form:2");
  const r = await readCopy(formWith({ [dataPartPath]: xml }));
  expect(r).toEqual({ ok: false, error: COPY_ERRORS.newerVersion });
  expect(COPY_ERRORS.newerVersion).toMatch(/nieuwere versie van de invoegtoepassing.*werk de invoegtoepassing bij/);
});

test("the time budget stops a read that takes too long", async () => {
  const r = await readCopy(formWith({}), { limits: { ...READ_LIMITS, timeBudgetMs: -1 } });
  expect(r).toEqual({ ok: false, error: LIMIT_ERRORS.tooSlow });
});
