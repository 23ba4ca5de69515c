// Shared helpers for the manifest tests: reading the manifest and checking PNG files.
import { readFileSync } from "fs";
import { join } from "path";
import { inflateSync } from "zlib";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export const ROOT = join(__dirname, "..", "..");
export const MANIFEST_PATH = join(ROOT, "manifest.xml");
export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export function readManifest(path = MANIFEST_PATH): string {
  return readFileSync(path, "utf8");
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, "text/xml");
}

export function elements(parent: Document | Element, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

export function only(parent: Document | Element, ns: string, name: string): Element {
  const found = elements(parent, ns, name);
  if (found.length !== 1) throw new Error(`Expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** Every http(s) URL in the XML outside comments (attribute values and element text). */
export function urlsIn(xml: string): string[] {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  return Array.from(withoutComments.matchAll(/https?:\/\/[^"'<>\s]+/g), (m) => m[0]).filter(
    // XML namespace names are identifiers, not fetched URLs.
    (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
  );
}

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** Raw RGBA pixels (only filled for 8-bit RGBA images without filtering tricks we can't undo). */
  rgba?: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Parses a PNG strictly: signature, chunk CRCs, IHDR first, IEND last, IDAT inflates to the right size. */
export function readPng(buf: Buffer): PngInfo {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error("not a PNG (bad signature)");
  let offset = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    if (crc32(buf.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    offset += 12 + length;
  }
  if (chunks[0]?.type !== "IHDR") throw new Error("IHDR is not the first chunk");
  if (chunks[chunks.length - 1]?.type !== "IEND") throw new Error("IEND is not the last chunk");
  const ihdr = chunks[0].data;
  const info: PngInfo = {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colourType: ihdr[9],
  };
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[info.colourType];
  if (!channels) throw new Error(`unknown colour type ${info.colourType}`);
  const stride = Math.ceil((info.width * channels * info.bitDepth) / 8);
  if (raw.length !== info.height * (stride + 1)) throw new Error("image data has the wrong size");

  if (info.colourType === 6 && info.bitDepth === 8 && ihdr[12] === 0) {
    const out = Buffer.alloc(info.height * stride);
    for (let y = 0; y < info.height; y++) {
      const filter = raw[y * (stride + 1)];
      for (let x = 0; x < stride; x++) {
        const v = raw[y * (stride + 1) + 1 + x];
        const a = x >= 4 ? out[y * stride + x - 4] : 0;
        const b = y > 0 ? out[(y - 1) * stride + x] : 0;
        const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
        const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
        if (pred === undefined) throw new Error(`bad filter type ${filter}`);
        out[y * stride + x] = (v + pred) & 0xff;
      }
    }
    info.rgba = out;
  }
  return info;
}
