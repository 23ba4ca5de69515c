// Small helpers: deterministic ids derived from content, SHA-256 from WebCrypto (the log chain's
// seals), and random numbers from the platform's cryptographic generator (ids, the date shift).

/** Key-sorted JSON, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** 64-bit FNV-1a (two 32-bit halves) in base 36: short, stable, collisions unlikely enough for log ids. */
export function shortHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x5bd1e995) >>> 0;
  }
  return h1.toString(36).padStart(7, "0") + h2.toString(36).padStart(7, "0");
}

/** SHA-256 of the text's UTF-8 bytes, in lower-case hex (WebCrypto: the browser's, or Node's). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A number in [0, 1) from crypto.getRandomValues: the default source of every random id and of the date shift. */
export function secureRandom(): number {
  const [word = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return word / 0x1_0000_0000;
}

/** Random base-36 characters from an injectable source. */
export function randomBase36(count: number, random: () => number = secureRandom): string {
  let out = "";
  for (let i = 0; i < count; i++) out += Math.max(0, Math.min(35, Math.floor(random() * 36) || 0)).toString(36);
  return out;
}
