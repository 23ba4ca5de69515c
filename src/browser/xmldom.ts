// In the browser build, `@xmldom/xmldom` resolves to this file (webpack.config.js, for imports
// from src/ only): the platform's own XML parser and serializer, instead of ~270 KB of
// JavaScript in the pane's first download. Same surface as the parts of xmldom the add-in uses;
// a parse error is reported through `onError` as xmldom does. Node (tests, scripts) keeps xmldom.
type Level = "warning" | "error" | "fatalError";

const DTD = /<!(DOCTYPE|ENTITY)/i;
/** What a browser returns for XML it cannot parse: a document whose root is <parsererror>. */
const REFUSED = '<parsererror xmlns="http://www.mozilla.org/newlayout/xml/parsererror.xml">DOCTYPE</parsererror>';

export interface DOMParserOptions {
  onError?: (level: Level, message: string) => void;
}

export class DOMParser {
  private readonly onError: DOMParserOptions["onError"];

  constructor(options: DOMParserOptions = {}) {
    this.onError = options.onError;
  }

  parseFromString(source: string, mimeType: string): Document {
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
    return new window.XMLSerializer().serializeToString(node);
  }
}

export class DOMImplementation {
  createDocument(namespace: string | null, qualifiedName: string, doctype: DocumentType | null): XMLDocument {
    return document.implementation.createDocument(namespace, qualifiedName, doctype);
  }
}
