// Signed entries and the add-in version before them (main at f28dcbb: data format 2, SHA-256
// seals, unknown entry fields kept, foreign-xml.ts). That version reads keyId and signature as
// unknown fields: it must keep them, find no break in a signed log, and add its own (unsigned)
// entries; this version then still verifies the signatures it wrote. The old domain code is taken
// from git into a folder inside the repository (so its imports resolve), as previous-release.test.ts.
import { execFileSync } from "child_process";
import { mkdirSync, rmSync } from "fs";
import path from "path";
import {
  adoptEntry,
  checkLog,
  checkSignatures,
  createEntry,
  entryKeyOf,
  generateSigningKey,
  newDataPart,
  parseDataPart,
  sealNewEntries,
  serializeDataPart,
  stampedByThisAddin,
  toTableRow,
  verifiedAdopted,
  type DataPart,
} from "../../src/domain";
import { ambiqRingFor } from "../keys/key-lists";

/** The last version before signed entries. */
const BEFORE_SIGNING = "f28dcbb";
const ROOT = path.resolve(__dirname, "../..");
const OLD = path.join(ROOT, ".previous-format2");

function extracted(): boolean {
  try {
    execFileSync("git", ["cat-file", "-e", `${BEFORE_SIGNING}^{commit}`], { cwd: ROOT, stdio: "ignore" });
  } catch {
    return false;
  }
  rmSync(OLD, { recursive: true, force: true });
  mkdirSync(OLD, { recursive: true });
  const tar = execFileSync("git", ["archive", BEFORE_SIGNING, "src/domain"], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", OLD], { input: tar });
  return true;
}

const available = extracted();
if (!available) {
  if (process.env.CI === "true") throw new Error(`Commit ${BEFORE_SIGNING} is missing from the clone.`);
  console.warn(`Skipped: commit ${BEFORE_SIGNING} is not in this clone.`);
}
afterAll(() => rmSync(OLD, { recursive: true, force: true }));

interface OldDomain {
  parseDataPart: typeof parseDataPart;
  serializeDataPart: typeof serializeDataPart;
  sealNewEntries: (d: DataPart, n: number) => Promise<DataPart>;
  checkLog: (d: DataPart, rows: string[][]) => Promise<{ findings: unknown[] }>;
  createEntry: typeof createEntry;
  toTableRow: typeof toTableRow;
  stampedByThisAddin: typeof stampedByThisAddin;
}

function oldDomain(): OldDomain {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(OLD, "src/domain/index.ts")) as OldDomain;
}

const PH = { initials: "PH", organisation: "Ambiq" };
const ES = { initials: "ES", organisation: "Gemeente Hengelo" };
const at = (day: number) => new Date(Date.UTC(2020, 8, day, 8));

(available ? describe : describe.skip)(`the version before signing (${BEFORE_SIGNING}) on a signed log`, () => {
  test("keeps the signatures as unknown fields, reports nothing, adds its own entry; the signatures still verify", async () => {
    const old = oldDomain();
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    // written and signed in this version
    let data: DataPart = {
      ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
      lastAttributed: { zorgen: "Zorgen om school" },
      changeLog: [createEntry({ kind: "created", description: "Aangemaakt." }, PH, at(1))],
    };
    data = await sealNewEntries(stampedByThisAddin(data), 1, await entryKeyOf(ph));
    const xml1 = serializeDataPart(data);

    // read and amended in the version before signing
    const read1 = old.parseDataPart(xml1);
    if (!read1.ok) throw new Error(read1.error);
    expect(read1.data.changeLog[0]?.foreign?.map((f) => f.name).sort()).toEqual(["keyId", "signature"]);
    expect(
      (
        await old.checkLog(
          read1.data,
          read1.data.changeLog.map((e) => old.toTableRow(e)),
        )
      ).findings,
    ).toEqual([]);
    const edit = old.createEntry({ kind: "edit", description: "Gewijzigd.", boxKey: "zorgen" }, ES, at(2));
    const oldData = await old.sealNewEntries(
      old.stampedByThisAddin({
        ...read1.data,
        lastAttributed: { zorgen: "Zorgen om school en thuis" },
        changeLog: [...read1.data.changeLog, edit],
      }),
      1,
    );
    const xml2 = old.serializeDataPart(oldData);

    // read in this version: no alarm, PH's signature verifies, ES's entry unsigned (Hengelo has no list here)
    const read2 = parseDataPart(xml2);
    if (!read2.ok) throw new Error(read2.error);
    expect(
      (
        await checkLog(
          read2.data,
          read2.data.changeLog.map((e) => toTableRow(e)),
        )
      ).findings,
    ).toEqual([]);
    expect(read2.data.changeLog[0]?.signature).toBe(data.changeLog[0]?.signature);
    const check = await checkSignatures(read2.data.changeLog, ring);
    expect(check.statuses.map((s) => s.kind)).toEqual(["known", "unsigned"]);
    expect(check.problems).toEqual([]);
  });

  test("a merged log with an adopted signed entry: no findings there; after its edit the signature still verifies", async () => {
    const old = oldDomain();
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    const base = { ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }), lastAttributed: {} };
    const here = await sealNewEntries(
      stampedByThisAddin({
        ...base,
        changeLog: [createEntry({ kind: "created", description: "Aangemaakt." }, ES, at(1))],
      }),
      1,
    );
    const there = await sealNewEntries(
      stampedByThisAddin({ ...base, changeLog: [createEntry({ kind: "edit", description: "Gewijzigd." }, PH, at(2))] }),
      1,
      await entryKeyOf(ph),
    );
    // merged as src/word/merge.ts does: the other copy's entry adopted, a merge entry, sealed again
    const summary = createEntry({ kind: "merge", description: "Samengevoegd." }, ES, at(3));
    const merged = await sealNewEntries(
      { ...here, changeLog: [...here.changeLog, adoptEntry(there.changeLog[0]!), summary] },
      2,
    );

    const read1 = old.parseDataPart(serializeDataPart(merged));
    if (!read1.ok) throw new Error(read1.error);
    expect(read1.data.changeLog[1]?.foreign?.map((f) => f.name)).toEqual(["signedAs"]);
    expect(
      (
        await old.checkLog(
          read1.data,
          read1.data.changeLog.map((e) => old.toTableRow(e)),
        )
      ).findings,
    ).toEqual([]);
    const edit = old.createEntry({ kind: "edit", description: "Gewijzigd." }, ES, at(4));
    const oldData = await old.sealNewEntries(
      old.stampedByThisAddin({ ...read1.data, changeLog: [...read1.data.changeLog, edit] }),
      1,
    );

    const read2 = parseDataPart(old.serializeDataPart(oldData));
    if (!read2.ok) throw new Error(read2.error);
    expect(
      (
        await checkLog(
          read2.data,
          read2.data.changeLog.map((e) => toTableRow(e)),
        )
      ).findings,
    ).toEqual([]);
    const check = await checkSignatures(read2.data.changeLog, ring);
    expect(check.statuses.map((s) => s.kind)).toEqual(["unsigned", "known", "unsigned", "unsigned"]);
    expect(verifiedAdopted(check.statuses[1])).toBe(true);
  });
});
