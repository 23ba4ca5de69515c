// Words the plain template (src/document/build-plain.ts) writes into the document besides the
// template's own wording: the page footer and the name in the file's properties.

/** The footer "<titel> · pagina 3 van 7", around Word's page-number fields. */
export const FOOTER = {
  beforePage: (title: string): string => `${title} · pagina `,
  betweenPages: " van ",
} as const;

/** The program named as the file's creator and last editor. */
export const GENERATOR_NAME = "Handreiking Regie";
