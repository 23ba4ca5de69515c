// The document generator: the plain handreiking (.docx) from a template definition.
export * from "./build-plain";
export * from "./synthetic-template";
