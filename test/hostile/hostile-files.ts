// Hostile .docx files, generated in the test (nothing big in git): a zip writer that can lie
// about sizes, a deflate stream of gigabytes of zeros built from one repeated block, and
// measuring time and memory while a file is read.
import { performance } from "node:perf_hooks";
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim the entry unpacks to. */
  uncompressedSize: number;
  crc?: number;
}

/** A zip package written by hand, so headers can claim anything. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** A deflated entry as it really is (honest sizes and CRC). */
export function deflated(name: string, text: string | Uint8Array): RawEntry {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  return { name, data: deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length, crc: crc32(bytes) };
}

/**
 * A raw deflate stream of `blocks` × 64 MB of zeros, about 64 KB per block: one block made
 * once (ending in a full flush, so it refers to nothing before it) and repeated, then an empty
 * final block. 64 blocks = 4 GB of zeros in ~4 MB, made in a few milliseconds.
 */
export function zerosDeflate(blocks: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const final = Buffer.from([0x03, 0x00]); // an empty fixed-Huffman final block
  return new Uint8Array(Buffer.concat([...Array.from({ length: blocks }, () => block), final]));
}

export interface Measured<T> {
  result: T;
  /** Wall-clock time: printed, not asserted (it depends on what else the machine does). */
  ms: number;
  /** CPU time this process spent (user + system): the work done, steady on a busy machine. */
  cpuMs: number;
  /** Highest resident set size seen during the run, above the start. */
  rssMB: number;
  heapMB: number;
}

/** Runs `fn`, sampling memory every 5 ms (and at the end), and prints the figures. */
export async function measure<T>(label: string, fn: () => Promise<T>): Promise<Measured<T>> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    const result = await fn();
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    sample();
    const out = {
      result,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssMB: (peakRss - before.rss) / 1024 / 1024,
      heapMB: (peakHeap - before.heapUsed) / 1024 / 1024,
    };
    console.log(
      `${label}: ${Math.round(ms)} ms (CPU ${Math.round(out.cpuMs)} ms), +${Math.round(out.rssMB)} MB rss, +${Math.round(out.heapMB)} MB heap`,
    );
    return out;
  } finally {
    clearInterval(timer);
  }
}
