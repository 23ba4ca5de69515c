// A small forward scanner over XML text, for the research copy's document.xml (12 MB in the
// largest real file): tags, text, comments found with indexOf, attributes read only when asked.
// No DOM: xmldom needs about 500 MB and 5 s for such a part. It checks what it relies on (tag
// ends, names, attribute syntax, entities) and says so when it cannot; what it cannot read is
// left to the DOM parser (segmented-document.ts), which reports real errors as before.

export type TokenKind = "start" | "end" | "text" | "other";

export interface Token {
  kind: TokenKind;
  /** [start, end) in the XML text. */
  start: number;
  end: number;
  /** Qualified name of a start or end tag ("w:p"); "" otherwise. */
  name: string;
  /** A start tag written <x/>. */
  selfClosing: boolean;
  /** "other" only: how it opens: a comment "!--", a processing instruction "?", CDATA "![CDATA[", other "!". */
  other: string;
}

/** Index just after the '>' that ends the tag starting at `i`, outside attribute values; -1 when unterminated. */
export function tagEnd(xml: string, i: number): number {
  let quote = 0;
  for (let j = i + 1; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e /* > */) return j + 1;
  }
  return -1;
}

const NAME_END = /[\s/>]/g;

/** Reads tokens one by one from `pos`; `next` returns null at the end of the text. Throws on unterminated markup. */
export class XmlScanner {
  pos: number;

  constructor(
    readonly xml: string,
    start = 0,
  ) {
    this.pos = start;
  }

  next(): Token | null {
    const { xml } = this;
    const at = this.pos;
    if (at >= xml.length) return null;
    const lt = xml.indexOf("<", at);
    if (lt !== at) {
      const end = lt < 0 ? xml.length : lt;
      this.pos = end;
      return { kind: "text", start: at, end, name: "", selfClosing: false, other: "" };
    }
    const c = xml.charCodeAt(at + 1);
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const [open, close] = xml.startsWith("<!--", at)
        ? ["!--", "-->"]
        : xml.startsWith("<![CDATA[", at)
          ? ["![CDATA[", "]]>"]
          : c === 0x3f
            ? ["?", "?>"]
            : ["!", ">"];
      const e = xml.indexOf(close, at + 1 + open.length);
      // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
      if (e < 0) throw new SyntaxError("unterminated markup");
      this.pos = e + close.length;
      return { kind: "other", start: at, end: this.pos, name: "", selfClosing: false, other: open };
    }
    if (c === 0x2f /* / */) {
      const e = xml.indexOf(">", at);
      // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
      if (e < 0) throw new SyntaxError("unterminated end tag");
      this.pos = e + 1;
      return {
        kind: "end",
        start: at,
        end: this.pos,
        name: xml.slice(at + 2, e).trim(),
        selfClosing: false,
        other: "",
      };
    }
    const e = tagEnd(xml, at);
    // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
    if (e < 0) throw new SyntaxError("unterminated start tag");
    NAME_END.lastIndex = at + 1;
    const m = NAME_END.exec(xml);
    const nameEnd = m && m.index < e ? m.index : e - 1;
    this.pos = e;
    return {
      kind: "start",
      start: at,
      end: e,
      name: xml.slice(at + 1, nameEnd),
      selfClosing: xml.charCodeAt(e - 2) === 0x2f,
      other: "",
    };
  }
}

export interface RawAttribute {
  name: string;
  /** The value as written (entities not decoded). */
  raw: string;
  /** [start, end) of the whole attribute (name to closing quote) in the tag text. */
  start: number;
  end: number;
}

const ATTRIBUTE = /\s+([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_TAIL = /\s*\/?>$/y;

/**
 * The attributes of a start tag's text, or null when the text is not plain attribute syntax
 * (a name without a value, a duplicate): then the DOM parser decides.
 */
export function attributesOf(tag: string, nameLength: number): RawAttribute[] | null {
  const out: RawAttribute[] = [];
  let i = 1 + nameLength;
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(tag);
    if (!m) break;
    const name = m[1] ?? "";
    if (out.some((a) => a.name === name)) return null;
    out.push({ name, raw: m[2] ?? m[3] ?? "", start: m.index, end: ATTRIBUTE.lastIndex });
    i = ATTRIBUTE.lastIndex;
  }
  TAG_TAIL.lastIndex = i;
  return TAG_TAIL.test(tag) ? out : null;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Character data as a parser gives it, or null when the text holds something this scanner does
 * not decode the way the parser would (an unknown entity, a bare '&', '<', a carriage return).
 */
export function decodeText(raw: string): string | null {
  if (raw.includes("\r") || raw.includes("<")) return null;
  if (!raw.includes("&")) return raw;
  let out = "";
  let at = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const before = raw.slice(at, m.index);
    if (before.includes("&")) return null;
    let ch: string;
    if (m[1]) ch = NAMED[m[1]] ?? "";
    else {
      const code = m[2] ? Number(m[2]) : parseInt(m[3] ?? "", 16);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
      ch = String.fromCodePoint(code);
    }
    out += before + ch;
    at = ENTITY.lastIndex;
  }
  const rest = raw.slice(at);
  return rest.includes("&") ? null : out + rest;
}

/** Text for an element's content: the three characters that cannot stand as they are. */
export function encodeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** The local part of a qualified name ("w:p" → "p"). */
export function localOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name ("w:p" → "w", "p" → ""). */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}
