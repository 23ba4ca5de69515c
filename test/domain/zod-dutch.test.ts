// The pages load zod-config first (src/taskpane/index.tsx, the copy worker): zod/mini has no
// messages of its own, so a check without a message of ours must still read as Dutch to the user.
import "../../src/domain/zod-config";
import { newDataPart, parseDataPart, serializeDataPart } from "../../src/domain";

const seq = () => {
  let i = 0;
  return () => (i++ % 97) / 97;
};

describe("zod's own messages, as the pane shows them", () => {
  it("words a damaged data part's check that has no message of ours in Dutch", () => {
    const base = newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random: seq() });
    const xml = serializeDataPart({ ...base, sealedFrom: "x" }).replace(
      /<sealedFrom>x<\/sealedFrom>/,
      `<sealedFrom>${"x".repeat(301)}</sealedFrom>`,
    );
    const r = parseDataPart(xml);
    expect(r.ok).toBe(false);
    const error = r.ok ? "" : r.error;
    expect(error).toMatch(/^Het gegevensdeel bevat ongeldige gegevens: /);
    // zod's Dutch locale: "Te lang: verwacht dat string <=300 tekens heeft", never "Invalid input" or English.
    expect(error).toMatch(/Te (lang|groot)/);
    expect(error).toMatch(/300 tekens/);
    expect(error).not.toMatch(/Invalid|Too big|expected/);
  });
});
