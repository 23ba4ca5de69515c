// "Handreiking weer weghalen" after "Nieuwe handreiking" put the form after existing content: the
// document comes back as it was (body, every part), in one write batch after the read; refused,
// with nothing changed, once the form was used or the original content moved.
import JSZip from "jszip";
import { blankDocx } from "word-host";
import { boxTag } from "../../src/domain";
import * as undo from "../../src/word/undo-append";
import { UNDO_MOVED, UNDO_NOT_APPENDED, UNDO_TOUCHED } from "../../src/domain/text/append";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { LIBREOFFICE_DIR } from "../foreign/corpus";
import { gatewayFor, PH, PLAIN, PROFILES, startHost, stopHost } from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(() => {
  stopHost();
  jest.restoreAllMocks();
});

const letter =
  "<w:p><w:r><w:t>Brief aan de ouders</w:t></w:r></w:p>" +
  '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Eigen tabel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
  '<w:sdt><w:sdtPr><w:id w:val="77"/><w:tag w:val="eigen"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Eigen veld</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
  '<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr></w:p>' +
  "<w:p><w:r><w:t>Tweede sectie</w:t></w:r></w:p>";

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("string"));
  return parts;
}

const bodyOf = (xml: string) => /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1];

/** Parts that differ after the undo; styles may only have grown (a style the template brought stays). */
async function differences(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const old = await partsOf(before);
  const now = await partsOf(after);
  const out: string[] = [];
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(name);
    const b = now.get(name);
    if (a === b) continue;
    if (a !== undefined && b !== undefined && /styles\.xml$/.test(name)) {
      const lost = (a.match(/<w:style\b[\s\S]*?<\/w:style>/g) ?? []).filter((s) => !b.includes(s));
      out.push(...lost.map((s) => `${name}: ${s.slice(0, 60)}`));
    } else out.push(`${name}: ${a === undefined ? "nieuw" : b === undefined ? "verdwenen" : "veranderd"}`);
  }
  return out;
}

describe.each(PROFILES)("on %s", (profile) => {
  test("append, then Handreiking weer weghalen: the document is as before, in one write batch", async () => {
    const host = await startHost(profile, await blankDocx(letter));
    const before = await host.saveDocx();
    const gateway = gatewayFor();
    await gateway.open();
    expect((await gateway.newDocument(PH, "afterContent")).kind).toBe("form");
    expect(await differences(before, await host.saveDocx())).not.toEqual([]);

    // the removal itself: one read, then one write batch (the gateway reads the form before and after)
    const original = undo.removeAppended;
    let removalSyncs = -1;
    jest.spyOn(undo, "removeAppended").mockImplementation(async (...args) => {
      const start = host.syncCount;
      await original(...args);
      removalSyncs = host.syncCount - start;
    });
    host.syncCount = 0;
    const view = await gateway.removeAppended();
    const syncs = host.syncCount;
    expect(removalSyncs).toBe(2);
    expect(view.kind).toBe("other");
    const after = await host.saveDocx();
    expect(bodyOf(host.documentXml())).toBe(bodyOf((await partsOf(before)).get("word/document.xml") ?? ""));
    expect(await differences(before, after)).toEqual([]);
    // reported, not asserted exactly: the two reads (the pane's and the check's) and the one write
    console.log(
      `${profile}: round trips for Handreiking weer weghalen: ${syncs} in all, ${removalSyncs} in the removal`,
    );
  });

  test("refused once a box was written: nothing changes", async () => {
    const host = await startHost(profile, await blankDocx(letter));
    const gateway = gatewayFor();
    await gateway.open();
    await gateway.newDocument(PH, "afterContent");
    await gateway.writeBox("hulpvraag", "Ondersteuning thuis", PH);
    const written = await host.saveDocx();
    await expect(said(gateway.removeAppended())).resolves.toMatch(UNDO_TOUCHED);
    expect(await differences(written, await host.saveDocx())).toEqual([]);
  });

  test("refused when a box was typed in outside the pane: nothing changes", async () => {
    const host = await startHost(profile, await blankDocx(letter));
    const gateway = gatewayFor();
    await gateway.open();
    await gateway.newDocument(PH, "afterContent");
    await Word.run(async (context) => {
      const boxes = context.document.contentControls.getByTag(boxTag("hulpvraag"));
      boxes.load("items");
      await context.sync();
      expect(boxes.items).toHaveLength(1);
      boxes.items[0]?.insertText("Zelf getypt", "Replace");
      await context.sync();
    });
    const typed = await host.saveDocx();
    await expect(said(gateway.removeAppended())).resolves.toMatch(UNDO_TOUCHED);
    expect(await differences(typed, await host.saveDocx())).toEqual([]);
  });
});

test("refused when the original content changed since the append: nothing changes", async () => {
  const host = await startHost("desktop", await blankDocx(letter));
  const gateway = gatewayFor();
  await gateway.open();
  await gateway.newDocument(PH, "afterContent");
  await Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertText(" (concept)", "End");
    await context.sync();
  });
  const changed = await host.saveDocx();
  await expect(said(gateway.removeAppended())).resolves.toMatch(UNDO_MOVED);
  expect(await differences(changed, await host.saveDocx())).toEqual([]);
});

test("a handreiking made in an empty document is not taken out", async () => {
  const host = await startHost("desktop", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  const made = await host.saveDocx();
  await expect(said(gateway.removeAppended())).resolves.toMatch(UNDO_NOT_APPENDED);
  expect(await differences(made, await host.saveDocx())).toEqual([]);
});

// files LibreOffice wrote (pictures, a chart, tracked changes, comments, a table, a web page)
const written = readdirSync(LIBREOFFICE_DIR).filter((n) => n.endsWith(".docx"));

describe.each(PROFILES)("LibreOffice files on %s", (profile) => {
  test.each(written)("%s: append, then Handreiking weer weghalen gives back every part", async (name) => {
    const host = await startHost(profile, new Uint8Array(readFileSync(path.join(LIBREOFFICE_DIR, name))));
    const before = await host.saveDocx();
    const gateway = gatewayFor();
    await gateway.open();
    expect((await gateway.newDocument(PH, "afterContent")).kind).toBe("form");
    expect((await gateway.removeAppended()).kind).not.toBe("form");
    expect(bodyOf(host.documentXml())).toBe(bodyOf((await partsOf(before)).get("word/document.xml") ?? ""));
    expect(await differences(before, await host.saveDocx())).toEqual([]);
  });
});
