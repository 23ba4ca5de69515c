// The plain handreiking that "Nieuwe handreiking" inserts, bundled into the add-in so that
// nothing is fetched: webpack inlines it as a data URL.
import templateDataUrl from "../../assets/handreiking-regie.docx";

export async function loadTemplateBase64(): Promise<string> {
  const comma = templateDataUrl.indexOf(",");
  if (!templateDataUrl.startsWith("data:") || comma < 0) throw new Error("Het sjabloon ontbreekt in deze versie van de invoegtoepassing.");
  return templateDataUrl.slice(comma + 1);
}
