// A realistic filled handreiking (fictional people), made by the Word layer on the emulator:
// convert, fill every step, agree at the MDO, amend twice, one outside edit attributed. Then,
// as if edited in another program, text outside the boxes, a footer line and personal document
// properties are added to the saved package.
import JSZip from "jszip";
import type { FieldValue, Profile } from "../../src/domain";
import { fillForm, gatewayFor, PLAIN, startHost } from "../word/harness";

export const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "Pieter Hendriks" };
export const PV: Profile = { initials: "PV", organisation: "Gemeente Hengelo", name: "Piet de Vries-Jansen" };
export const KJ: Profile = { initials: "KJ", organisation: "Jeugdbescherming Overijssel", name: "" };

export const VALUES: Record<string, FieldValue> = {
  initialen: "ES",
  gemeente: "Hengelo",
  indicatie: ["OB4b", "OB4c"],
  datumMdo: "2020-09-01",
  beheerder: { name: "P. Hendriks", organisation: "Ambiq" },
  hulpvraag:
    "Sanne gaat weer naar school en wil rust thuis. Emma's vader Mohammed wil hulp bij de opvoeding. Adres: Bergweg 12, 7511 AB Hengelo.",
  gaatGoed: "ES sport twee keer per week bij de voetbalclub. Oma belt vaak (06 1234 5678).",
  zorgen:
    "Sanne is geboren op 12-03-2012 (12 maart 2012), BSN 123456782. Schoolverzuim sinds 2-9-2019. Mail van de mentor: j.smit@stedelijklyceum.nl",
  gezinAanwezig: true,
  regisseur: { name: "Piet de Vries-Jansen", organisation: "Gemeente Hengelo" },
  takenRegisseur: "Piet houdt overzicht; De Vries-Jansen belt elke maand met Hendriks.",
  vervanger: "T. Bakker, Gemeente Hengelo",
  rolBesproken: true,
  afstemming: "Elke zes weken overleg. Bereikbaar via +31 6 12345678 of 0031 53 481 2345, ook 053 481 23 45.",
  toestemming: true,
  datumToestemming: "2020-09-01",
  verzendwijze: "Zorgmail",
  evaluatiedatum: "2020-12-01",
  stagnatie: "PH belt binnen een week een extra MDO in met mevrouw Van der Berg en Mohammed el Amrani.",
  afsluiting:
    "Na twee goede evaluaties (uiterlijk 2021-03-01 of 1-3-21); overdracht aan de huisarts van Sanne, Marktstraat 3, 7511AB Hengelo.",
};

export const ROWS: Record<string, string[][]> = {
  betrokkenen: [
    ["Emma Sanne van der Berg", "Gezin", "", "Jeugdige", ""],
    ["Mohammed el Amrani", "Gezin", "", "Vader", "06-12345678"],
    ["Piet de Vries-Jansen", "Gemeente Hengelo", "Wijkcoach", "Regisseur", "053-4812345, p.devries@hengelo.nl"],
    ["Pieter Hendriks", "Ambiq", "Gedragswetenschapper", "Behandelaar", "(053) 481 23 45"],
    ["Karin Jansen", "Jeugdbescherming Overijssel", "Jeugdbeschermer", "Voogd", "+31 6 1234 5678"],
  ],
  doelen: [["Sanne gaat weer elke dag naar school", "3 maanden"]],
  afspraken: [["Aanmelden bij Ambiq voor gezinsbehandeling", "Ambiq", "Voor 15 oktober 2020"]],
};

/** Every identifying string put into the document; none may survive anywhere in the anonymised package. */
export const IDENTIFYING = [
  "Sanne",
  "Emma",
  "van der Berg",
  "Mohammed",
  "el Amrani",
  "Amrani",
  "Piet de Vries-Jansen",
  "de Vries",
  "Vries",
  "Hendriks",
  "Pieter",
  "Karin",
  "Jansen",
  "Bakker",
  "Overijssel",
  "Bergweg",
  "7511 AB",
  "06-12345678",
  "06 1234 5678",
  "+31 6 12345678",
  "+31 6 1234 5678",
  "0031 53 481 2345",
  "053-4812345",
  "053 481 23 45",
  "(053) 481 23 45",
  "4812345",
  "123456782",
  "12-03-2012",
  "12 maart 2012",
  "2-9-2019",
  "j.smit",
  "stedelijklyceum",
  "p.devries",
  "hengelo.nl",
  "0612345678",
  "7511AB",
  "Marktstraat",
  "2021-03-01",
  "1-3-21",
];

/** Short personal codes: checked as whole words, outside the template's own example text. */
export const PERSONAL_INITIALS = ["ES", "PH", "PV", "KJ"];

export interface Filled {
  docx: Uint8Array;
}

let cached: Promise<Uint8Array> | null = null;

async function build(): Promise<Uint8Array> {
  const host = await startHost("desktop", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  let view = await fillForm(gateway, VALUES, ROWS, PH);
  view = await gateway.agree("20200901", PH);
  view = await gateway.amend("takenRegisseur", "Overleg met Mohammed el Amrani op 10-09-2020, tel. 06-12345678.", PH);
  const later = gatewayFor(() => new Date("2020-09-10T09:00:00Z"));
  await later.open();
  view = await later.amend(`afspraken.${view.data!.rowOrder.afspraken![0]}.wanneer`, "Aangemeld op 9 september.", PV);
  host.user.typeInControl("hr:zorgen", " Ook slaapproblemen, zegt Sanne.", { mode: "append" });
  const third = gatewayFor(() => new Date("2020-10-20T10:00:00Z"));
  view = await third.open();
  // KJ records it; she says she typed it herself (no stamp).
  view = await third.attributeOutsideEdits(
    view.outsideEdits.map((e) => ({
      ...e,
      author: { kind: "person", initials: KJ.initials, organisation: KJ.organisation },
    })),
    KJ,
  );
  if (view.problems.length > 0) throw new Error(JSON.stringify(view.problems));
  return addOutsideText(await host.saveDocx());
}

/** Text typed outside the boxes in another program, a footer line, and personal document properties. */
async function addOutsideText(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const docXml = await zip.file("word/document.xml")!.async("string");
  const note =
    '<w:p><w:r><w:t xml:space="preserve">Notitie buiten de vakken: bel Sanne van der </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Berg</w:t></w:r><w:r><w:t xml:space="preserve"> op 06-12345678 of 0612345678 of mail sanne.vdberg@gmail.com (BSN 123456782, geboren 12-03-2012).</w:t></w:r></w:p>';
  const at = docXml.lastIndexOf("<w:sectPr");
  zip.file("word/document.xml", docXml.slice(0, at) + note + docXml.slice(at));
  const footerName = Object.keys(zip.files).find((p) => /^word\/footer\d*\.xml$/.test(p))!;
  const footer = await zip.file(footerName)!.async("string");
  zip.file(
    footerName,
    footer.replace(
      "</w:ftr>",
      '<w:p><w:r><w:t xml:space="preserve">Beheerder: Pieter Hendriks, 053-4812345</w:t></w:r></w:p></w:ftr>',
    ),
  );
  const core = await zip.file("docProps/core.xml")!.async("string");
  zip.file(
    "docProps/core.xml",
    core
      .replace(/<dc:creator>[^<]*<\/dc:creator>/, "<dc:creator>Pieter Hendriks</dc:creator>")
      .replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, "<cp:lastModifiedBy>Karin Jansen</cp:lastModifiedBy>")
      .replace(/<dc:title>[^<]*<\/dc:title>/, "<dc:title>20200901 Handreiking Regie ES</dc:title>"),
  );
  zip.file(
    "docProps/custom.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Behandelaar"><vt:lpwstr>Pieter Hendriks</vt:lpwstr></property></Properties>',
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** The filled form's .docx (built once per test file). */
export function filledDocx(): Promise<Uint8Array> {
  cached ??= build();
  return cached;
}
