// The whole Word-layer story on one document, saved as .docx and rendered by LibreOffice:
// convert, fill every step, agree, amend twice, one outside edit attributed.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FieldValue } from "../../src/domain";
import { findSoffice, hasCommand, sofficeConvert } from "word-host/soffice";
import {
  ES,
  fillForm,
  gatewayFor,
  PH,
  PLAIN,
  ROOT,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";

afterAll(stopHost);

const OUT = path.join(ROOT, "test-output/word");

const SIMPLE: Record<string, FieldValue> = {
  initialen: "ES",
  gemeente: "Hengelo",
  indicatie: ["OB4b"],
  datumMdo: "2020-09-01",
  beheerder: { name: "P. Hendriks", organisation: "Ambiq" },
  hulpvraag: "Ouders willen weer rust in huis en dat ES naar school gaat.",
  gaatGoed: "Opa en oma helpen mee.",
  zorgen: "Schoolverzuim en spanningen thuis.",
  gezinAanwezig: true,
  regisseur: { name: "M. de Vries", organisation: "Gemeente Hengelo" },
  takenRegisseur: "Houdt overzicht, roept het MDO bijeen en bewaakt de afspraken.",
  vervanger: "K. Jansen, Gemeente Hengelo",
  rolBesproken: true,
  afstemming: "Elke zes weken overleg; tussendoor via Zorgmail.",
  toestemming: true,
  datumToestemming: "2020-09-01",
  verzendwijze: "Zorgmail",
  evaluatiedatum: "2020-12-01",
  stagnatie: "De regisseur belt binnen een week een extra MDO in.",
  afsluiting: "Na twee goede evaluaties; overdracht aan de huisarts.",
};

test("convert, fill every step, agree, amend twice, attribute an outside edit: the saved document shows it all", async () => {
  const host = await startHost("desktop", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  const rows: Record<string, string[][]> = {
    betrokkenen: [
      ["Moeder van ES", "Gezin", "", "Ouder", "via de regisseur"],
      ["M. de Vries", "Gemeente Hengelo", "Wijkcoach", "Regisseur", "Zorgmail"],
    ],
    doelen: [["ES gaat weer elke dag naar school", "3 maanden"]],
    afspraken: [["Aanmelden bij jeugdhulp", "Ambiq", "Binnen 2 weken"]],
  };
  let view = await fillForm(gateway, SIMPLE, rows, PH);
  view = await gateway.agree("20200901", PH);
  view = await gateway.amend("takenRegisseur", "Wisseling van behandelaar voor cliënt ES.", PH);
  const later = gatewayFor(() => new Date("2020-09-10T09:00:00Z"));
  await later.open();
  await later.amend("afspraken." + view.data!.rowOrder.afspraken![0] + ".wanneer", "Aangemeld op 9 september.", ES);
  host.user.typeInControl("hr:zorgen", " Ook slaapproblemen.", { mode: "append" });
  view = await later.open();
  expect(view.outsideEdits).toHaveLength(1);
  // ES typed it herself in Word (no stamp) and says so in the pane.
  view = await later.attributeOutsideEdits(
    view.outsideEdits.map((e) => ({
      ...e,
      author: { kind: "person", initials: "ES", organisation: "Gemeente Hengelo" },
    })),
    ES,
  );
  expect(view.outsideEdits).toEqual([]);
  expect(view.problems).toEqual([]);

  const log = await visibleLogRows();
  expect(log.length).toBe(view.data!.changeLog.length);
  expect(log.at(-1)?.slice(0, 3)).toEqual(["10-09-2020", "ES", "Gemeente Hengelo"]);

  mkdirSync(OUT, { recursive: true });
  const docx = path.join(OUT, "scripted-run.docx");
  writeFileSync(docx, await host.saveDocx());

  if (!findSoffice() || !hasCommand("pdftotext")) {
    if (process.env.CI === "true") throw new Error("LibreOffice/poppler missing in CI");
    console.warn("SKIPPED the LibreOffice render of the scripted run: soffice or pdftotext not found");
    return;
  }
  const pdf = sofficeConvert(docx, OUT, "pdf");
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES.");
  expect(text).toContain("ES 20200910, Gemeente Hengelo: Aangemeld op 9 september.");
  expect(text).toContain("Schoolverzuim en spanningen thuis. Ook slaapproblemen.");
  expect(text).toContain("Wijzigingslogboek");
  expect(text).toContain("Vastgesteld in het MDO van");
  expect(log.some((r) => r[4] === "Vastgesteld in het MDO van 01-09-2020.")).toBe(true);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUT, "scripted-run")]);
}, 180_000);
