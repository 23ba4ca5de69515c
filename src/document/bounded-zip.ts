// Opening a .docx from outside within the limits of read-limits.ts: the central directory is
// checked before JSZip sees the file, and every part is inflated as a stream that stops as
// soon as it passes its declared size, the per-entry limit or what is left of the total (a
// header can lie about the size; JSZip itself would inflate everything and only then complain).
// JSZip's streaming API: ZipObject.internalStream(type) with on("data"|"error"|"end"), resume()
// and pause() (https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html).
import JSZip from "jszip";
import {
  checkEntrySize,
  checkXmlText,
  Deadline,
  LIMIT_ERRORS,
  READ_LIMITS,
  ReadLimitError,
  scanZipDirectory,
  type ReadLimits,
  type ZipEntryInfo,
} from "./read-limits";

/** ZipObject.internalStream, documented but missing from JSZip's type definitions. */
interface InternalStream {
  on(event: "data", listener: (chunk: string) => void): InternalStream;
  on(event: "error", listener: (error: unknown) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}
type Streamable = { internalStream(type: "string"): InternalStream };

export interface ZipBudget {
  limits: ReadLimits;
  deadline: Deadline;
  /** Declared sizes from the central directory, by entry name. */
  declared: Map<string, ZipEntryInfo>;
  /** Bytes inflated so far, all parts together. */
  inflated: number;
}

export interface OpenedDocx {
  zip: JSZip;
  budget: ZipBudget;
}

/** The package, or null when the bytes are no zip; throws ReadLimitError for a refused one. */
export async function openZip(
  bytes: Uint8Array | ArrayBuffer,
  limits: ReadLimits = READ_LIMITS,
  deadline = new Deadline(limits.timeBudgetMs),
): Promise<OpenedDocx | null> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const entries = scanZipDirectory(data, limits);
  if (!entries) return null;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // a zip directory was found, but JSZip cannot follow it ("End of data reached", "Corrupted zip…")
    throw new ReadLimitError(LIMIT_ERRORS.damagedZip);
  }
  // JSZip may read the directory differently from the scan (e.g. a second directory): count again.
  if (Object.keys(zip.files).length > limits.maxEntries) throw new ReadLimitError(LIMIT_ERRORS.tooManyEntries);
  deadline.check();
  return { zip, budget: { limits, deadline, declared: new Map(entries.map((e) => [e.name, e])), inflated: 0 } };
}

/**
 * One part as text (UTF-8, as JSZip decodes it while inflating), within the budget; undefined
 * when the package has no such part. Sizes are counted in characters, never more than bytes.
 */
export function readPartText(
  zip: JSZip,
  path: string,
  budget: ZipBudget,
  maxBytes = budget.limits.maxEntryBytes,
  tooLarge: string = LIMIT_ERRORS.unpackedTooLarge,
): Promise<string | undefined> {
  const file = zip.file(path);
  if (!file) return Promise.resolve(undefined);
  const { limits, deadline } = budget;
  const declared = budget.declared.get(path);
  if (declared) checkEntrySize(declared.uncompressedBytes, declared.compressedBytes, limits);
  if (declared && declared.uncompressedBytes > maxBytes) return Promise.reject(new ReadLimitError(tooLarge));
  // a part may not grow past what it declared, nor past the limits
  const cap = Math.min(declared?.uncompressedBytes ?? maxBytes, maxBytes, limits.maxTotalBytes - budget.inflated);
  return new Promise((resolve, reject) => {
    const chunks: string[] = [];
    let size = 0;
    let done = false;
    const stream = (file as unknown as Streamable).internalStream("string");
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(error instanceof ReadLimitError ? error : new ReadLimitError(LIMIT_ERRORS.damagedZip));
    };
    stream
      .on("data", (chunk: string) => {
        if (done) return;
        size += chunk.length;
        budget.inflated += chunk.length;
        try {
          if (size > cap) {
            const lied = declared !== undefined && size > declared.uncompressedBytes;
            throw new ReadLimitError(
              lied ? LIMIT_ERRORS.damagedZip : size > maxBytes ? tooLarge : LIMIT_ERRORS.unpackedTooLarge,
            );
          }
          if (declared && size > limits.ratioFloorBytes) checkEntrySize(size, declared.compressedBytes, limits);
          deadline.check();
        } catch (error) {
          fail(error);
          return;
        }
        chunks.push(chunk);
      })
      .on("error", fail)
      .on("end", () => {
        if (done) return;
        done = true;
        resolve(chunks.join(""));
      })
      .resume();
  });
}

/** One XML part as text (byte order mark dropped), checked by checkXmlText before anyone parses it. */
export async function readXmlText(zip: JSZip, path: string, budget: ZipBudget): Promise<string | undefined> {
  const raw = await readPartText(zip, path, budget, budget.limits.maxXmlBytes, LIMIT_ERRORS.xmlTooLarge);
  if (raw === undefined) return undefined;
  const text = raw.replace(/^\uFEFF/, "");
  checkXmlText(text, budget.limits);
  budget.deadline.check();
  return text;
}
