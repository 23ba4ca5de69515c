// The domain core: pure TypeScript, no Office, no DOM. Everything the Word layer and the
// task pane need about the handreiking's rules.
export * from "./template";
export * from "./form/text-rules";
export * from "./dates/dates";
export * from "./form/form-values";
export * from "./form/role-values";
export * from "./form/field-rules";
export * from "./form/form-schema";
export * from "./form/form-issues";
export * from "./form/box-text";
export * from "./form/boxes";
export * from "./form/row-edits";
export * from "./log/profile";
export * from "./log/stamp";
export * from "./log/hand-stamp";
export * from "./log/outside-attribution";
export * from "./form/file-name";
export * from "./log/hash";
export * from "./log/change-log";
export * from "./log/change-log-table";
export * from "./log/log-chain";
export * from "./log/log-check";
export * from "./log/log-problems";
export * from "./log/fill-session";
export * from "./log/edit-entries";
export * from "./data-part/data-part";
export * from "./data-part/xml-text";
export * from "./form/readiness";
export * from "./form/agreement";
export * from "./template/document-map";
export * from "./template/static-text";
export * from "./form/form-from-boxes";
export * from "./form/box-check";
export * from "./form/one-line";
// The anonymiser is not re-exported here: only the lazy Kopieën tab uses it; import it by path
// ("domain/anonymise") so that it stays out of the task pane's entry chunk.
export * from "./copies/compare-copies";
export * from "./copies/merge-record";
export * from "./data-part/stored-copies";
export * from "./data-part/hidden-data";
export * from "./data-part/rebuild";
export * from "./form/count-words";
export * from "./template/upgrade";
export * from "./data-part/upgrade-data";
export * from "./data-part/format-upgrade";
