// Counts the work an action does, unfooled by machine load (issue 30): XML parses (every parser in
// the add-in and the emulator is @xmldom/xmldom's DOMParser) and SHA-256 hashes (the log chain's
// seals, WebCrypto), each with the characters/bytes it went through. Round trips are the emulator's
// own syncCount.
import { DOMParser } from "@xmldom/xmldom";

export interface Work {
  xmlParses: number;
  xmlChars: number;
  hashes: number;
  hashedBytes: number;
}

const counts: Work = { xmlParses: 0, xmlChars: 0, hashes: 0, hashedBytes: 0 };
let installed = false;

/** Wraps the parser and the digest once (idempotent); the counters run from then on. */
export function installWorkCounter(): void {
  if (installed) return;
  installed = true;
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (this: DOMParser, source: string, mimeType: string) {
    counts.xmlParses += 1;
    counts.xmlChars += source.length;
    return parse.call(this, source, mimeType as Parameters<typeof parse>[1]);
  } as typeof parse;
  const subtle = globalThis.crypto.subtle;
  const digest = subtle.digest.bind(subtle);
  subtle.digest = ((algorithm: AlgorithmIdentifier, data: BufferSource) => {
    counts.hashes += 1;
    counts.hashedBytes += data.byteLength;
    return digest(algorithm, data);
  }) as typeof subtle.digest;
}

/** The work done while `act` runs. */
export async function workOf(act: () => Promise<unknown>): Promise<Work> {
  installWorkCounter();
  const before = { ...counts };
  await act();
  return {
    xmlParses: counts.xmlParses - before.xmlParses,
    xmlChars: counts.xmlChars - before.xmlChars,
    hashes: counts.hashes - before.hashes,
    hashedBytes: counts.hashedBytes - before.hashedBytes,
  };
}
