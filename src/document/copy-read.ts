// The research copy, step 1: the package read. The original opened once (its main document in
// segments, segmented-document.ts) and each other part read when a step needs it: a part that is
// there must parse, since what cannot be read cannot be checked. Errors that reach the user: Dutch.
import type { Document } from "@xmldom/xmldom";
import JSZip from "jszip";
import { cacheParts, readXmlPart, seedPart, seedPiecewisePart, writeXmlPart } from "./docx-parts";
import { isStrictPackage } from "./package-sweep";
import { SegmentedDocument, segmentDocument } from "./segmented-document";
import { readErrorMessage } from "./read-limits";
import { COPY_ERRORS } from "./read-data-part";
import { ANONYMISE_ERRORS } from "../domain/text/research-copy";
import { W_NS, loadDocx, mainDocumentPath, parseXml } from "./ooxml";

/** Errors on this path reach the user: always Dutch. */
export class CopyError extends Error {}

export { ANONYMISE_ERRORS };

/** A part that is there must parse: what cannot be read cannot be checked, and must not leave unchecked. */
export async function readPart(zip: JSZip, path: string): Promise<Document | null> {
  if (!zip.file(path)) return null;
  const doc = await readXmlPart(zip, path);
  if (!doc) throw new CopyError(ANONYMISE_ERRORS.damagedPart(path));
  return doc;
}

export function toCopyError(error: unknown): CopyError {
  if (error instanceof CopyError) return error;
  // "Maximum call stack size exceeded" and other engine messages are not for the user; the
  // reader's limits (ReadError) and damaged zips have Dutch sentences of their own
  if (error instanceof RangeError) return new CopyError(ANONYMISE_ERRORS.tooDeep);
  return new CopyError(readErrorMessage(error, ANONYMISE_ERRORS.failed));
}

/** Reads each part that is there (see readPart), edits it and writes it back. */
export async function rewriteParts(
  zip: JSZip,
  paths: readonly string[],
  edit: (part: Document) => void,
): Promise<void> {
  for (const path of paths) {
    const part = await readPart(zip, path);
    if (!part) continue;
    edit(part);
    writeXmlPart(zip, path, part);
  }
}

/**
 * A package already opened, with its main document read (the copy reader's): neither is done
 * twice. The document is in segments (segmented-document.ts), or one DOM when it could not be
 * segmented safely or `wholeDocument` asked for it.
 */
export interface OpenedDocx {
  zip: JSZip;
  docPath: string;
  doc: Document | SegmentedDocument;
}

export async function open(
  original: Uint8Array | ArrayBuffer | OpenedDocx,
  wholeDocument: boolean,
): Promise<OpenedDocx> {
  if ("zip" in original) return original;
  const zip = await loadDocx(original);
  if (!zip) throw new CopyError(COPY_ERRORS.notDocx);
  const docPath = (await mainDocumentPath(zip)) ?? "word/document.xml";
  const text = (await zip.file(docPath)?.async("string")) ?? "";
  const doc = wholeDocument ? parseXml(text) : segmentDocument(text);
  if (!doc) throw new CopyError(COPY_ERRORS.notDocx);
  return { zip, docPath, doc };
}

/**
 * The package opened for the copy, its main document read once: refused when Strict (not
 * scrubbed fully, so never called anonymised) or not WordprocessingML; its parts cached, the main
 * document seeded so every later step edits the same one.
 */
export async function openForCopy(
  original: Uint8Array | ArrayBuffer | OpenedDocx,
  wholeDocument: boolean,
): Promise<OpenedDocx> {
  const opened = await open(original, wholeDocument);
  const { zip, docPath, doc } = opened;
  const namespace = doc instanceof SegmentedDocument ? doc.namespace : (doc.documentElement?.namespaceURI ?? "");
  if (await isStrictPackage(zip, docPath, namespace)) throw new CopyError(ANONYMISE_ERRORS.strict);
  if (namespace !== W_NS) throw new CopyError(COPY_ERRORS.notDocx);
  cacheParts(zip);
  if (doc instanceof SegmentedDocument) seedPiecewisePart(zip, docPath, doc);
  else seedPart(zip, docPath, doc);
  return opened;
}
