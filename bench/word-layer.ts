// Round trips and time per user action, measured on the Word host emulator. Round trips are
// what Word on the web pays for (each is a request to the server); the times are the
// emulator's own and only compare sizes with each other.
import { readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { createWordHost, type WordHost } from "word-host";
import type { ProfileName } from "word-host";
import { convertDocument } from "../src/word/convert";
import { createOfficeGateway, currentCapabilities } from "../src/word/office-gateway";
import { readForm } from "../src/word/read-form";
import { loadTemplateBase64FromDisk } from "./template-from-disk";
import { buildPlainHandreiking } from "../src/document/build-plain";
import { syntheticTemplate } from "../src/document/synthetic-template";
import { checkReadiness, expectedFileName, type Profile, type TemplateDef } from "../src/domain";
import { readCopy } from "../src/document/read-data-part";

const ROOT = path.resolve(__dirname, "..");
const PLAIN = readFileSync(path.join(ROOT, "assets/handreiking-regie.docx"));
const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };
const NOW = () => new Date("2020-09-02T08:00:00Z");

export interface Measure {
  action: string;
  profile: ProfileName;
  syncs: number;
  /** Median over the runs, milliseconds. */
  ms: number;
  runs: number;
}

let host: WordHost | null = null;
async function start(profile: ProfileName, docx: Uint8Array): Promise<WordHost> {
  host?.uninstall();
  host = await createWordHost({ profile, docx });
  host.install(globalThis as unknown as Record<string, unknown>);
  return host;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `setup` then times `action` `runs` times on fresh documents; syncs must not vary. */
async function measure(
  action: string,
  profile: ProfileName,
  runs: number,
  setup: () => Promise<() => Promise<unknown>>,
): Promise<Measure> {
  const times: number[] = [];
  const syncs = new Set<number>();
  for (let i = 0; i < runs; i++) {
    const act = await setup();
    const h = host!;
    h.syncCount = 0;
    const t0 = performance.now();
    await act();
    times.push(performance.now() - t0);
    syncs.add(h.syncCount);
  }
  if (syncs.size !== 1) throw new Error(`${action}: round trips varied between runs (${[...syncs].join(", ")})`);
  return { action, profile, syncs: [...syncs][0]!, ms: Math.round(median(times) * 10) / 10, runs };
}

async function formGateway(profile: ProfileName) {
  await start(profile, PLAIN);
  const gateway = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
  await gateway.convert(PH);
  await gateway.open();
  return gateway;
}

export async function benchWordLayer(runs: number, profiles: ProfileName[]): Promise<Measure[]> {
  const out: Measure[] = [];
  for (const profile of profiles) {
    out.push(
      await measure("convert (handreiking)", profile, runs, async () => {
        await start(profile, PLAIN);
        return () => Word.run((ctx) => convertDocument(ctx, currentCapabilities(), { signer: PH, now: NOW() }));
      }),
    );
    out.push(
      await measure("open pane on a form (read)", profile, runs, async () => {
        await formGateway(profile);
        return () => Word.run((ctx) => readForm(ctx, currentCapabilities(), { log: "tail" })); // as the pane opens
      }),
    );
    out.push(
      await measure("save a box", profile, runs, async () => {
        const g = await formGateway(profile);
        return () => g.writeBox("hulpvraag", "Rust en duidelijkheid in huis.", PH);
      }),
    );
    out.push(
      await measure("amend a box (after agreement)", profile, runs, async () => {
        const g = await formGateway(profile);
        await g.agree("20200902", PH);
        return () => g.amend("hulpvraag", "Wisseling van behandelaar voor cliënt ES.", PH);
      }),
    );
    out.push(
      await measure("add a row", profile, runs, async () => {
        const g = await formGateway(profile);
        return () => g.addRow("doelen", PH);
      }),
    );
    out.push(
      await measure("attribute 2 outside edits", profile, runs, async () => {
        const g = await formGateway(profile);
        host!.user.typeInControl("hr:zorgen", "Schoolverzuim");
        host!.user.typeInControl("hr:gaatGoed", "Opa helpt mee");
        const view = await g.open();
        // each edit needs its author (an edit without one is refused)
        return () =>
          g.attributeOutsideEdits(
            view.outsideEdits.map((e) => ({
              ...e,
              author: { kind: "person" as const, initials: "ES", organisation: "Gemeente Hengelo" },
            })),
            PH,
          );
      }),
    );
    out.push(
      await measure("save and send (re-read, checks, save under the name)", profile, runs, async () => {
        const g = await formGateway(profile);
        await g.writeBox("initialen", "ES", PH);
        return async () => {
          // as the pane does: read the document again, check it, then save (where Word can)
          const view = await g.open();
          checkReadiness({ values: view.values, boxTexts: view.boxTexts, data: view.data! });
          const name = expectedFileName(view.values, view.data!.changeLog);
          if (name.ok) await g.saveWithName(name.name);
        };
      }),
    );
    out.push(
      await measure("merge another copy (re-read, then write)", profile, runs, async () => {
        const ancestor = await (async () => {
          const g = await formGateway(profile);
          await g.writeBox("initialen", "ES", PH);
          return host!.saveDocx();
        })();
        await start(profile, ancestor);
        const other = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
        await other.open();
        await other.writeBox("afstemming", "Elke zes weken overleg.", PH);
        const read = await readCopy(await host!.saveDocx());
        if (!read.ok) throw new Error(read.error);
        await start(profile, ancestor);
        const g = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
        await g.open();
        return () => g.mergeCopy({ data: read.data, boxTexts: read.boxTexts }, {}, PH);
      }),
    );
    out.push(
      await measure("new handreiking (insert + convert)", profile, runs, async () => {
        host?.uninstall();
        host = await createWordHost({ profile });
        host.install(globalThis as unknown as Record<string, unknown>);
        const g = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
        return () => g.newDocument(PH);
      }),
    );
  }
  host?.uninstall();
  host = null;
  return out;
}

export async function benchConvertSizes(runs: number, sizes: number[]): Promise<Measure[]> {
  const out: Measure[] = [];
  for (const n of sizes) {
    const template: TemplateDef = syntheticTemplate(n);
    const docx = await buildPlainHandreiking(template);
    out.push(
      await measure(`convert ${n} boxes`, "web", runs, async () => {
        await start("web", docx);
        return () => Word.run((ctx) => convertDocument(ctx, currentCapabilities(), { signer: PH, template }));
      }),
    );
  }
  host?.uninstall();
  host = null;
  return out;
}
