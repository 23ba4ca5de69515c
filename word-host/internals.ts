// The emulator's API classes, for tests and benches that count or patch what the Word layer calls
// on them (prototype spies). Reached only as "word-host/internals": the package's exports map
// keeps every other file private.
export { RequestContext } from "./core";
export { ContentControl } from "./content-controls";
export { CustomXmlPart } from "./custom-xml";
export { Table, TableRow } from "./tables";
export { Paragraph } from "./word-document";
