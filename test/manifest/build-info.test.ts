// The version and support contact a build shows: the checks on SUPPORT_CONTACT and the support
// page they are filled into (scripts/build-info.cjs, used by webpack.config.js).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildInfo, DEFAULT_CONTACT, fillSupportPage, MAX_CONTACT, supportContact } from "../../scripts/build-info.cjs";
import { supportText } from "../../src/build-info";

const ROOT = join(__dirname, "../..");
const SUPPORT_PAGE = readFileSync(join(ROOT, "src/support/support.html"), "utf8");

describe("build info", () => {
  test("the version is package.json's, the contact SUPPORT_CONTACT trimmed", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(buildInfo({ SUPPORT_CONTACT: "  Servicedesk Hengelo, 074 - 245 9999  " })).toEqual({
      version,
      supportContact: "Servicedesk Hengelo, 074 - 245 9999",
    });
    expect(buildInfo({})).toEqual({ version, supportContact: "" });
  });

  test("ORG_KEYS: the organisations' public keys baked into the build; anything else refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "hr-orgkeys-"));
    try {
      const anchor = { organisation: "Ambiq", publicKey: "A".repeat(120) };
      writeFileSync(join(dir, "ok.json"), JSON.stringify([{ ...anchor, extra: 1 }]));
      expect(buildInfo({ ORG_KEYS: join(dir, "ok.json") }).trustAnchors).toEqual([anchor]);
      expect(buildInfo({}).trustAnchors).toBeUndefined();
      writeFileSync(join(dir, "bad.json"), JSON.stringify([{ organisation: "Ambiq", publicKey: "geen sleutel" }]));
      expect(() => buildInfo({ ORG_KEYS: join(dir, "bad.json") })).toThrow(/geen lijst van/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a contact over several lines or too long is refused in Dutch", () => {
    expect(() => supportContact("Servicedesk\nbel 112")).toThrow(/één regel/);
    expect(() => supportContact("x".repeat(MAX_CONTACT + 1))).toThrow(/te lang/);
    expect(supportContact("x".repeat(MAX_CONTACT))).toHaveLength(MAX_CONTACT);
  });

  test("the support page gets the version and the contact, HTML-escaped; without a contact the default", () => {
    const page = fillSupportPage(SUPPORT_PAGE, { version: "1.4.0", supportContact: "ICT <servicedesk@x.nl> & co" });
    expect(page).toContain('<span id="addin-version">1.4.0</span>');
    expect(page).toContain('<span id="support-contact">ICT &lt;servicedesk@x.nl&gt; &amp; co</span>');
    expect(page).not.toContain("{{");
    expect(fillSupportPage(SUPPORT_PAGE, { version: "1.4.0", supportContact: "" })).toContain(DEFAULT_CONTACT);
  });

  test("the pane's default contact is the support page's", () => {
    expect(supportText({ version: "1", supportContact: "" })).toBe(DEFAULT_CONTACT);
    expect(supportText({ version: "1", supportContact: "Servicedesk" })).toBe("Servicedesk");
  });
});
