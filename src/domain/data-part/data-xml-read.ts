// The data part's XML read back into a checked DataPart. Parsing never throws: damage, a
// foreign part or a newer format is reported in Dutch.
import type { Element } from "@xmldom/xmldom";
import type { AppendedAfter, DataPart } from "./data-part-model";
import { dataPartSchema } from "./data-part-model";
import {
  DATA_PART_MAJOR_VERSION,
  DATA_PART_NAMESPACE,
  DATA_PART_ROOT,
  NAMESPACE_BASE,
  ROOT_KNOWN,
} from "./data-part-names";
import { readEntry } from "./entry-xml";
import { isNewerFormat, newerFormatMessage } from "./format-version";
import {
  children,
  DataPartError,
  foreignChildren,
  integer,
  optionalText,
  parseXml,
  requiredGroup,
  requiredText,
  textOf,
} from "./xml-reading";

export type DataPartResult =
  | { ok: true; data: DataPart }
  /** `newer`: the part is of a later data format than this add-in knows (only to be read, never written). */
  | { ok: false; error: string; raw: string; newer?: { format: string; addinVersion?: string } };

function readRoot(root: Element): unknown {
  const foreign = foreignChildren(root, ROOT_KNOWN);
  const prev = children(root, "previousVersion")[0];
  const agreed = children(root, "agreed")[0];
  return {
    templateId: requiredText(root, "templateId"),
    templateVersion: requiredText(root, "templateVersion"),
    documentId: requiredText(root, "documentId"),
    formVersion: integer(requiredText(root, "formVersion"), "formVersion"),
    versionId: requiredText(root, "versionId"),
    previousVersion: prev
      ? {
          formVersion: integer(requiredText(prev, "formVersion"), "formVersion"),
          versionId: requiredText(prev, "versionId"),
        }
      : null,
    agreed: agreed
      ? {
          day: requiredText(agreed, "day"),
          initials: requiredText(agreed, "initials"),
          organisation: requiredText(agreed, "organisation"),
        }
      : null,
    lastAttributed: Object.fromEntries(
      children(requiredGroup(root, "lastAttributed"), "box").map((b) => [
        requiredText(b, "key"),
        requiredText(b, "text"),
      ]),
    ),
    rowOrder: Object.fromEntries(
      children(requiredGroup(root, "rowOrder"), "field").map((f) => [
        requiredText(f, "id"),
        children(f, "row").map(textOf),
      ]),
    ),
    ...(children(root, "sealedFrom")[0] ? { sealedFrom: requiredText(root, "sealedFrom") } : {}),
    ...(children(root, "archivedEntries")[0]
      ? { archivedEntries: integer(requiredText(root, "archivedEntries"), "archivedEntries") }
      : {}),
    ...readAppendedAfter(root),
    changeLog: children(requiredGroup(root, "changeLog"), "entry").map(readEntry),
    ...optionalEntries(root, ["formatVersion", "addinVersion"]),
    ...(foreign.length > 0 ? { foreign } : {}),
  };
}

function readAppendedAfter(root: Element): { appendedAfter?: AppendedAfter } {
  const after = children(root, "appendedAfter")[0];
  if (!after) return {};
  const count = (k: string): number => integer(requiredText(after, k), k);
  return {
    appendedAfter: {
      paragraphs: count("paragraphs"),
      tables: count("tables"),
      controls: count("controls"),
      fingerprint: requiredText(after, "fingerprint"),
    },
  };
}

function optionalEntries(parent: Element, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((n) => (children(parent, n)[0] ? [[n, requiredText(parent, n)]] : [])));
}

function checkRoot(root: Element | null): Element {
  const ns = root?.namespaceURI ?? "";
  if (root && ns.startsWith(NAMESPACE_BASE)) {
    const major = Number(ns.slice(NAMESPACE_BASE.length));
    if (Number.isInteger(major) && major > DATA_PART_MAJOR_VERSION) {
      throw new DataPartError(
        "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing Handreiking Regie. Werk de invoegtoepassing bij om het te openen.",
      );
    }
  }
  if (!root || ns !== DATA_PART_NAMESPACE || root.localName !== DATA_PART_ROOT) {
    throw new DataPartError("Dit gegevensdeel hoort niet bij de Handreiking Regie.");
  }
  return root;
}

export function parseDataPart(xml: string): DataPartResult {
  try {
    if (typeof xml !== "string" || xml.trim() === "")
      throw new DataPartError("Het gegevensdeel van dit document is leeg.");
    const root = checkRoot(parseXml(xml).documentElement);
    const format = optionalText(root, "formatVersion");
    if (format !== undefined && isNewerFormat(format)) {
      const addinVersion = optionalText(root, "addinVersion");
      return {
        ok: false,
        error: newerFormatMessage(format, addinVersion),
        raw: xml,
        newer: { format, ...(addinVersion === undefined ? {} : { addinVersion }) },
      };
    }
    const checked = dataPartSchema.safeParse(readRoot(root));
    if (!checked.success) {
      throw new DataPartError(
        `Het gegevensdeel bevat ongeldige gegevens: ${checked.error.issues.map((i) => i.message).join(" ")}`,
      );
    }
    return { ok: true, data: checked.data as DataPart };
  } catch (e) {
    const error = e instanceof DataPartError ? e.message : "Het gegevensdeel van dit document kon niet worden gelezen.";
    return { ok: false, error, raw: String(xml) };
  }
}
