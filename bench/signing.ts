// Signed entries: what signing adds to one write and what checking the log's signatures costs.
// node scripts/ts-run.cjs bench/signing.ts [-- --runs N]
import {
  checkSignatures,
  createEntry,
  entryKeyOf,
  generateSigningKey,
  loadKeyRing,
  newDataPart,
  publicKeyText,
  sealNewEntries,
  serializeDataPart,
  signKeyList,
  type DataPart,
} from "../src/domain";
import { grid } from "./grid";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 30;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const PH = { initials: "PH", organisation: "Ambiq" };

async function logOf(n: number, key: Awaited<ReturnType<typeof entryKeyOf>> | null): Promise<DataPart> {
  let data = newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" });
  const start = Date.UTC(2020, 8, 1, 8);
  for (let i = 0; i < n; i++) {
    const e = createEntry({ kind: "edit", description: `Wijziging ${i}.` }, PH, new Date(start + i * 60_000));
    data = await sealNewEntries({ ...data, changeLog: [...data.changeLog, e] }, 1, key);
  }
  return data;
}

async function main(): Promise<void> {
  const keys = await generateSigningKey();
  const key = await entryKeyOf(keys);
  const org = await generateSigningKey();
  const orgPublic = await publicKeyText(org.publicKey);
  const ring = await loadKeyRing(
    {
      lists: [
        await signKeyList(
          {
            format: "handreiking-regie-sleutellijst",
            version: 1,
            organisation: "Ambiq",
            issued: "20200801",
            keys: [{ initials: "PH", publicKey: await publicKeyText(keys.publicKey) }],
          },
          org.privateKey,
          orgPublic,
        ),
      ],
    },
    [{ organisation: "Ambiq", publicKey: orgPublic }],
  );
  const base = await logOf(100, key);
  const seal = async (k: typeof key | null): Promise<number> => {
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const e = createEntry({ kind: "edit", description: "Nog een." }, PH, new Date(Date.UTC(2020, 9, 1, 8)));
      const t = performance.now();
      await sealNewEntries({ ...base, changeLog: [...base.changeLog, e] }, 1, k);
      times.push(performance.now() - t);
    }
    return median(times);
  };
  const unsigned = await seal(null);
  const signed = await seal(key);
  console.log(`Sealing one new entry after 100 (median of ${RUNS}, ms):`);
  console.log(
    grid(
      ["", "ms"],
      [
        ["unsigned", unsigned.toFixed(2)],
        ["signed", signed.toFixed(2)],
      ],
    ),
  );
  const rows: string[][] = [];
  for (const n of [100, 1000, 5000]) {
    const data = await logOf(n, key);
    const plain = await logOf(Math.min(n, 100), null);
    const t = performance.now();
    const check = await checkSignatures(data.changeLog, ring);
    const ms = performance.now() - t;
    const perEntry =
      (serializeDataPart(data).length -
        serializeDataPart({ ...data, changeLog: data.changeLog.slice(0, 100) }).length) /
      Math.max(1, n - 100);
    const plainPerEntry =
      n > 100 ? "" : ((serializeDataPart(data).length - serializeDataPart(plain).length) / n).toFixed(0);
    rows.push([
      String(n),
      ms.toFixed(0),
      (ms / n).toFixed(3),
      String(check.problems.length),
      n > 100 ? perEntry.toFixed(0) : "",
      plainPerEntry,
    ]);
  }
  console.log("Checking every signature of a log (one run):");
  console.log(
    grid(
      ["entries", "check ms", "ms per entry", "problems", "bytes per signed entry", "bytes signature adds per entry"],
      rows,
    ),
  );
}

void main();
