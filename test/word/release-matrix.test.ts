// The compatibility matrix across add-in releases, beside the Word-version matrix (versions.test.ts):
// earlier releases' src/ taken from git (releases.ts) and this one drive one document through the
// real Word layer on the emulator, in both directions: created, filled and agreed in one, amended
// with a stamp in the other, amended again in the first, two copies made by different releases
// merged (by each), a research copy by each, and every output opened and its log checked by the
// other release. Counted at every step: findings (problems, outside edits, log findings) and data
// part fields lost. docs/data-format-versions.md explains the table this suite prints.
import type { Profile, ForeignElement } from "../../src/domain";
import { DATA_PART_NAMESPACE, parseDataPart, sealNewEntries, serializeDataPart, type DataPart } from "../../src/domain";
import { fieldsLost } from "./fields-lost";
import { partsInPackage, replaceDataParts, startHost, stopHost, PLAIN } from "handreiking-fixtures/harness";
import { extractRelease, loadRelease, removeRelease, THIS_RELEASE, type Release } from "./releases";

/** The last release that landed (it keeps fields it does not know, data format 2). */
const KEEPS_UNKNOWN = "f28dcbb";
/** The release before data format 2 (format 1: strips what it does not know). */
const FORMAT_1 = "d01b405";

const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };
const ES: Profile = { initials: "ES", organisation: "Gemeente Hengelo", name: "" };
const at = (day: string) => () => new Date(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T09:00:00Z`);

/** What a format-1 add-in drops writing a format-2 document: the format record and where sealing began. */
const FORMAT_1_DROPS = ["addinVersion", "formatVersion", "sealedFrom"];
/** …and the SHA-256 chain of every entry (the older chain it keeps and checks). */
const FORMAT_1_DROPS_CHAIN = ["log[*].prevSeal", "log[*].seal", "log[*].stateSeal", "log[*].textSeal"];

/** Each journey takes 16–31 s on a loaded machine; room for one under a much heavier load. */
const JOURNEY_TIMEOUT = 300_000;

const dirs = new Map<string, string | null>();
for (const commit of [KEEPS_UNKNOWN, FORMAT_1]) dirs.set(commit, extractRelease(commit, "matrix"));
afterAll(() => {
  stopHost();
  for (const dir of dirs.values()) removeRelease(dir);
  console.log(
    [
      "| release → release: step (made by) | findings | content fields lost | chain fields dropped | upgrade entries |",
      "| --- | --- | --- | --- | --- |",
      ...matrix,
    ].join("\n"),
  );
});

const matrix: string[] = [];

/** The data part in the file as this release reads it (it keeps every field, known or not). */
async function dataOf(bytes: Uint8Array): Promise<DataPart> {
  const read = await THIS_RELEASE.readCopy(bytes);
  if (!read.ok) throw new Error(read.error);
  return read.data;
}

interface Finding {
  checker: string;
  id: string;
  entries?: number[];
}

/** `checker` opens the file in Word and checks its log: every problem, outside edit and log finding. */
async function findingsBy(checker: Release, bytes: Uint8Array): Promise<Finding[]> {
  await startHost("desktop", bytes);
  const view = await checker.gateway(at("20201101")).open();
  const read = await checker.readCopy(bytes);
  if (!read.ok) return [{ checker: checker.name, id: `readCopy: ${read.error}` }];
  const logFindings = (await checker.logFindings(read.data)) as { id: string; entries?: number[] }[];
  return [
    ...view.problems.map((p) => ({ checker: checker.name, id: `problem ${p.id}` })),
    ...view.outsideEdits.map((e) => ({ checker: checker.name, id: `outside edit ${e.key}` })),
    ...logFindings.map((f) => ({ checker: checker.name, id: `log ${f.id}`, entries: f.entries })),
  ];
}

const shown = (f: Finding) => `${f.checker}: ${f.id}${f.entries ? ` (regel ${f.entries.join(", ")})` : ""}`;

interface Row {
  label: string;
  by: string;
  findings: Finding[];
  /** The data formats of the step's inputs (undefined: format 1). */
  inputFormats: (string | undefined)[];
  /** Indexes of the output's entries taken over from another copy (ChangeEntry.uncheckedCopy). */
  unchecked: number[];
  content: string[];
  chain: string[];
  /** Log entries of the format upgrade this step added. */
  upgrades: number;
}

const UPGRADE = /^Gegevens bijgewerkt naar gegevensformaat 2\.0 /;

/** One row: the output checked by both releases, the fields lost against the inputs, the upgrades logged. */
async function record(
  label: string,
  by: Release,
  inputs: Uint8Array[],
  after: Uint8Array,
  pair: [Release, Release],
): Promise<Row> {
  const findings: Finding[] = [];
  for (const checker of pair) findings.push(...(await findingsBy(checker, after)));
  const before = await Promise.all(inputs.map(dataOf));
  const out = await dataOf(after);
  const { content, chain } = fieldsLost(before, out);
  const known = new Set(before.flatMap((d) => d.changeLog.map((e) => e.id)));
  const upgrades = out.changeLog.filter((e) => !known.has(e.id) && UPGRADE.test(e.description)).length;
  const list = (xs: string[]) => (xs.length ? xs.join(", ") : "0");
  matrix.push(
    `| ${pair[0].name} → ${pair[1].name}: ${label} (${by.name}) | ${findings.length ? findings.map(shown).join("; ") : "0"} | ${list(content)} | ${list(chain)} | ${upgrades} |`,
  );
  const unchecked = out.changeLog.flatMap((e, i) => (e.uncheckedCopy ? [i] : []));
  const inputFormats = before.map((d) => d.formatVersion);
  return { label, by: by.name, findings, inputFormats, unchecked, content, chain, upgrades };
}

/** What an add-in of a later minor format writes (as in format-versions.test.ts): fields of its own, sealed. */
async function writtenByFuture(bytes: Uint8Array): Promise<Uint8Array> {
  const host = await startHost("desktop", bytes);
  const parsed = parseDataPart(partsInPackage(host, DATA_PART_NAMESPACE)[0]!);
  if (!parsed.ok) throw new Error(parsed.error);
  const el = (name: string, text: string): ForeignElement => ({
    ns: "urn:handreiking-regie:twente:toekomst",
    name,
    attributes: [],
    content: [text],
  });
  const log = parsed.data.changeLog.map((e) => ({ ...e, foreign: [el("bron", `invoer ${e.id}`)] }));
  const future = await sealNewEntries(
    { ...parsed.data, formatVersion: "2.9", addinVersion: "9.0.0", foreign: [el("kenmerk", "T-42")], changeLog: log },
    log.length,
  );
  replaceDataParts(host, serializeDataPart(future));
  return host.saveDocx();
}

/** `by` opens `bytes`, does `work` through its Word layer, and the saved file is returned. */
async function inWord(
  by: Release,
  bytes: Uint8Array,
  day: string,
  work: (g: ReturnType<Release["gateway"]>) => Promise<unknown>,
): Promise<Uint8Array> {
  const host = await startHost("desktop", bytes);
  const g = by.gateway(at(day));
  const view = await g.open();
  expect({ by: by.name, problems: view.problems, outsideEdits: view.outsideEdits }).toEqual({
    by: by.name,
    problems: [],
    outsideEdits: [],
  });
  await work(g);
  return host.saveDocx();
}

/**
 * The journey of one document between `first` and `second`. Returns every step's findings and lost
 * fields; `future`: a later add-in wrote fields of its own into the document after it was made.
 */
async function journey(first: Release, second: Release, future: boolean): Promise<Row[]> {
  const pair: [Release, Release] = [first, second];
  const rows: Row[] = [];
  const step = async (label: string, by: Release, inputs: Uint8Array[], after: Uint8Array) =>
    rows.push(await record(label, by, inputs, after, pair));

  const host = await startHost("desktop", PLAIN);
  const g = first.gateway(at("20200902"));
  await g.convert(PH);
  await g.writeBox("initialen", "JB", PH);
  await g.writeBox("zorgen", "Zorgen om school.", PH);
  await g.writeBox("afstemming", "Elke zes weken overleg.", PH);
  await g.agree("20200902", PH, { missing: ["nog niet alles"], reason: "Rest volgt in het volgende MDO." });
  const made = await host.saveDocx();
  await step("create, fill, agree", first, [made], made);
  let file = made;
  if (future) {
    file = await writtenByFuture(made);
    await step("fields of a later add-in (format 2.9) added", THIS_RELEASE, [made], file);
  }

  const amended = await inWord(second, file, "20200910", (g) => g.amend("zorgen", "Ook thuis zorgen.", ES));
  await step("amend with stamp", second, [file], amended);
  const again = await inWord(first, amended, "20200915", (g) => g.amend("afstemming", "Bij crisis direct bellen.", PH));
  await step("amend again", first, [amended], again);

  // Two copies go their own way, one per release, and each release merges the other's copy into its own.
  const copyBySecond = await inWord(second, again, "20200920", (g) => g.writeBox("gaatGoed", "Opa helpt mee.", ES));
  await step("copy B: box filled", second, [again], copyBySecond);
  const copyByFirst = await inWord(first, again, "20200921", (g) => g.writeBox("vervanger", "M. Meijer (Ambiq)", PH));
  await step("copy A: box filled", first, [again], copyByFirst);
  const mergeInto = async (by: Release, own: Uint8Array, other: Uint8Array) => {
    const there = await by.readCopy(other);
    if (!there.ok) throw new Error(there.error);
    return inWord(by, own, "20200922", (g) =>
      g.mergeCopy({ data: there.data, boxTexts: there.boxTexts }, {}, by === first ? PH : ES, {
        fileName: "20200921 Handreiking Regie JB.docx",
      }),
    );
  };
  const mergedByFirst = await mergeInto(first, copyByFirst, copyBySecond);
  await step("copy B merged into copy A", first, [copyByFirst, copyBySecond], mergedByFirst);
  const mergedBySecond = await mergeInto(second, copyBySecond, copyByFirst);
  await step("copy A merged into copy B", second, [copyBySecond, copyByFirst], mergedBySecond);
  for (const merged of [mergedByFirst, mergedBySecond]) {
    const read = await THIS_RELEASE.readCopy(merged);
    if (!read.ok) throw new Error(read.error);
    expect(read.boxTexts).toMatchObject({ gaatGoed: "Opa helpt mee.", vervanger: "M. Meijer (Ambiq)" });
    expect(read.boxTexts.zorgen).toContain("Ook thuis zorgen.");
    expect(read.boxTexts.afstemming).toContain("Bij crisis direct bellen.");
  }

  // A research copy by each release; both read it and check its log. Not compared field by field:
  // the research copy drops what it cannot anonymise by design (docs/data-format-versions.md).
  for (const by of pair) {
    const copy = await by.researchCopy(mergedByFirst);
    const findings: Finding[] = [];
    for (const checker of pair) {
      const read = await checker.readCopy(copy);
      if (!read.ok) findings.push({ checker: checker.name, id: `readCopy: ${read.error}` });
      else
        for (const f of (await checker.logFindings(read.data)) as { id: string; entries?: number[] }[])
          findings.push({ checker: checker.name, id: `log ${f.id}`, entries: f.entries });
    }
    const label = "research copy of the merged copy A";
    rows.push({ label, by: by.name, findings, inputFormats: [], unchecked: [], content: [], chain: [], upgrades: 0 });
    matrix.push(
      `| ${first.name} → ${second.name}: ${label} (${by.name}) | ${findings.length ? findings.map(shown).join("; ") : "0"} | n/a | n/a | — |`,
    );
  }
  if (future) {
    const end = await dataOf(mergedByFirst);
    expect(end.foreign).toEqual([expect.objectContaining({ name: "kenmerk" })]);
    const first4 = end.changeLog.slice(0, (await dataOf(made)).changeLog.length);
    expect(first4.every((e) => e.foreign?.[0]?.name === "bron")).toBe(true);
  }
  return rows;
}

const names = (commit: string) => ({ old: commit, dir: dirs.get(commit) ?? null });

describe.each([KEEPS_UNKNOWN, FORMAT_1].map(names))("release $old and this one", ({ old, dir }) => {
  const run = dir ? test : test.skip;
  let previous: Release;
  beforeAll(() => {
    if (dir) previous = loadRelease(old, dir, `0.1.0+${old}`);
  });

  /**
   * Every step: no finding, but one: the format-1 release reports the entries this release took
   * over in a merge as changed (they carry uncheckedCopy, which it drops, and the first chain's hash
   * covers it since f28dcbb; docs/data-format-versions.md). Lost: only what `old` drops by design,
   * only where it wrote over a format-2 part; chain fields only where entries were sealed again.
   * The format upgrade is logged once by each write of this release to a format-1 part.
   */
  function expectRows(rows: Row[]): void {
    const format1 = old === FORMAT_1;
    for (const row of rows) {
      const mergedHere = row.by === THIS_RELEASE.name && row.unchecked.length > 0;
      const falseAlarm: Finding[] =
        format1 && mergedHere
          ? [
              { checker: old, id: "problem entryChanged" },
              // 1-based, as in the visible log
              { checker: old, id: "log entryChanged", entries: row.unchecked.map((i) => i + 1) },
            ]
          : [];
      expect({ step: row.label, by: row.by, findings: row.findings }).toEqual({
        step: row.label,
        by: row.by,
        findings: falseAlarm,
      });
      const overFormat2 = row.inputFormats.some((f) => f !== undefined);
      const oldDrops = format1 && row.by === old && overFormat2;
      expect({ step: row.label, by: row.by, content: row.content }).toEqual({
        step: row.label,
        by: row.by,
        content: oldDrops ? FORMAT_1_DROPS : [],
      });
      // a merge seals the other copy's entries again (so does the later add-in of writtenByFuture)
      const resealed = row.label.includes(" merged into ") || row.label.startsWith("fields of a later add-in");
      const allowed = [
        ...(oldDrops ? FORMAT_1_DROPS_CHAIN : []),
        ...(resealed ? ["log[*].stateHash", "log[*].stateSeal"] : []),
      ];
      expect(row.chain.filter((f) => !allowed.includes(f))).toEqual([]);
      const upgrades =
        row.by === THIS_RELEASE.name && row.inputFormats[0] === undefined && row.inputFormats.length ? 1 : 0;
      expect({ step: row.label, by: row.by, upgrades: row.upgrades }).toEqual({
        step: row.label,
        by: row.by,
        upgrades,
      });
    }
  }

  run(
    "made in the old release, on in this one and back: every step checked by both",
    async () => {
      expectRows(await journey(previous, THIS_RELEASE, old === KEEPS_UNKNOWN));
    },
    JOURNEY_TIMEOUT,
  );

  run(
    "made in this release, on in the old one and back: every step checked by both",
    async () => {
      expectRows(await journey(THIS_RELEASE, previous, old === KEEPS_UNKNOWN));
    },
    JOURNEY_TIMEOUT,
  );
});
