// In the browser build, `@xmldom/xmldom` resolves to this file (webpack.config.js, for imports
// from src/ only): the platform's own XML parser and serializer, instead of ~270 KB of
// JavaScript in the pane's first download. Same surface as the parts of xmldom the add-in uses;
// a parse error is reported through `onError` as xmldom does. Node (tests, scripts) keeps xmldom.
type Level = "warning" | "error" | "fatalError";

export interface DOMParserOptions {
  onError?: (level: Level, message: string) => void;
}

export class DOMParser {
  private readonly onError: DOMParserOptions["onError"];

  constructor(options: DOMParserOptions = {}) {
    this.onError = options.onError;
  }

  parseFromString(source: string, mimeType: string): Document {
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
