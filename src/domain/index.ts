// zod in jitless mode before any schema is built (see zod-config.ts).
import "./zod-config";

// The domain core: pure TypeScript, no Office, no DOM. Everything the Word layer and the
// task pane need about the handreiking's rules.
export * from "./template";
export * from "./text-rules";
export * from "./dates";
export * from "./form-values";
export * from "./field-rules";
export * from "./form-schema";
export * from "./form-issues";
export * from "./box-text";
export * from "./boxes";
export * from "./profile";
export * from "./stamp";
export * from "./hand-stamp";
export * from "./outside-attribution";
export * from "./file-name";
export * from "./hash";
export * from "./change-log";
export * from "./change-log-table";
export * from "./log-chain";
export * from "./log-check";
export * from "./data-part";
export * from "./xml-text";
export * from "./readiness";
export * from "./agreement";
export * from "./document-map";
export * from "./static-text";
export * from "./form-from-boxes";
export * from "./box-check";
export * from "./one-line";
// The anonymiser is not re-exported here: only the lazy Kopieën tab uses it; import it by path
// ("domain/anonymise") so that it stays out of the task pane's entry chunk.
export * from "./compare-copies";
export * from "./stored-copies";
export * from "./hidden-data";
export * from "./count-words";
