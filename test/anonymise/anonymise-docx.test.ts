// The anonymised .docx of a realistic filled form: nothing identifying left in any part of the
// package, and what research needs (structure, municipality, indications, log sequence,
// intervals between dates) kept.
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { readCopy } from "../../src/document/read-data-part";
import { TEMPLATE, dayToIso, parseDutchDate } from "../../src/domain";
import { stopHost } from "handreiking-fixtures/harness";
import { IDENTIFYING, PERSONAL_INITIALS, filledDocx } from "handreiking-fixtures/filled-docx";

afterAll(stopHost);

/** Template strings (the form's own wording, incl. its example stamp "PH 20200902, Ambiq: … ES"). */
function templateStrings(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(TEMPLATE);
  return out.sort((a, b) => b.length - a.length);
}

async function allParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(path)) continue;
    out[path] = await file.async("string");
  }
  return out;
}

const seed = (n: number) => () => {
  n = (n * 1103515245 + 12345) % 2 ** 31;
  return n / 2 ** 31;
};

const days = (a: string, b: string): number => (Date.parse(dayToIso(b)) - Date.parse(dayToIso(a))) / 86_400_000;

describe("anonymised copy of a filled handreiking", () => {
  let original: Uint8Array;
  let result: Awaited<ReturnType<typeof anonymiseCopy>>;
  let parts: Record<string, string>;

  beforeAll(async () => {
    original = await filledDocx();
    result = await anonymiseCopy(original, { code: "J07", random: seed(42) });
    parts = await allParts(result.bytes);
  }, 120_000);

  test("the original really holds every identifying string (the test would prove nothing otherwise)", async () => {
    const before = Object.values(await allParts(original)).join("\n");
    for (const s of IDENTIFYING) expect({ s, found: before.includes(s) }).toEqual({ s, found: true });
  });

  test("no identifying string is left in any XML part of the package", () => {
    for (const [path, xml] of Object.entries(parts)) {
      const lower = xml.toLocaleLowerCase("nl");
      for (const s of IDENTIFYING)
        expect({ path, s, found: lower.includes(s.toLocaleLowerCase("nl")) }).toEqual({ path, s, found: false });
    }
  });

  test("personal initials are gone outside the template's own example text", () => {
    const strip = templateStrings();
    for (const [path, xml] of Object.entries(parts)) {
      let text = xml
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
      for (const t of strip) text = text.split(t).join("");
      for (const i of PERSONAL_INITIALS) {
        const hit = new RegExp(`(?<![\\p{L}\\p{N}])${i}(?![\\p{L}\\p{N}])`, "u").exec(text);
        expect({ path, i, context: hit ? text.slice(Math.max(0, hit.index - 60), hit.index + 60) : null }).toEqual({
          path,
          i,
          context: null,
        });
      }
    }
  });

  test("file name, new document id, document properties", async () => {
    expect(result.fileName).toBe("Onderzoek Handreiking Regie J07.docx");
    const before = await readCopy(original);
    const after = await readCopy(result.bytes);
    if (!before.ok || !after.ok) throw new Error("unreadable");
    expect(after.data.documentId).not.toBe(before.data.documentId);
    expect(after.data.versionId).not.toBe(before.data.versionId);
    expect(parts["docProps/core.xml"]).toMatch(/<dc:creator\/>|<dc:creator><\/dc:creator>/);
    expect(parts["docProps/core.xml"]).toMatch(/<cp:lastModifiedBy\/>|<cp:lastModifiedBy><\/cp:lastModifiedBy>/);
    expect(parts["docProps/core.xml"]).toContain("Onderzoek Handreiking Regie J07");
    expect(parts["docProps/custom.xml"]).not.toContain("property");
  });

  test("structure, municipality, indications, log kinds and intervals survive", async () => {
    const before = await readCopy(original);
    const after = await readCopy(result.bytes);
    if (!before.ok || !after.ok) throw new Error("unreadable");
    expect(Object.keys(after.boxTexts).sort()).toEqual(Object.keys(before.boxTexts).sort());
    expect(after.data.rowOrder).toEqual(before.data.rowOrder);
    expect(after.boxTexts.gemeente).toBe("Hengelo");
    expect(after.boxTexts.indicatie).toBe(before.boxTexts.indicatie);
    expect(after.boxTexts.initialen).toBe("J");
    expect(after.data.changeLog.map((e) => e.kind)).toEqual(before.data.changeLog.map((e) => e.kind));
    expect(after.data.changeLog.map((e) => e.boxKey)).toEqual(before.data.changeLog.map((e) => e.boxKey));
    const b = before.data.changeLog;
    const a = after.data.changeLog;
    for (let i = 1; i < b.length; i++) expect(days(a[i - 1]!.day, a[i]!.day)).toBe(days(b[i - 1]!.day, b[i]!.day));
    // dates in boxes move by the same offset as the log
    const offset = days(b[0]!.day, a[0]!.day);
    expect(Math.abs(offset)).toBeGreaterThanOrEqual(30);
    for (const key of ["datumMdo", "evaluatiedatum", "datumToestemming"]) {
      const iso0 = parseDutchDate(before.boxTexts[key]!)!;
      const iso1 = parseDutchDate(after.boxTexts[key]!)!;
      expect((Date.parse(iso1) - Date.parse(iso0)) / 86_400_000).toBe(offset);
    }
    expect(days(before.data.agreed!.day, after.data.agreed!.day)).toBe(offset);
    // the anonymised copy is itself a consistent form: every box equals its last attributed text
    for (const [key, text] of Object.entries(after.boxTexts))
      expect({ key, text }).toEqual({ key, text: after.data.lastAttributed[key] ?? "" });
    expect(after.storage).toBe("customXml");
  });

  test("codes are used consistently: step 2, the regisseur, stamps, the log", async () => {
    const after = await readCopy(result.bytes);
    if (!after.ok) throw new Error("unreadable");
    const rows = after.data.rowOrder.betrokkenen!;
    const cell = (r: number, c: string) => after.boxTexts[`betrokkenen.${rows[r]}.${c}`];
    expect([0, 1, 2, 3, 4].map((r) => cell(r, "naam"))).toEqual([
      "Jeugdige",
      "Ouder 1",
      "Professional A",
      "Professional B",
      "Professional C",
    ]);
    expect([0, 1, 2, 3, 4].map((r) => cell(r, "organisatie"))).toEqual([
      "Gezin",
      "Gezin",
      "Gemeente",
      "Zorgaanbieder A",
      "Gecertificeerde instelling",
    ]);
    expect(after.boxTexts.regisseur).toBe("Professional A (Gemeente)");
    expect(after.boxTexts.beheerder).toBe("Professional B (Zorgaanbieder A)");
    expect(after.boxTexts.takenRegisseur).toMatch(
      /^Professional A houdt overzicht; Professional A belt elke maand met Professional B\.\nPB \d{8}, Zorgaanbieder A: Overleg met Ouder 1 op \d\d-\d\d-\d{4}, tel\. \[telefoon\]\.$/,
    );
    // the town of an address goes with it, even the form's own municipality (issue 23: places)
    expect(after.boxTexts.hulpvraag).toBe(
      "Jeugdige gaat weer naar school en wil rust thuis. Jeugdige's vader Ouder 1 wil hulp bij de opvoeding. Adres: [adres], [postcode] [plaats].",
    );
    const signers = new Set(after.data.changeLog.map((e) => `${e.initials}|${e.organisation}|${e.name ?? ""}`));
    // the data part signs with initials and organisation only (issue 12 item 5): no name to replace
    expect([...signers].sort()).toEqual(
      ["PC|Gecertificeerde instelling|", "PA|Gemeente|", "PB|Zorgaanbieder A|"].sort(),
    );
    // the visible log shows the anonymised rows
    const xml = parts["word/document.xml"]!;
    expect(xml).toContain("Zorgaanbieder A");
    expect(xml).toContain("Professional A");
  });

  test("report: counts per kind and warnings, never a value", () => {
    const { counts, warnings } = result.report;
    expect(counts.names).toBeGreaterThan(10);
    expect(counts.phones).toBeGreaterThanOrEqual(7);
    expect(counts.emails).toBeGreaterThanOrEqual(3);
    expect(counts.postcodes).toBeGreaterThanOrEqual(1);
    expect(counts.bsn).toBeGreaterThanOrEqual(2);
    expect(counts.dates).toBeGreaterThanOrEqual(5);
    expect(counts.organisations).toBeGreaterThanOrEqual(3);
    expect(warnings).toContain("Vrije tekst kan nog namen bevatten die niet in het document als betrokkene staan.");
    const text = JSON.stringify(result.report) + JSON.stringify(result.form.summary);
    for (const s of IDENTIFYING) expect(text).not.toContain(s);
  });

  test("research summary", () => {
    const s = result.form.summary;
    expect(s.code).toBe("J07");
    expect(s.municipality).toBe("Hengelo");
    expect(s.indications).toEqual(["OB4b", "OB4c"]);
    expect(s.stepsFilled.stap2).toEqual(expect.objectContaining({ boxes: 26, filled: expect.any(Number) }));
    expect(s.stepsFilled.stap1!.filled).toBe(3);
    expect(s.rows).toEqual(
      Object.fromEntries(Object.entries(result.form.data.rowOrder).map(([f, k]) => [f, k.length])),
    );
    expect(s.rows.betrokkenen).toBe(5);
    expect(s.changes.map((c) => c.kind)).toEqual(result.form.data.changeLog.map((e) => e.kind));
    expect(new Set(s.changes.map((c) => c.orgType))).toEqual(
      new Set(["Zorgaanbieder", "Gemeente", "Gecertificeerde instelling"]),
    );
    expect(s.betrokkenen.map((b) => b.orgType)).toEqual([
      "Gezin",
      "Gezin",
      "Gemeente",
      "Zorgaanbieder",
      "Gecertificeerde instelling",
    ]);
  });

  test("deterministic for a seed", async () => {
    const again = await anonymiseCopy(original, { code: "J07", random: seed(42) });
    expect(again.form.data).toEqual(result.form.data);
    expect(again.form.boxTexts).toEqual(result.form.boxTexts);
  });
});
