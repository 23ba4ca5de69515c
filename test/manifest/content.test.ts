// What the manifest says: parsed with office-addin-manifest (as office-addin-debugging reads
// it) and checked element by element with an XML DOM.
import { execFile } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import type { ManifestInfo } from "office-addin-manifest";
import { DEV_URL } from "../../scripts/manifest-url.cjs";
import { MANIFEST_PATH, NS, ROOT, elements, only, parseXml, readManifest, readPng, urlsIn } from "./helpers";

const xml = readManifest();
const doc = parseXml(xml);

// office-addin-manifest pulls in an ESM-only dependency that jest (CommonJS, Node 20) cannot
// require, so it is exercised through the real `npm run validate` script in a child process.
const VALIDATE = join(ROOT, "scripts", "validate-manifest.mjs");
interface ValidateReport {
  ok: boolean;
  errors: string[];
  info: ManifestInfo | null;
}
async function runValidate(manifest: string): Promise<{ code: number; report: ValidateReport }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [VALIDATE, manifest, "--json"], { cwd: ROOT });
    return { code: 0, report: JSON.parse(stdout) };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, report: JSON.parse(e.stdout) };
  }
}

describe("npm run validate / office-addin-manifest", () => {
  test("Word task pane with read/write access, Dutch by default", async () => {
    const { code, report } = await runValidate(MANIFEST_PATH);
    expect(report.errors).toEqual([]);
    expect(code).toBe(0);
    const info = report.info!;
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Document"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("nl-NL");
    expect(info.displayName).toBe("Handreiking Regie");
    expect(info.providerName).toBe("Handreiking Regie Twente");
    expect(info.version).toBe("1.0.0.0");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}/taskpane.html`);
    expect(info.iconUrl).toBe(`${DEV_URL}/assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${DEV_URL}/assets/icon-64.png`);
  });

  test("a broken manifest makes the script exit non-zero with the schema error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hr-manifest-"));
    try {
      const broken = join(dir, "manifest.xml");
      copyFileSync(MANIFEST_PATH, broken);
      writeFileSync(
        broken,
        readFileSync(broken, "utf8").replace("<Permissions>ReadWriteDocument<", "<Permissions>All<"),
      );
      const { code, report } = await runValidate(broken);
      expect(code).toBe(1);
      expect(report.ok).toBe(false);
      expect(report.errors.join("\n")).toMatch(/Permissions/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("manifest content", () => {
  const root = doc.documentElement!;
  const overrides = only(root, NS.ov, "VersionOverrides");
  const resources = only(overrides, NS.ov, "Resources");

  test("requires WordApi 1.3", () => {
    const sets = elements(only(root, NS.app, "Requirements"), NS.app, "Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["WordApi", "1.3"]]);
  });

  test("DisplayName and Description have an en-US override", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = elements(root, NS.app, name).find((e) => e.parentNode === root)!;
      const locales = elements(el, NS.app, "Override").map((o) => o.getAttribute("Locale"));
      expect(locales).toEqual(["en-US"]);
    }
  });

  test("every resource string has an en-US override", () => {
    const strings = elements(resources, NS.bt, "String");
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) {
      const locales = elements(s, NS.bt, "Override").map((o) => o.getAttribute("Locale"));
      expect({ id: s.getAttribute("id"), locales }).toEqual({ id: s.getAttribute("id"), locales: ["en-US"] });
    }
  });

  test("every resid refers to a defined resource, ids are unique", () => {
    const ids = ["Image", "Url", "String"].flatMap((kind) =>
      elements(resources, NS.bt, kind).map((e) => e.getAttribute("id")),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const used = Array.from(xml.matchAll(/resid="([^"]+)"/g), (m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const resid of used) expect(ids).toContain(resid);
  });

  const stringValue = (id: string) => elements(resources, NS.bt, "String").find((s) => s.getAttribute("id") === id)!;

  test("one Home-tab button 'Handreiking Regie' that shows the task pane", () => {
    const host = only(overrides, NS.ov, "Host");
    expect(host.getAttributeNS(NS.xsi, "type")).toBe("Document");
    expect(only(host, NS.ov, "FunctionFile").getAttribute("resid")).toBe("Commands.Url");
    const tab = only(host, NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = elements(tab, NS.ov, "Control");
    expect(controls).toHaveLength(1);
    const button = controls[0];
    expect(button.getAttributeNS(NS.xsi, "type")).toBe("Button");

    const labelId = elements(button, NS.ov, "Label")[0].getAttribute("resid")!;
    const label = stringValue(labelId);
    expect(label.getAttribute("DefaultValue")).toBe("Handreiking Regie");
    expect(elements(label, NS.bt, "Override")[0].getAttribute("Value")).toBe("Handreiking Regie");

    const tooltipId = only(only(button, NS.ov, "Supertip"), NS.ov, "Description").getAttribute("resid")!;
    expect(stringValue(tooltipId).getAttribute("DefaultValue")).toMatch(/deelvenster/); // Dutch

    const action = only(button, NS.ov, "Action");
    expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    expect(only(action, NS.ov, "TaskpaneId").textContent).toBe("ButtonId1");
    const urlId = only(action, NS.ov, "SourceLocation").getAttribute("resid");
    const url = elements(resources, NS.bt, "Url").find((u) => u.getAttribute("id") === urlId)!;
    expect(url.getAttribute("DefaultValue")).toBe(`${DEV_URL}/taskpane.html`);
  });

  test("the button has 16, 32 and 80 px icons", () => {
    const button = elements(overrides, NS.ov, "Control")[0];
    const sizes = elements(only(button, NS.ov, "Icon"), NS.bt, "Image").map((i) => i.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  test("every URL starts with the dev URL, so the production build can rewrite it", () => {
    const urls = urlsIn(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${DEV_URL}/`)).toBe(true);
  });
});

describe("icons", () => {
  const iconUrls = urlsIn(xml).filter((u) => u.includes("/assets/"));

  test("the manifest names icon-16, -32, -64 and -80", () => {
    const names = new Set(iconUrls.map((u) => u.slice(u.lastIndexOf("/") + 1)));
    for (const size of [16, 32, 64, 80]) expect(names).toContain(`icon-${size}.png`);
  });

  test.each(Array.from(new Set(iconUrls)))("%s is a valid PNG of the stated size, not blank", (url) => {
    const file = join(ROOT, url.slice(DEV_URL.length + 1));
    expect(existsSync(file)).toBe(true);
    const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
    const png = readPng(readFileSync(file));
    expect([png.width, png.height]).toEqual([size, size]);
    // A real drawing: several colours and both opaque and transparent (rounded) corners.
    const rgba = png.rgba!;
    const colours = new Set<number>();
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      colours.add(rgba.readUInt32BE(i));
      if (rgba[i + 3] === 255) opaque++;
    }
    expect(colours.size).toBeGreaterThan(8);
    expect(opaque).toBeGreaterThan((size * size) / 2);
    expect(rgba[3]).toBeLessThan(255); // top-left corner is rounded off
  });
});
