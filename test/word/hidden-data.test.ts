// What the saved document carries that nobody sees: the profile's name never (the data part
// signs with initials and organisation, as the stamps do), and quarantined data reported and
// removable, with the removal logged.
import JSZip from "jszip";
import { newDataPart, serializeDataPart, TEMPLATE, type Profile } from "../../src/domain";
import {
  gatewayFor,
  PH,
  PLAIN,
  replaceDataParts,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";
import { said } from "./said";

afterAll(stopHost);

const NAMED: Profile = { initials: "PH", organisation: "Ambiq", name: "Pieter Hendriks" };

async function packageText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
  return (await Promise.all(files.map((f) => f.async("string")))).join("\n");
}

test.each(["desktop", "office2019"] as const)(
  "%s: the profile's name is only in the box that asks for it (Beheerder); initials and organisation sign every entry",
  async (profile) => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(NAMED);
    await gateway.writeBox("hulpvraag", "Weer naar school.", NAMED);
    await gateway.agree("20200902", NAMED);
    const view = await gateway.amend("hulpvraag", "Ook rust thuis.", NAMED);
    expect(view.data!.changeLog.length).toBeGreaterThan(2);
    for (const e of view.data!.changeLog)
      expect([e.initials, e.organisation, e.name]).toEqual(["PH", "Ambiq", undefined]);
    expect(view.boxTexts.beheerder).toBe("Pieter Hendriks (Ambiq)"); // the form asks for the beheerder's name
    const all = await packageText(await host.saveDocx());
    // the beheerder box's text, in the box and as its attributed text: nowhere else
    const elsewhere = all.split("Pieter Hendriks (Ambiq)").join("");
    expect(elsewhere).not.toContain("Pieter");
    expect(elsewhere).not.toContain("Hendriks");
    expect(all.split("Pieter Hendriks (Ambiq)").length - 1).toBe(2); // the box, and its attributed text in the data part
    expect(all).toContain("PH 20200902, Ambiq");
  },
);

/** Another family's form data (client "KL"), as if pasted in with content from another document. */
function otherFamilysForm(): string {
  const data = newDataPart({
    templateId: TEMPLATE.templateId,
    templateVersion: TEMPLATE.version,
    documentId: "0ther-fam1ly-id",
  });
  return serializeDataPart({
    ...data,
    lastAttributed: { initialen: "KL", hulpvraag: "Kees Lammers wil een andere school." },
  });
}

async function packageOf(host: { saveDocx(): Promise<Uint8Array> }): Promise<string> {
  return packageText(await host.saveDocx());
}

test("desktop: another family's form data set aside by the repair is reported (what, how large, whose) and removed with a log entry", async () => {
  const host = await startHost("desktop", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.writeBox("initialen", "ES", PH);
  await gateway.writeBox("hulpvraag", "Naar school.", PH);
  await gateway.writeBox("hulpvraag", "Weer naar school.", PH);
  await Word.run(async (ctx) => {
    ctx.document.customXmlParts.add(otherFamilysForm());
    await ctx.sync();
  });
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["dataSeveral"]);
  await gateway.repair(PH);

  const hidden = await gateway.hiddenData();
  // before agreement the log keeps no earlier texts: the saves are one fill session (fill-session.ts)
  expect(hidden).toMatchObject({
    logEntries: expect.any(Number),
    earlierTexts: 0,
    archiveParts: 0,
    archivedEntries: 0,
  });
  expect(hidden.dataPartSize).toBeGreaterThan(1000);
  expect(hidden.quarantine).toEqual([
    {
      id: expect.any(String),
      day: "20200902",
      reason: "Tweede set formuliergegevens in hetzelfde document",
      size: expect.any(Number),
      documentId: "0ther-fam1ly-id",
      clientInitials: "KL",
    },
  ]);
  expect(hidden.quarantine[0]!.size).toBeGreaterThan(200);
  expect(await packageOf(host)).toContain("Kees Lammers");

  const view = await gateway.removeQuarantined(hidden.quarantine[0]!.id, PH);
  const last = view.data!.changeLog.at(-1)!;
  expect(last).toMatchObject({ kind: "repair", initials: "PH", organisation: "Ambiq" });
  expect(last.description).toMatch(
    /^Apart bewaarde gegevens verwijderd \(\d+ (tekens|kB), apart gezet op 20200902\)\.$/,
  );
  expect((await gateway.hiddenData()).quarantine).toEqual([]);
  expect(hidden.logEntries + 1).toBe((await gateway.hiddenData()).logEntries);
  const saved = await packageOf(host);
  for (const s of ["Kees Lammers", "0ther-fam1ly-id", "urn:handreiking-regie:twente:quarantine:1"])
    expect(saved).not.toContain(s);
  // the visible log shows the removal too
  expect((await visibleLogRows()).at(-1)!.join(" ")).toContain("Apart bewaarde gegevens verwijderd");
  await expect(said(gateway.removeQuarantined(hidden.quarantine[0]!.id, PH))).resolves.toMatch(
    "Deze apart bewaarde gegevens staan niet (meer) in het document.",
  );
});

test("a Word without custom XML parts: damaged data set aside in the settings is reported and removed; the settings are saved", async () => {
  const host = await startHost("office2019", PLAIN, { withoutSets: ["CustomXmlParts"] });
  const gateway = gatewayFor();
  await gateway.convert(PH);
  host.Office.context.document.settings.set("handreikingRegie.dataPart", "<form kapot, Kees Lammers");
  await new Promise((r) => host.Office.context.document.settings.saveAsync(() => r(undefined)));
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["dataUnreadable"]);
  await gateway.repair(PH);
  const hidden = await gateway.hiddenData();
  expect(hidden.quarantine).toHaveLength(1);
  expect(hidden.quarantine[0]).toMatchObject({
    id: "settings:0",
    day: "20200902",
    documentId: null,
    clientInitials: null,
    size: "<form kapot, Kees Lammers".length,
  });
  expect(hidden.quarantine[0]!.reason).toMatch(/gegevensdeel/);
  expect(await packageOf(host)).toContain("Kees Lammers");
  await gateway.removeQuarantined("settings:0", PH);
  expect((await gateway.hiddenData()).quarantine).toEqual([]);
  expect(await packageOf(host)).not.toContain("Kees Lammers");
});

test("office2019: unreadable data set aside in a Common API part is reported and removed, with the removal logged", async () => {
  const host = await startHost("office2019", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  replaceDataParts(
    host,
    '<form xmlns="urn:handreiking-regie:twente:form:1"><formVersion>Kees Lammers</formVersion></form>',
  );
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["dataUnreadable"]);
  await gateway.repair(PH);
  const hidden = await gateway.hiddenData();
  expect(hidden.quarantine).toHaveLength(1);
  expect(hidden.quarantine[0]!.id).not.toMatch(/^settings:/);
  expect(await packageOf(host)).toContain("Kees Lammers");
  const entries = hidden.logEntries;
  await gateway.removeQuarantined(hidden.quarantine[0]!.id, PH);
  const after = await gateway.hiddenData();
  expect(after.quarantine).toEqual([]);
  expect(after.logEntries).toBe(entries + 1);
  expect(await packageOf(host)).not.toContain("Kees Lammers");
  expect((await gateway.open()).problems).toEqual([]);
});
