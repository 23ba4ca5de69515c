// An upgraded document re-saved by LibreOffice (which strips the controls' tags and locks): the
// repair rebuilds the 1.1 form, and the part "Uit eerdere versie" is the document's own text, not
// text "added in another program".
import { runAsTemplateVersion } from "../../src/domain";
import { ES, gatewayFor, PH, PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";
import { libreOfficeRoundTrip } from "./libreoffice-roundtrip";

afterEach(() => {
  runAsTemplateVersion("1.0");
  stopHost();
});

test("upgraded, re-saved by LibreOffice, repaired in 1.1: every box back, nothing reported outside the boxes", async () => {
  const host = await startHost("desktop", PLAIN);
  const made = gatewayFor();
  await made.convert(PH);
  await made.writeBox("gaatGoed", "Sport.", PH);
  await made.writeBox("vervanger", "Jan (Ambiq)", PH);
  runAsTemplateVersion("1.1");
  const upgrading = gatewayFor();
  await upgrading.open();
  const upgraded = await upgrading.upgradeTemplate(ES);

  await startHost("desktop", await libreOfficeRoundTrip(await host.saveDocx()));
  const gateway = gatewayFor();
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id)).toEqual(["controlsStripped"]);
  expect(view.problems[0]!.message).not.toMatch(/Buiten de vakken/);
  const repaired = await gateway.repair(PH);
  expect({ problems: repaired.problems, outside: repaired.outsideEdits }).toEqual({ problems: [], outside: [] });
  expect(repaired.boxTexts).toEqual(upgraded.boxTexts);
  expect(repaired.data!.changeLog.slice(upgraded.data!.changeLog.length).map((e) => e.description)).toEqual([
    expect.stringMatching(/^Vakken en vergrendelingen hersteld/),
  ]);
});
