// The filled handreiking of fixture.ts with, added as Word and other programs would, every kind
// of part and metadata that can carry a person: properties, fields, links, attached template,
// mail merge, comments with their extended parts, people, tracked changes, notes, SmartArt and
// chart text, alt text, another add-in, foreign custom XML, embedded objects, printer settings
// and Word's ids. The values are mostly of a family the form does not know ("Zwartkop"), so
// only the package-level anonymisation can remove them; the free-text anonymiser cannot.
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

/** Per kind: the identifying values put into the package. None may be in any part of the copy. */
export const KINDS = {
  coreProperties: ["Gezin Zwartkop", "DMS-778812", "<cp:revision>57<"],
  appProperties: ["wzwartkop", "Praktijk Zwartkop", "W. Zwartkop", "<vt:lpstr>20200901", "\\\\server\\zwartkop"],
  simpleFields: ["Wilma Zwartkop", "Achternaam_kind", "Regie ES.docx", "AUTHOR", "MERGEFIELD", "FILENAME"],
  complexFields: ["ouders.zwartkop@gmail.com", "wzwartkop-pc", "NAME </w:instrText>", "HYPERLINK"],
  hyperlinks: ["facebook.com/wilma.zwartkop", "Profiel van Zwartkop", "C:/Users/wzwartkop/foto.jpg"],
  attachedTemplate: ["Templates\\Ambiq Zwartkop.dotm", "attachedTemplate"],
  mailMerge: ["clienten-zwartkop.xlsx", "Clienten$", "mailMerge", "Zwartkop Achternaam"],
  docVars: ["Dossier 778812", "docVar "],
  comments: ["Wilma Zwartkop", 'w:initials="WZ"', "2020-09-03T10:00", "2020-09-03T08:00"],
  commentIds: ["1A2B3C4D", "5E6F7A8B", "2B3C4D5E"],
  people: ["w.zwartkop@ambiq.nl", "Wilma Zwartkop"],
  trackedChanges: ["Wilma Zwartkop", "Henk Zwartkop", "2020-09-04T11:00", "2020-09-04T12:00"],
  notes: ["Mohammed el Amrani", "Karin Jansen", "06-12345678"],
  smartArtAndCharts: ["Mohammed el Amrani", "Sanne", "Karin Jansen"],
  altText: ["Foto van Wilma Zwartkop", "Gezin Zwartkop", "zwartkop.png"],
  webExtension: ["wzwartkop@ambiq.nl", "Zwartkop Dossier Add-in", "webextension2.xml"],
  foreignCustomXml: ["Dossier Zwartkop", "coverPageProps", "{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}"],
  embeddedObjects: ["oleObject1.bin", "ZWARTKOP-OLE", "afchunk1.htm", "ZWARTKOP-ALTCHUNK", "ZWARTKOP-XLSX"],
  printerSettings: ["PRINTSRV-ZWARTKOP", "printerSettings1.bin"],
  wordIds: [
    "00A1B2C3",
    "778812001",
    "3F2A1B0C",
    "0C1D2E3F",
    "7A1B2C3D",
    "12345678-ABCD-4EF0-9123-456789ABCDEF",
    "5A6B7C8D",
    "9E8D7C6B",
  ],
  olderLogNames: ["<name>Pieter Hendriks</name>", "Hendriks"],
} as const;

export type Kind = keyof typeof KINDS;

const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(path)!.async("string");
  const next = change(xml);
  if (next === xml) throw new Error(`fixture: nothing changed in ${path}`);
  zip.file(path, next);
}

function addOverride(ct: string, part: string, type: string): string {
  return ct.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

function addDefault(ct: string, ext: string, type: string): string {
  return ct.includes(`Extension="${ext}"`)
    ? ct
    : ct.replace("</Types>", `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
}

function rels(list: string): string {
  return `${decl}<Relationships xmlns="${PR}">${list}</Relationships>`;
}

const PNG_1X1 = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

const BODY = [
  // simple fields: the author, a merge field, the file name
  `<w:p w14:paraId="3F2A1B0C" w14:textId="0C1D2E3F" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r><w:t xml:space="preserve">Gemaakt door </w:t></w:r><w:fldSimple w:instr=" AUTHOR  \\* MERGEFORMAT "><w:r><w:t>Wilma Zwartkop</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> voor </w:t></w:r><w:fldSimple w:instr=" MERGEFIELD Achternaam_kind "><w:r><w:t>Zwartkop Achternaam</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve">, bestand </w:t></w:r><w:fldSimple w:instr=" FILENAME "><w:r><w:t>20200901 Handreiking Regie ES.docx</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve">, pagina </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`,
  // complex fields: a mailto link and the user name, across runs
  `<w:p w:rsidR="00A1B2C3"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:ouders.zwartkop@gmail.com" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>mail de ouders</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> vanaf </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> USER</w:instrText></w:r><w:r><w:instrText xml:space="preserve">NAME </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>wzwartkop-pc</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
  // a hyperlink to an external page, with a tooltip
  `<w:p><w:hyperlink r:id="rIdLink1" w:tooltip="Profiel van Zwartkop" w:history="1"><w:r><w:t>profiel</w:t></w:r></w:hyperlink></w:p>`,
  // a comment anchor and tracked changes (insert, delete, formatting change)
  `<w:p><w:commentRangeStart w:id="7"/><w:ins w:id="91" w:author="Wilma Zwartkop" w:date="2020-09-04T11:00:00Z"><w:r><w:t>Gesprek gepland</w:t></w:r></w:ins><w:del w:id="92" w:author="Henk Zwartkop" w:date="2020-09-04T12:00:00Z"><w:r><w:delText>oude afspraak</w:delText></w:r></w:del><w:r><w:rPr><w:b/><w:rPrChange w:id="93" w:author="Henk Zwartkop" w:date="2020-09-04T12:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>vet</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>`,
  // a picture with alt text, and an externally linked picture
  `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="2B3C4D5E"><wp:extent cx="95250" cy="95250"/><wp:docPr id="50" name="zwartkop.png" descr="Foto van Wilma Zwartkop" title="Gezin Zwartkop"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="zwartkop.png" descr="Foto van Wilma Zwartkop"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
  // an embedded OLE object, an alternative-format chunk, a content control bound to foreign custom XML
  `<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:72pt" o:ole=""><v:imagedata r:id="rIdImg1" o:title="Zwartkop"/></v:shape><o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1234567890" r:id="rIdOle1"/></w:object></w:r></w:p>`,
  `<w:altChunk r:id="rIdChunk1"/>`,
  `<w:sdt><w:sdtPr><w:alias w:val="Samenvatting"/><w:id w:val="-1234567"/><w:dataBinding w:prefixMappings="xmlns:ns0='http://schemas.microsoft.com/office/2006/coverPageProps'" w:xpath="/ns0:CoverPageProperties[1]/ns0:Abstract[1]" w:storeItemID="{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Samenvatting van het dossier</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
].join("");

const COMMENTS = `${decl}<w:comments xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:comment w:id="7" w:author="Wilma Zwartkop" w:initials="WZ" w:date="2020-09-03T10:00:00Z"><w:p w14:paraId="1A2B3C4D" w14:textId="77777777"><w:r><w:t>Sanne belt 053-4812345</w:t></w:r></w:p></w:comment></w:comments>`;
const COMMENTS_EXTENDED = `${decl}<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/></w15:commentsEx>`;
const COMMENTS_IDS = `${decl}<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="5E6F7A8B"/></w16cid:commentsIds>`;
const COMMENTS_EXTENSIBLE = `${decl}<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"><w16cex:commentExtensible w16cex:durableId="5E6F7A8B" w16cex:dateUtc="2020-09-03T08:00:00Z"/></w16cex:commentsExtensible>`;
const PEOPLE = `${decl}<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Wilma Zwartkop"><w15:presenceInfo w15:providerId="AD" w15:userId="S::w.zwartkop@ambiq.nl::8a5f0c"/></w15:person></w15:people>`;
const DIAGRAM_DATA = `${decl}<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt modelId="{11111111-0000-4000-8000-000000000001}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Netwerk van Sanne</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt modelId="{11111111-0000-4000-8000-000000000002}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Mohammed el Amrani</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst/></dgm:dataModel>`;
const DIAGRAM_DRAWING = `${decl}<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/><dsp:sp modelId="{22222222-0000-4000-8000-000000000001}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr/><dsp:txBody><a:bodyPr/><a:p><a:r><a:t>Mohammed el Amrani</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>`;
const CHART = `${decl}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Contacten Karin Jansen</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Blad1!$A$2</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Mohammed el Amrani</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Blad1!$B$2</c:f><c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart><c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`;
const FOREIGN_WE = `${decl}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{CCCCCCCC-0000-4000-8000-000000000001}"><we:reference id="wa104000000" version="1.0.0.0" store="nl-NL" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="user" value="&quot;wzwartkop@ambiq.nl&quot;"/><we:property name="title" value="&quot;Zwartkop Dossier Add-in&quot;"/></we:properties><we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`;
const TASKPANES = `${decl}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="2"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;
const COVER = `<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps"><PublishDate/><Abstract>Dossier Zwartkop</Abstract><CompanyAddress/><CompanyPhone/><CompanyFax/><CompanyEmail/></CoverPageProperties>`;

/** The filled form's .docx with every kind of part added. */
export async function withEveryKind(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let ct = await zip.file("[Content_Types].xml")!.async("string");

  // body
  await edit(zip, "word/document.xml", (xml) => {
    const at = xml.lastIndexOf("<w:sectPr");
    return xml.slice(0, at) + BODY + xml.slice(at);
  });
  // the content controls the add-in made: Word's ids made recognisable
  await edit(zip, "word/document.xml", (xml) => xml.replace(/<w:id w:val="[^"]*"\/>/, '<w:id w:val="778812001"/>'));

  // parts related from the document
  const docRels: string[] = [
    `<Relationship Id="rIdLink1" Type="${REL}/hyperlink" Target="https://www.facebook.com/wilma.zwartkop" TargetMode="External"/>`,
    `<Relationship Id="rIdImgX" Type="${REL}/image" Target="file:///C:/Users/wzwartkop/foto.jpg" TargetMode="External"/>`,
    `<Relationship Id="rIdImg1" Type="${REL}/image" Target="media/image1.png"/>`,
    `<Relationship Id="rIdOle1" Type="${REL}/oleObject" Target="embeddings/oleObject1.bin"/>`,
    `<Relationship Id="rIdChunk1" Type="${REL}/aFChunk" Target="afchunk1.htm"/>`,
    `<Relationship Id="rIdCm1" Type="${REL}/comments" Target="comments.xml"/>`,
    `<Relationship Id="rIdCm2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>`,
    `<Relationship Id="rIdCm3" Type="http://schemas.microsoft.com/office/2016/09/relationships/commentsIds" Target="commentsIds.xml"/>`,
    `<Relationship Id="rIdCm4" Type="http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible" Target="commentsExtensible.xml"/>`,
    `<Relationship Id="rIdPpl" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/>`,
    `<Relationship Id="rIdDgm1" Type="${REL}/diagramData" Target="diagrams/data1.xml"/>`,
    `<Relationship Id="rIdDgm2" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing1.xml"/>`,
    `<Relationship Id="rIdChart1" Type="${REL}/chart" Target="charts/chart1.xml"/>`,
    `<Relationship Id="rIdCx5" Type="${REL}/customXml" Target="../customXml/item5.xml"/>`,
  ];
  await edit(zip, "word/_rels/document.xml.rels", (xml) =>
    xml.replace("</Relationships>", `${docRels.join("")}</Relationships>`),
  );
  zip.file("word/media/image1.png", PNG_1X1);
  zip.file("word/embeddings/oleObject1.bin", "ZWARTKOP-OLE binary with C:\\Users\\wzwartkop\\dossier.docx");
  zip.file("word/afchunk1.htm", "<html><body><p>ZWARTKOP-ALTCHUNK Wilma Zwartkop</p></body></html>");
  zip.file("word/comments.xml", COMMENTS);
  zip.file("word/commentsExtended.xml", COMMENTS_EXTENDED);
  zip.file("word/commentsIds.xml", COMMENTS_IDS);
  zip.file("word/commentsExtensible.xml", COMMENTS_EXTENSIBLE);
  zip.file("word/people.xml", PEOPLE);
  zip.file("word/diagrams/data1.xml", DIAGRAM_DATA);
  zip.file("word/diagrams/drawing1.xml", DIAGRAM_DRAWING);
  zip.file("word/charts/chart1.xml", CHART);
  zip.file(
    "word/charts/_rels/chart1.xml.rels",
    rels(`<Relationship Id="rId1" Type="${REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>`),
  );
  zip.file("word/embeddings/Microsoft_Excel_Worksheet.xlsx", "ZWARTKOP-XLSX not really a workbook");
  zip.file("customXml/item5.xml", COVER);
  zip.file(
    "customXml/itemProps5.xml",
    `${decl.replace('standalone="yes"', 'standalone="no"')}<ds:datastoreItem ds:itemID="{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/coverPageProps"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    "customXml/_rels/item5.xml.rels",
    rels(`<Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps5.xml"/>`),
  );
  ct = addDefault(ct, "bin", `${CT}.oleObject`);
  ct = addDefault(ct, "htm", "application/xhtml+xml");
  ct = addDefault(ct, "xlsx", `${CT}.spreadsheetml.sheet`);
  ct = addOverride(ct, "word/comments.xml", `${CT}.wordprocessingml.comments+xml`);
  ct = addOverride(ct, "word/commentsExtended.xml", `${CT}.wordprocessingml.commentsExtended+xml`);
  ct = addOverride(ct, "word/commentsIds.xml", `${CT}.wordprocessingml.commentsIds+xml`);
  ct = addOverride(ct, "word/commentsExtensible.xml", `${CT}.wordprocessingml.commentsExtensible+xml`);
  ct = addOverride(ct, "word/people.xml", `${CT}.wordprocessingml.people+xml`);
  ct = addOverride(ct, "word/diagrams/data1.xml", `${CT}.drawingml.diagramData+xml`);
  ct = addOverride(ct, "word/diagrams/drawing1.xml", "application/vnd.ms-office.drawingml.diagramDrawing+xml");
  ct = addOverride(ct, "word/charts/chart1.xml", `${CT}.drawingml.chart+xml`);
  ct = addOverride(ct, "customXml/itemProps5.xml", `${CT}.customXmlProperties+xml`);

  // notes: a footnote and an endnote naming people the form knows
  await edit(zip, "word/footnotes.xml", (xml) =>
    xml.replace(
      "</w:footnotes>",
      '<w:footnote w:id="5"><w:p><w:r><w:t>Volgens Mohammed el Amrani (06-12345678).</w:t></w:r></w:p></w:footnote></w:footnotes>',
    ),
  );
  await edit(zip, "word/endnotes.xml", (xml) =>
    xml.replace(
      "</w:endnotes>",
      '<w:endnote w:id="5"><w:p><w:r><w:t>Overleg met Karin Jansen.</w:t></w:r></w:p></w:endnote></w:endnotes>',
    ),
  );

  // settings: attached template, mail merge, document variables, Word's ids
  const SETTINGS_ADD =
    '<w:attachedTemplate r:id="rIdTpl"/><w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Users\\wzwartkop\\clienten-zwartkop.xlsx"/><w:query w:val="SELECT * FROM `Clienten$`"/><w:dataSource r:id="rIdMm"/></w:mailMerge><w:docVars><w:docVar w:name="dossier" w:val="Dossier 778812"/></w:docVars><w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/></w:rsids><w14:docId w14:val="7A1B2C3D"/><w15:docId w15:val="{12345678-ABCD-4EF0-9123-456789ABCDEF}"/>';
  await edit(zip, "word/settings.xml", (xml) =>
    xml.replace("<w:defaultTabStop", () => `${SETTINGS_ADD}<w:defaultTabStop`),
  );
  zip.file(
    "word/_rels/settings.xml.rels",
    rels(
      `<Relationship Id="rIdTpl" Type="${REL}/attachedTemplate" Target="file:///C:\\Users\\wzwartkop\\AppData\\Roaming\\Microsoft\\Templates\\Ambiq Zwartkop.dotm" TargetMode="External"/><Relationship Id="rIdMm" Type="${REL}/mailMergeSource" Target="file:///C:\\Users\\wzwartkop\\clienten-zwartkop.xlsx" TargetMode="External"/>`,
    ),
  );

  // another add-in's web extension, shown in the task pane list
  zip.file("word/webextensions/webextension2.xml", FOREIGN_WE);
  zip.file("word/webextensions/taskpanes.xml", TASKPANES);
  zip.file(
    "word/webextensions/_rels/taskpanes.xml.rels",
    rels(
      `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension2.xml"/>`,
    ),
  );
  ct = addOverride(ct, "word/webextensions/webextension2.xml", "application/vnd.ms-office.webextension+xml");
  ct = addOverride(ct, "word/webextensions/taskpanes.xml", "application/vnd.ms-office.webextensiontaskpanes+xml");
  await edit(zip, "_rels/.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdTp" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="word/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );

  // the random ids Word gives a numbered list and its template
  await edit(zip, "word/numbering.xml", (xml) =>
    xml.replace(
      '<w:multiLevelType w:val="hybridMultilevel"/>',
      '<w:nsid w:val="5A6B7C8D"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9E8D7C6B"/>',
    ),
  );

  // printer settings
  zip.file("word/printerSettings/printerSettings1.bin", "\\\\PRINTSRV-ZWARTKOP\\kantoor");
  ct = addOverride(ct, "word/printerSettings/printerSettings1.bin", `${CT}.wordprocessingml.printerSettings`);
  await edit(zip, "word/_rels/document.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdPrn" Type="${REL}/printerSettings" Target="printerSettings/printerSettings1.bin"/></Relationships>`,
    ),
  );

  // properties
  await edit(zip, "docProps/core.xml", (xml) =>
    xml.replace(
      "</cp:coreProperties>",
      "<dc:subject>Gezin Zwartkop</dc:subject><dc:identifier>DMS-778812</dc:identifier><cp:revision>57</cp:revision></cp:coreProperties>",
    ),
  );
  zip.file(
    "docProps/app.xml",
    `${decl}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>C:\\Users\\wzwartkop\\Templates\\Ambiq.dotm</Template><TotalTime>731</TotalTime><Application>Microsoft Office Word</Application><Company>Praktijk Zwartkop</Company><Manager>W. Zwartkop</Manager><HyperlinkBase>\\\\server\\zwartkop\\</HyperlinkBase><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Titel</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>20200901 Handreiking Regie ES</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
  );

  // an older document: the log entries signed by PH carry his full name
  const dataPath = Object.keys(zip.files).find(
    (p) => /^customXml\/item\d+\.xml$/.test(p) && p !== "customXml/item5.xml",
  )!;
  await edit(zip, dataPath, (xml) =>
    xml.replace(/(<initials>PH<\/initials><organisation>Ambiq<\/organisation>)/g, "$1<name>Pieter Hendriks</name>"),
  );

  zip.file("[Content_Types].xml", ct);
  return zip.generateAsync({ type: "uint8array" });
}
