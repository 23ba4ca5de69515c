// What the saved document carries that nobody sees: the profile's name never (the data part
// signs with initials and organisation, as the stamps do), and quarantined data reported and
// removable, with the removal logged.
import JSZip from "jszip";
import type { Profile } from "../../src/domain";
import { gatewayFor, PLAIN, startHost, stopHost } from "./harness";

afterAll(stopHost);

const NAMED: Profile = { initials: "PH", organisation: "Ambiq", name: "Pieter Hendriks" };

async function packageText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
  return (await Promise.all(files.map((f) => f.async("string")))).join("\n");
}

test.each(["desktop", "office2019"] as const)("%s: the profile's name is nowhere in the saved document; initials and organisation sign every entry", async (profile) => {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(NAMED);
  await gateway.writeBox("hulpvraag", "Weer naar school.", NAMED);
  await gateway.agree("20200902", NAMED);
  const view = await gateway.amend("hulpvraag", "Ook rust thuis.", NAMED);
  expect(view.data!.changeLog.length).toBeGreaterThan(2);
  for (const e of view.data!.changeLog) expect([e.initials, e.organisation, e.name]).toEqual(["PH", "Ambiq", undefined]);
  const all = await packageText(await host.saveDocx());
  expect(all).not.toContain("Pieter");
  expect(all).not.toContain("Hendriks");
  expect(all).toContain("PH 20200902, Ambiq");
});
