// The plain handreiking that "Nieuwe handreiking" inserts, bundled into the add-in so that
// nothing is fetched from elsewhere: webpack inlines it as a data URL in a chunk of its own,
// loaded from the add-in's origin only when it is needed.
import { REFUSED_TEXT } from "../domain/text/errors";

export async function loadTemplateBase64(): Promise<string> {
  const { default: templateDataUrl } = await import(
    /* webpackChunkName: "sjabloon" */ "../../assets/handreiking-regie.docx"
  );
  const comma = templateDataUrl.indexOf(",");
  if (!templateDataUrl.startsWith("data:") || comma < 0) throw new Error(REFUSED_TEXT.templateMissing);
  return templateDataUrl.slice(comma + 1);
}
