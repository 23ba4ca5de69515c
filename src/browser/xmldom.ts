// In the browser build, `@xmldom/xmldom` resolves to this file (webpack.config.js, for imports
// from src/ only): the platform's own XML parser and serializer, instead of ~270 KB of
// JavaScript in the pane's first download. Same surface as the parts of xmldom the add-in uses;
// a parse error is reported through `onError` as xmldom does. Node (tests, scripts) keeps xmldom.
// A worker has no DOMParser: the copy worker hands this file the real xmldom (copy-worker.ts), so
// the pane and the worker share one build of every module that parses XML (issue 30: no library
// shipped twice) and xmldom itself ships in the worker's chunk only.
type Level = "warning" | "error" | "fatalError";

const DTD = /<!(DOCTYPE|ENTITY)/i;
/** What a browser returns for XML it cannot parse: a document whose root is <parsererror>. */
const REFUSED = '<parsererror xmlns="http://www.mozilla.org/newlayout/xml/parsererror.xml">DOCTYPE</parsererror>';

export interface DOMParserOptions {
  onError?: (level: Level, message: string) => void;
}

/** XML where the platform has none (a worker): the same three classes, as @xmldom/xmldom has them. */
export interface XmlWithoutPlatform {
  DOMParser: new (options?: DOMParserOptions) => { parseFromString(source: string, mimeType: string): unknown };
  XMLSerializer: new () => { serializeToString(node: never): string };
  DOMImplementation: new () => {
    createDocument(namespace: string | null, qualifiedName: string, doctype: null): unknown;
  };
}

let withoutPlatform: XmlWithoutPlatform | null = null;

/** The copy worker's XML (copy-worker.ts registers xmldom before any message is handled). */
export function provideXmlWithoutPlatform(xml: XmlWithoutPlatform): void {
  withoutPlatform = xml;
}

/** The registered XML when this thread has no DOMParser (a worker); null in a page. */
function fallback(): XmlWithoutPlatform | null {
  if (typeof window !== "undefined" && typeof window.DOMParser === "function") return null;
  if (!withoutPlatform) throw new Error("no XML parser in this thread: provideXmlWithoutPlatform was not called");
  return withoutPlatform;
}

export class DOMParser {
  private readonly onError: DOMParserOptions["onError"];

  constructor(options: DOMParserOptions = {}) {
    this.onError = options.onError;
  }

  parseFromString(source: string, mimeType: string): Document {
    const other = fallback();
    if (other) return new other.DOMParser({ onError: this.onError }).parseFromString(source, mimeType) as Document;
    // xmldom expands no entities; the browser's parser expands DTD entities (a 110 KB
    // "billion laughs" part took 71 s in Chromium). A .docx never has a DTD (ECMA-376 Part 2,
    // [M1.18]): refuse it before the browser's parser sees the text.
    if (DTD.test(source)) {
      this.onError?.("fatalError", "DOCTYPE/ENTITY declarations are not allowed");
      return new window.DOMParser().parseFromString(REFUSED, "text/xml");
    }
    const doc = new window.DOMParser().parseFromString(source, mimeType as DOMParserSupportedType);
    // Browsers do not throw: they return a document that holds a <parsererror> element.
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) this.onError?.("fatalError", error.textContent ?? "XML parse error");
    return doc;
  }
}

export class XMLSerializer {
  serializeToString(node: Node): string {
    const other = fallback();
    if (other) return new other.XMLSerializer().serializeToString(node as never);
    return new window.XMLSerializer().serializeToString(node);
  }
}

export class DOMImplementation {
  createDocument(namespace: string | null, qualifiedName: string, doctype: DocumentType | null): XMLDocument {
    const other = fallback();
    if (other && doctype === null)
      return new other.DOMImplementation().createDocument(namespace, qualifiedName, null) as XMLDocument;
    return document.implementation.createDocument(namespace, qualifiedName, doctype);
  }
}
