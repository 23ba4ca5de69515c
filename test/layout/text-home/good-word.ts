// A Word-layer file with only technical strings: local/text-home must report nothing here.
import { CHANGED_MEANWHILE } from "../../../src/domain/text/edits";

export const TAG = "hr-stamp:afspraken";
export const NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const XML = `<w:p xmlns:w="${NS}"><w:r><w:t>x</w:t></w:r></w:p>`;
export const BORDER = "1px solid #0F6E78";
export const CODE = "replacesLastNeedsOneKnownRow";
export const SPLIT = new RegExp("\\r\\n|[\\n\\r]");
export const key = (field: string, row: number): string => `${field}.${row}`;
export const refusal = CHANGED_MEANWHILE;
export const settings: Record<string, string> = { "Handreiking Regie data": "x" };
export function kind(k: string): boolean {
  return k === "not supported here";
}
export const border = (width: string, colour: string): string => `${width} solid ${colour}`;
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
export const preserve = (tag: string): string => `${tag.slice(0, -1)} xml:space="preserve">`;
