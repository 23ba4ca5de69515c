// Limits on every .docx that comes from outside (another copy, a file the preview opens),
// checked before and while it is unpacked, so a hostile or broken file is refused in a moment
// instead of freezing the pane. Pure: bytes and strings in, a ReadLimitError (one Dutch sentence:
// what is wrong, what to do) out. No JSZip here; bounded-zip.ts applies these while inflating.
//
// Measured (test/hostile/limits.test.ts prints the figures): the fixtures in test/fixtures are
// 12–14 KB with 12–19 zip entries, 82–96 KB unpacked, at most 16× compression per part
// (document.xml). A form with 5,000 log entries made by the add-in (bench/log-scale.ts's way)
// is 212 KB: 89 entries, 14 MB unpacked, word/document.xml 10.6 MB at 97× (the visible log is a
// table of near-identical rows), data part and archive parts of ≤ 196 KB each at ~44×.
// Each limit below leaves at least twice that room, so a long real log is never refused.

import { FILE_KIND_ERRORS, kindOfUnreadable } from "./file-signature";
import { LIMIT_ERRORS, NOT_DOCX } from "../domain/text/read-copy";
export { LIMIT_ERRORS };

export interface ReadLimits {
  /** The file as picked (the pane already refused more than 50 MB: src/taskpane/copy-file.ts). */
  maxFileBytes: number;
  /** Zip entries: 89 at 5,000 log entries (one archive part per ~250 entries), so 2,000 is ~20,000 entries. */
  maxEntries: number;
  /** Unpacked size of one entry: document.xml is 10.6 MB at 5,000 entries; an image stays under the 50 MB file. */
  maxEntryBytes: number;
  /** Unpacked size of all entries together (14 MB at 5,000 entries). */
  maxTotalBytes: number;
  /** Unpacked ÷ packed for an entry larger than ratioFloorBytes: 97× is the worst real part; zeros pack ~1,000×. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Unpacked bytes (and so characters) of one XML part handed to a parser (10.6 MB for document.xml at 5,000 entries).
   * */
  maxXmlBytes: number;
  /** Element nesting: Word documents nest ~20 deep (tables in tables a few more); the readers recurse. */
  maxXmlDepth: number;
  /** Log entries in the data part and its archive parts together. */
  maxLogEntries: number;
  /** Repeatable rows in the data part's row order (a form has tens). */
  maxRows: number;
  /** Wall time for reading one file; checked between steps and while unpacking. */
  timeBudgetMs: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxEntries: 2_000,
  maxEntryBytes: 64 * MB,
  maxTotalBytes: 128 * MB,
  maxRatio: 250,
  ratioFloorBytes: 1 * MB,
  maxXmlBytes: 24 * MB,
  maxXmlDepth: 256,
  maxLogEntries: 20_000,
  maxRows: 2_000,
  // Node's xmldom (tests) reads the 5,000-entry form in ~20 s; the browser's parser in ~1 s.
  timeBudgetMs: 60_000,
};

/** A file from outside could not be read: the message is one Dutch sentence for the user. */
export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReadError";
  }
}

/** A refusal by one of the limits above. */
export class ReadLimitError extends ReadError {
  constructor(message: string) {
    super(message);
    this.name = "ReadLimitError";
  }
}

export function checkFileSize(bytes: number, limits: ReadLimits = READ_LIMITS): void {
  if (bytes > limits.maxFileBytes) throw new ReadLimitError(LIMIT_ERRORS.fileTooLarge);
}

export interface ZipEntryInfo {
  name: string;
  compressedBytes: number;
  uncompressedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/**
 * Reads the zip's central directory (the sizes every entry declares) without inflating
 * anything, and refuses too many entries, too large declared sizes and extreme ratios.
 * Returns null when the bytes are no zip at all (the caller says "not a .docx").
 * The declared sizes can lie: bounded-zip.ts also counts the bytes while inflating.
 */
export function scanZipDirectory(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): ZipEntryInfo[] | null {
  checkFileSize(bytes.length, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return notAZip(bytes);
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  // ZIP64 (count 0xFFFF or offsets 0xFFFFFFFF) is only needed beyond 4 GB or 65,535 entries.
  if (count === 0xffff || dirOffset === ZIP64_MARKER || dirSize === ZIP64_MARKER)
    throw new ReadLimitError(LIMIT_ERRORS.unpackedTooLarge);
  if (count > limits.maxEntries) throw new ReadLimitError(LIMIT_ERRORS.tooManyEntries);
  if (dirOffset + dirSize > eocd) return notAZip(bytes);
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return notAZip(bytes);
    const compressedBytes = view.getUint32(at + 20, true);
    const uncompressedBytes = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (compressedBytes === ZIP64_MARKER || uncompressedBytes === ZIP64_MARKER)
      throw new ReadLimitError(LIMIT_ERRORS.unpackedTooLarge);
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength));
    checkEntrySize(uncompressedBytes, compressedBytes, limits);
    total += uncompressedBytes;
    if (total > limits.maxTotalBytes) throw new ReadLimitError(LIMIT_ERRORS.unpackedTooLarge);
    entries.push({ name, compressedBytes, uncompressedBytes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Bytes whose zip directory cannot be read: a Word file protected with a password, an old .doc
 * and a damaged .docx are refused with their own sentence (file-signature.ts); anything else is
 * null (the caller says "not a .docx").
 */
function notAZip(bytes: Uint8Array): null {
  const kind = kindOfUnreadable(bytes);
  if (kind === "encrypted" || kind === "oldDoc") throw new ReadError(FILE_KIND_ERRORS[kind]);
  if (kind === "damaged") throw new ReadLimitError(LIMIT_ERRORS.damagedZip);
  return null;
}

/** An entry name as JSZip reads it (UTF-8); only used to look up the declared sizes. */
function entryName(raw: Uint8Array): string {
  if (typeof TextDecoder === "function") return new TextDecoder().decode(raw);
  return String.fromCharCode(...raw); // test environments without TextDecoder: ASCII names still match
}

/** One entry's unpacked size against the per-entry limit and the compression ratio. */
export function checkEntrySize(
  uncompressedBytes: number,
  compressedBytes: number,
  limits: ReadLimits = READ_LIMITS,
): void {
  if (uncompressedBytes > limits.maxEntryBytes) throw new ReadLimitError(LIMIT_ERRORS.unpackedTooLarge);
  if (
    uncompressedBytes > limits.ratioFloorBytes &&
    uncompressedBytes > limits.maxRatio * Math.max(compressedBytes, 1)
  ) {
    throw new ReadLimitError(LIMIT_ERRORS.ratio);
  }
}

/**
 * Checks XML text before any parser sees it: its length, no DOCTYPE or ENTITY declaration
 * (ECMA-376 Part 2, Open Packaging Conventions [M1.18]: DTD declarations shall not be used in a
 * package and readers shall treat them as an error; the browser's parser would expand entities,
 * xmldom refuses them), and the element depth, in one linear pass without building anything.
 */
export function checkXmlText(xml: string, limits: ReadLimits = READ_LIMITS): void {
  if (xml.length > limits.maxXmlBytes) throw new ReadLimitError(LIMIT_ERRORS.xmlTooLarge);
  let depth = 0;
  let i = xml.indexOf("<");
  while (i >= 0 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) {
      depth--;
      i = xml.indexOf(">", i);
    } else if (next === 0x3f /* ? */) {
      i = xml.indexOf("?>", i);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", i)) i = xml.indexOf("-->", i);
      else if (xml.startsWith("<![CDATA[", i)) i = xml.indexOf("]]>", i);
      else throw new ReadLimitError(LIMIT_ERRORS.doctype); // <!DOCTYPE, <!ENTITY, <!ELEMENT…
    } else {
      // a start tag: find its end outside attribute values ('>' may stand in a value)
      let quote = 0;
      let j = i + 1;
      for (; j < xml.length; j++) {
        const c = xml.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e /* > */) break;
      }
      if (xml.charCodeAt(j - 1) !== 0x2f /* / */ && ++depth > limits.maxXmlDepth)
        throw new ReadLimitError(LIMIT_ERRORS.xmlTooDeep);
      i = j;
    }
    if (i < 0) break; // unterminated: the parser reports broken XML
    i = xml.indexOf("<", i + 1);
  }
}

/** Elements with this local name (any prefix), counted in the text without parsing. */
export function countElements(xml: string, localName: string): number {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}[\\s/>]`, "g");
  let n = 0;
  while (re.exec(xml)) n++;
  return n;
}

/**
 * Counts log entries and rows part by part, before anything is parsed, and refuses a log or a
 * row order larger than any real handreiking has as soon as the count passes the limit.
 */
export class LogCounter {
  private entries = 0;
  private rows = 0;

  constructor(private readonly limits: ReadLimits = READ_LIMITS) {}

  add(xml: string): void {
    this.entries += countElements(xml, "entry");
    this.rows += countElements(xml, "row");
    if (this.entries > this.limits.maxLogEntries) throw new ReadLimitError(LIMIT_ERRORS.tooManyLogEntries);
    if (this.rows > this.limits.maxRows) throw new ReadLimitError(LIMIT_ERRORS.tooManyRows);
  }
}

/** The time budget of one read; check() between steps throws once it is spent. */
export class Deadline {
  private readonly end: number;

  constructor(
    budgetMs: number = READ_LIMITS.timeBudgetMs,
    private readonly now: () => number = Date.now,
  ) {
    this.end = now() + budgetMs;
  }

  check(): void {
    if (this.now() > this.end) throw new ReadLimitError(LIMIT_ERRORS.tooSlow);
  }
}

/**
 * The Dutch sentence for anything that went wrong while reading a file from outside. Libraries
 * and the runtime throw English ("Bug : uncompressed data size mismatch", "End of data reached",
 * "Corrupted zip…", "Maximum call stack size exceeded", parser errors): none of that reaches
 * the user. `fallback` says what could not be read.
 */
export function readErrorMessage(error: unknown, fallback: string): string {
  if (error instanceof ReadError) return error.message;
  if (error instanceof RangeError) return LIMIT_ERRORS.tooComplex; // stack or array size exceeded
  const message = error instanceof Error ? error.message : String(error);
  if (
    /zip|end of data|uncompressed data size|crc32|compression|invalid (code|block|distance|stored)|inflate|header/i.test(
      message,
    )
  )
    return LIMIT_ERRORS.damagedZip;
  return fallback;
}

/** For a file about to be opened whole (the preview): the Dutch refusal, or null when its package is within the limits.
 * */
export function refuseDocx(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): string | null {
  try {
    return scanZipDirectory(bytes, limits) ? null : NOT_DOCX;
  } catch (error) {
    return readErrorMessage(error, NOT_DOCX);
  }
}
