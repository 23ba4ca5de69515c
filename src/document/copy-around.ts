// The research copy, steps 4 and 6: around the text. The data part replaced, the add-in's settings
// emptied, the document properties cleared, external links neutralised (anonymise-package.ts),
// and Word's ids, authors and their dates renumbered or shifted in every part.
import JSZip from "jszip";
import { partPaths, piecewisePart, readXmlPart, relationshipsIn, writeTextPart, writeXmlPart } from "./docx-parts";
import { SegmentedDocument } from "./segmented-document";
import { IdRenumbering, scrubIdsAndPeople, shiftDateTimeWith } from "./anonymise-ids";
import { neutraliseExternalTargets, removeWebExtensions, scrubSettings } from "./anonymise-package";
import { relsPathOf } from "./opc-paths";
import {
  DATA_PART_NAMESPACE,
  SETTINGS_DATA_KEY,
  serializeDataPart,
  stampedByThisAddin,
  type TemplateDef,
} from "../domain";
import { type AnonymisedForm } from "../domain/anonymise";
import { WE_NS, childElements, rootNamespace } from "./ooxml";
import { readPart, rewriteParts } from "./copy-read";
import { norm } from "./copy-text";

const CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

const DC_NS = "http://purl.org/dc/elements/1.1/";

const DCTERMS_NS = "http://purl.org/dc/terms/";

const EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

/**
 * Custom XML parts: our data part replaced; returns it with its properties part (the parts the
 * copy keeps). Everything else under customXml/, whatever its name, is removed by the sweep
 * (package-sweep.ts) — archive chunks (the log is whole in the data part), quarantined data,
 * other versions and damaged parts of ours, and other programs' parts (cover-page properties,
 * bibliography, document-management data).
 */
async function rewriteCustomXml(zip: JSZip, form: AnonymisedForm): Promise<string[]> {
  for (const path of partPaths(zip).filter((p) => /^customxml\/[^/]+\.xml$/i.test(p))) {
    const text = (await zip.file(path)?.async("string")) ?? "";
    if (rootNamespace(text.replace(/^\uFEFF/, "")) !== DATA_PART_NAMESPACE) continue;
    writeTextPart(zip, path, serializeDataPart(stampedByThisAddin(form.data)));
    const rels = await readXmlPart(zip, relsPathOf(path));
    const props = (rels ? relationshipsIn(rels, path) : []).filter((r) => !r.external).map((r) => r.target);
    return [path, ...props];
  }
  return [];
}

/** The add-in's settings: emptied; the anonymised data part put back where the original kept it there. Returns that
 * part. */
async function rewriteWebExtensions(zip: JSZip, form: AnonymisedForm, putDataPart: boolean): Promise<string | null> {
  let kept: string | null = null;
  for (const path of partPaths(zip).filter((p) => /webextensions\/webextension[^/]*\.xml$/.test(p))) {
    const doc = await readXmlPart(zip, path);
    if (!doc) continue;
    const props = Array.from(doc.getElementsByTagNameNS(WE_NS, "property"));
    const hadData = props.some((p) => p.getAttribute("name") === SETTINGS_DATA_KEY);
    for (const p of props) p.parentNode?.removeChild(p);
    if (hadData && putDataPart && kept === null) {
      const container = doc.getElementsByTagNameNS(WE_NS, "properties")[0];
      const prop = doc.createElementNS(WE_NS, "we:property");
      prop.setAttribute("name", SETTINGS_DATA_KEY);
      prop.setAttribute("value", JSON.stringify(serializeDataPart(stampedByThisAddin(form.data))));
      container?.appendChild(prop);
      kept = path;
    }
    writeXmlPart(zip, path, doc);
  }
  await removeWebExtensions(zip, kept);
  return kept;
}

/** What core.xml may keep (values rewritten below); anything else in it goes. */
const CORE_KEPT = new Set(["title", "creator", "lastModifiedBy", "keywords", "revision", "created", "modified"]);

/** What app.xml may keep: counts and flags, when they are just that. */
const APP_KEPT =
  /^(Pages|Words|Characters|CharactersWithSpaces|Lines|Paragraphs|TotalTime|DocSecurity|ScaleCrop|LinksUpToDate|SharedDoc|HyperlinksChanged)$/;

async function rewriteProperties(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<void> {
  const core = await readPart(zip, "docProps/core.xml");
  if (core?.documentElement) {
    for (const c of childElements(core.documentElement))
      if (!CORE_KEPT.has(c.localName ?? "")) core.documentElement.removeChild(c);
    const setText = (ns: string, name: string, value: string | null): void => {
      for (const e of Array.from(core.getElementsByTagNameNS(ns, name))) {
        if (value === null) e.parentNode?.removeChild(e);
        else e.textContent = value;
      }
    };
    setText(DC_NS, "creator", "");
    setText(CP_NS, "lastModifiedBy", "");
    for (const e of Array.from(core.getElementsByTagNameNS(DC_NS, "title"))) {
      if (norm(e.textContent ?? "") !== norm(template.title)) e.textContent = researchTitle(form);
    }
    setText(DC_NS, "subject", "");
    setText(DC_NS, "description", "");
    setText(DC_NS, "identifier", null);
    setText(CP_NS, "category", "");
    setText(CP_NS, "contentStatus", "");
    setText(CP_NS, "version", null);
    setText(CP_NS, "lastPrinted", null);
    // how often the original was saved: a number that would match it
    setText(CP_NS, "revision", "1");
    for (const e of Array.from(core.getElementsByTagNameNS(CP_NS, "keywords"))) {
      // the template's id and version, as the add-in writes them, and nothing more
      if (!new RegExp(`^${template.templateId} [0-9.]+$`).test(e.textContent ?? "")) e.textContent = "";
    }
    for (const name of ["created", "modified"]) {
      for (const e of Array.from(core.getElementsByTagNameNS(DCTERMS_NS, name))) {
        const t = e.textContent ?? "";
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
        const day = m ? form.scrubber.dates.shiftDay(`${m[1]}${m[2]}${m[3]}`) : null;
        e.textContent = day
          ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00Z`
          : "2000-01-01T00:00:00Z";
      }
    }
    writeXmlPart(zip, "docProps/core.xml", core);
  }
  const app = await readPart(zip, "docProps/app.xml");
  if (app?.documentElement) {
    for (const c of childElements(app.documentElement))
      if (!APP_KEPT.test(c.localName ?? "") || !/^(\d+|true|false)$/.test(c.textContent ?? ""))
        app.documentElement.removeChild(c);
    // the template's file name, the title list (Word puts the document title there), the
    // link list, the signature, the company and manager; editing time would match the original
    for (const name of [
      "Template",
      "TitlesOfParts",
      "HeadingPairs",
      "HLinks",
      "DigSig",
      "Company",
      "Manager",
      "HyperlinkBase",
    ]) {
      for (const e of Array.from(app.getElementsByTagNameNS(EP_NS, name))) e.parentNode?.removeChild(e);
    }
    for (const e of Array.from(app.getElementsByTagNameNS(EP_NS, "TotalTime"))) e.textContent = "0";
    writeXmlPart(zip, "docProps/app.xml", app);
  }
  const custom = await readPart(zip, "docProps/custom.xml");
  if (custom?.documentElement) {
    for (const c of childElements(custom.documentElement)) custom.documentElement.removeChild(c);
    writeXmlPart(zip, "docProps/custom.xml", custom);
  }
}

const researchTitle = (form: AnonymisedForm): string => form.fileName.replace(/\.docx$/, "");

/** Around the text: settings, data part, other add-ins, properties, machine parts, links. Returns the parts the
 * copy wrote itself (its data part, its settings). */
export async function scrubAroundText(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<Set<string>> {
  if (await readPart(zip, "word/settings.xml")) await scrubSettings(zip, "word/settings.xml");
  const dataParts = await rewriteCustomXml(zip, form);
  const extension = await rewriteWebExtensions(zip, form, dataParts.length === 0);
  await rewriteProperties(zip, form, template);
  await neutraliseExternalTargets(zip);
  const kept = new Set(dataParts);
  if (extension) {
    kept.add(extension);
    for (const p of partPaths(zip)) if (/webextensions\/taskpanes\.xml$/.test(p)) kept.add(p);
  }
  return kept;
}

/** Word's ids, authors and their dates, in every part (one numbering for the package). */
export async function renumberIdsAndPeople(zip: JSZip, form: AnonymisedForm): Promise<void> {
  const ids = new IdRenumbering();
  const shift = shiftDateTimeWith((iso) => form.scrubber.dates.shiftIso(iso));
  const parts = partPaths(zip).filter((p) => /\.xml$/.test(p) && p !== "[Content_Types].xml" && !/^docProps\//.test(p));
  for (const path of parts) {
    const piecewise = piecewisePart(zip, path);
    if (piecewise instanceof SegmentedDocument) piecewise.scrubIds(ids, shift);
    else await rewriteParts(zip, [path], (part) => scrubIdsAndPeople(part, ids, shift));
  }
}
