import { readFileSync } from "fs";
import path from "path";

export async function loadTemplateBase64FromDisk(): Promise<string> {
  return readFileSync(path.resolve(__dirname, "../assets/handreiking-regie.docx")).toString("base64");
}
