// The package around the form: the data part kept in the add-in's settings (a Word without custom XML parts),
// quarantined data and log archive parts, comments and tracked changes.
import JSZip from "jszip";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { readCopy } from "../../src/document/read-data-part";
import { gatewayFor, PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";
import { filledDocx, PH } from "handreiking-fixtures/filled-docx";

afterAll(stopHost);

const seeded = () => {
  let n = 7;
  return () => (n = (n * 48271) % 2147483647) / 2147483647;
};

async function text(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name))
      .map((f) => f.async("string")),
  );
  return parts.join("\n");
}

test("a Word without custom XML parts: the data part lives in the settings and is replaced there; other settings are dropped", async () => {
  const host = await startHost("office2019", PLAIN, { withoutSets: ["CustomXmlParts"] });
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.writeBox("initialen", "ES", PH);
  await gateway.writeBox(
    "hulpvraag",
    "ES (06-12345678) wil weer naar school, zegt Sanne van der Berg. Ze noemt Kwiek vaak.",
    PH,
  );
  await gateway.writeBox("beheerder", "Pieter Hendriks (Ambiq)", PH);
  host.Office.context.document.settings.set("persoonlijk", "Pieter Hendriks");
  await new Promise<void>((resolve) => host.Office.context.document.settings.saveAsync(() => resolve()));
  const original = await host.saveDocx();
  const before = await readCopy(original);
  expect(before.ok && before.storage).toBe("settings");
  const result = await anonymiseCopy(original, { random: seeded() });
  const after = await readCopy(result.bytes);
  if (!after.ok) throw new Error(after.error);
  expect(after.storage).toBe("settings");
  // a name the form does not list anywhere is found by the free-text recogniser (first name, particles, surname)
  // and a capitalised word it cannot place stays, with a warning
  expect(after.boxTexts.hulpvraag).toBe(
    "Jeugdige ([telefoon]) wil weer naar school, zegt Persoon A. Ze noemt Kwiek vaak.",
  );
  expect(result.report.warnings).toContain(
    "Vrije tekst kan nog namen bevatten die niet in het document als betrokkene staan.",
  );
  expect(result.report.warnings.join(" ")).toMatch(/niet als naam of organisatie herkend/);
  expect(after.boxTexts.beheerder).toBe("Professional A (Zorgaanbieder A)");
  const all = await text(result.bytes);
  for (const s of ["12345678", "Pieter", "Hendriks", "persoonlijk"]) expect(all).not.toContain(s);
  // the add-in's web extension stays (it holds the data part) under a new id
  const weId = (xml: string) => /<we:webextension [^>]*\bid="([^"]+)"/.exec(xml)?.[1];
  const idBefore = weId(await text(original));
  expect(idBefore).toBeTruthy();
  expect(weId(all)).toBeTruthy();
  expect(weId(all)).not.toBe(idBefore);
});

test("quarantined data, log archives, comments and tracked changes", async () => {
  const zip = await JSZip.loadAsync(await filledDocx());
  // a quarantined copy of damaged form data, as the repair leaves it
  zip.file(
    "customXml/item9.xml",
    '<quarantine xmlns="urn:handreiking-regie:twente:quarantine:1"><raw>Sanne van der Berg, 06-12345678</raw></quarantine>',
  );
  zip.file(
    "customXml/itemProps9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  zip.file(
    "customXml/_rels/item9.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps9.xml"/></Relationships>',
  );
  const relsPath = "word/_rels/document.xml.rels";
  const rels = await zip.file(relsPath)!.async("string");
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdQ9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item9.xml"/><Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:sanne.vdberg@gmail.com" TargetMode="External"/><Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  );
  // a tracked change and a comment anchor typed in another program
  const docXml = await zip.file("word/document.xml")!.async("string");
  const at = docXml.lastIndexOf("<w:sectPr");
  zip.file(
    "word/document.xml",
    docXml.slice(0, at) +
      '<w:p><w:ins w:id="91" w:author="Pieter Hendriks" w:date="2020-09-03T10:00:00Z"><w:r><w:t>Gesprek met Mohammed</w:t></w:r></w:ins><w:del w:id="92" w:author="Karin Jansen" w:date="2020-09-03T10:00:00Z"><w:r><w:delText>BSN 123456782</w:delText></w:r></w:del></w:p>' +
      docXml.slice(at),
  );
  zip.file(
    "word/comments.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="1" w:author="Pieter Hendriks" w:initials="PH" w:date="2020-09-03T10:00:00Z"><w:p><w:r><w:t>Sanne belt 053-4812345</w:t></w:r></w:p></w:comment></w:comments>',
  );
  const original = await zip.generateAsync({ type: "uint8array" });
  const result = await anonymiseCopy(original, { random: seeded() });
  const out = await JSZip.loadAsync(result.bytes);
  expect(out.file("customXml/item9.xml")).toBeNull();
  expect(out.file("customXml/itemProps9.xml")).toBeNull();
  expect(await out.file(relsPath)!.async("string")).not.toContain("item9.xml");
  const all = await text(result.bytes);
  for (const s of [
    "Sanne",
    "Mohammed",
    "123456782",
    "Pieter",
    "Hendriks",
    "Karin",
    "4812345",
    "2020-09-03",
    "sanne.vdberg",
    'w:initials="PH"',
  ])
    expect(all).not.toContain(s);
  expect(all).toContain("Gesprek met Ouder 1");
  expect(await out.file("word/comments.xml")!.async("string")).toContain("Jeugdige belt [telefoon]");
  const after = await readCopy(result.bytes);
  expect(after.ok).toBe(true);
});
