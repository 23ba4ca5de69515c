// Two copies of one handreiking that went separate ways across an upgrade: copy A was upgraded to
// 1.1 (by an add-in of 1.1) and amended, copy B stayed on 1.0 and was amended there. A compares
// and merges B: B is upgraded in memory first, so its corrections land in the boxes that took
// over their text; a change to a box 1.1 no longer has is named, not lost silently. Every profile.
import { readCopy } from "../../src/document/read-data-part";
import { compareCopies, runAsTemplateVersion, type CopyState } from "../../src/domain";
import {
  dataPartInFile,
  ES,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(() => {
  runAsTemplateVersion("1.0");
  stopHost();
});

const SEPT_10 = () => new Date("2020-09-10T08:00:00Z");
const MARCH = () => new Date("2021-03-01T09:00:00Z");
const KJ = { initials: "KJ", organisation: "Jeugdbescherming Overijssel", name: "" };

async function copyOf(bytes: Uint8Array): Promise<CopyState> {
  const r = await readCopy(bytes);
  if (!r.ok) throw new Error(r.error);
  return { data: r.data, boxTexts: r.boxTexts };
}

describe.each(PROFILES)("%s", (profile) => {
  test("a 1.1 copy merges a diverged 1.0 copy: corrections follow their box, the log keeps both sides", async () => {
    // the agreed 1.0 form everyone received after the MDO
    let host = await startHost(profile, PLAIN);
    const made = gatewayFor();
    await made.convert(PH);
    await made.writeBox("hulpvraag", "Rust in het gezin.", PH);
    await made.writeBox("gaatGoed", "Sport.", PH);
    await made.writeBox("vervanger", "Jan (Ambiq)", PH);
    await made.agree("20200902", PH);
    const ancestor = await host.saveDocx();

    // copy B stays on 1.0 and is corrected there
    host = await startHost(profile, ancestor);
    const b = gatewayFor(SEPT_10);
    await b.open();
    await b.writeBox("gaatGoed", "Sport en muziek.", KJ);
    await b.writeBox("hulpvraag", "Rust in het gezin en op school.", KJ);
    await b.writeBox("vervanger", "Piet (Ambiq)", KJ);
    const copyB = await host.saveDocx();

    // copy A is upgraded to 1.1 and filled further
    runAsTemplateVersion("1.1");
    host = await startHost(profile, ancestor);
    const a = gatewayFor(MARCH);
    await a.open();
    await a.upgradeTemplate(ES);
    const before = await a.writeBox("crisisafspraken", "Bel de crisisdienst.", ES);

    const there = await copyOf(copyB);
    expect(there.data.templateVersion).toBe("1.0");
    expect(there.boxTexts.gaatGoed).toBe("Sport en muziek.");
    const cmp = compareCopies({ data: before.data!, boxTexts: before.boxTexts }, there);
    if (!cmp.ok) throw new Error(cmp.message);
    const status = Object.fromEntries(cmp.boxes.filter((x) => x.status !== "same").map((x) => [x.key, x.status]));
    expect(status).toEqual({
      hulpvraag: "changedThere",
      gaatGoedJeugdige: "changedThere",
      crisisafspraken: "changedHere",
    });
    expect(cmp.notes).toEqual([
      expect.stringMatching(
        /^In de andere kopie \(versie 1\.0\) is ‘Vervanger bij afwezigheid’ gewijzigd, een vak dat in versie 1\.1 niet meer bestaat\. .*‘Piet \(Ambiq\)’$/,
      ),
    ]);

    const merged = await a.mergeCopy(there, {}, ES, { fileName: "20200910 Handreiking Regie ES.docx" });
    expect(merged.boxTexts).toMatchObject({
      hulpvraag: "Rust in het gezin en op school.",
      gaatGoedJeugdige: "Sport en muziek.",
      crisisafspraken: "Bel de crisisdienst.",
    });
    expect(merged.data!.templateVersion).toBe("1.1");
    // both logs whole: B's three corrections (as B wrote them, with their 1.0 box keys) are in A's log
    const ids = new Set(merged.data!.changeLog.map((e) => e.id));
    for (const e of there.data.changeLog) expect(ids.has(e.id)).toBe(true);
    expect((await visibleLogRows()).length).toBe(merged.data!.changeLog.length);
    expect((await dataPartInFile(host))!.templateVersion).toBe("1.1");

    // saved and opened again in 1.1: nothing to report
    await startHost(profile, await host.saveDocx());
    const reopened = await gatewayFor(MARCH).open();
    expect({ problems: reopened.problems, outside: reopened.outsideEdits, upgrade: reopened.templateUpgrade }).toEqual({
      problems: [],
      outside: [],
      upgrade: null,
    });
  });

  test("a 1.0 document cannot take over a 1.1 copy: it must be upgraded first", async () => {
    runAsTemplateVersion("1.1");
    let host = await startHost(profile, PLAIN);
    runAsTemplateVersion("1.0");
    await gatewayFor().convert(PH);
    const ancestor = await host.saveDocx();
    runAsTemplateVersion("1.1");
    host = await startHost(profile, ancestor);
    const a = gatewayFor(MARCH);
    await a.open();
    await a.upgradeTemplate(ES);
    const newer = await copyOf(await host.saveDocx());

    host = await startHost(profile, ancestor);
    const old = gatewayFor(MARCH);
    const view = await old.open();
    const cmp = compareCopies({ data: view.data!, boxTexts: view.boxTexts }, newer);
    expect(cmp).toEqual({
      ok: false,
      reason: "otherVersion",
      message: expect.stringContaining("werk eerst dit document bij"),
    });
    await expect(said(old.mergeCopy(newer, {}, ES))).resolves.toMatch("Werk het eerst bij naar versie 1.1");
  });
});
