// Whether a document's body is empty, judged on everything it holds, not on its text alone: a
// body with only a picture, a chart, a tracked deletion or a section break is not empty, and the
// add-in never writes a new handreiking over it. Pure: src/document reads the kinds from the
// body's OOXML (body-content.ts), src/word loads it.

/** What a body can hold besides empty paragraphs. */
export const CONTENT_KINDS = [
  "text",
  "deletion",
  "insertion",
  "picture",
  "chart",
  "smartArt",
  "drawing",
  "object",
  "table",
  "field",
  "contentControl",
  "comment",
  "footnote",
  "equation",
  "sectionBreak",
  "headerFooter",
  "other",
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Dutch names, as the pane lists them. */
export const CONTENT_KIND_NAMES: Record<ContentKind, string> = {
  text: "tekst",
  deletion: "bijgehouden verwijderingen",
  insertion: "bijgehouden invoegingen",
  picture: "afbeeldingen",
  chart: "grafieken",
  smartArt: "SmartArt",
  drawing: "vormen of tekeningen",
  object: "ingesloten objecten",
  table: "tabellen",
  field: "velden",
  contentControl: "inhoudsbesturingselementen",
  comment: "opmerkingen",
  footnote: "voet- of eindnoten",
  equation: "vergelijkingen",
  sectionBreak: "sectie-einden",
  headerFooter: "kop- of voetteksten",
  other: "andere inhoud",
};

/** What the pane read of a body: its text and counts (any Word), and the kinds found in its OOXML (null: not read). */
export interface BodyFacts {
  text: string;
  tables: number;
  contentControls: number;
  ooxmlKinds: readonly ContentKind[] | null;
}

/** Everything the body holds, in CONTENT_KINDS order; [] only for a body that is truly empty. */
export function bodyContent(facts: BodyFacts): ContentKind[] {
  const found = new Set<ContentKind>(facts.ooxmlKinds ?? []);
  if (facts.text.trim() !== "") found.add("text");
  if (facts.tables > 0) found.add("table");
  if (facts.contentControls > 0) found.add("contentControl");
  return CONTENT_KINDS.filter((k) => found.has(k));
}

/** "afbeeldingen en grafieken", "tekst, tabellen en velden". */
export function describeContent(kinds: readonly ContentKind[]): string {
  const names = kinds.map((k) => CONTENT_KIND_NAMES[k]);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

/** The refusal when a new handreiking would be written into a body that is not empty. */
export function notEmptyMessage(kinds: readonly ContentKind[]): string {
  return `Dit document is niet leeg: het bevat ${describeContent(kinds)}. De invoegtoepassing schrijft er geen nieuwe handreiking overheen en verandert er niets aan. Maak een nieuw leeg document en kies daar ‘Nieuwe handreiking’.`;
}
