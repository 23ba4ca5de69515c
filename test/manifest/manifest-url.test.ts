// The production URL rewrite in scripts/manifest-url.cjs (used by webpack.config.js).
import { DEV_URL, normaliseBaseUrl, rewriteManifest } from "../../scripts/manifest-url.cjs";
import { readManifest, urlsIn } from "./helpers";

describe("normaliseBaseUrl", () => {
  test("keeps an https URL and drops trailing slashes", () => {
    expect(normaliseBaseUrl("https://addin.example.org/regie/")).toBe("https://addin.example.org/regie");
    expect(normaliseBaseUrl("https://addin.example.org/regie///")).toBe("https://addin.example.org/regie");
    expect(normaliseBaseUrl("https://addin.example.org")).toBe("https://addin.example.org");
    expect(normaliseBaseUrl("https://addin.example.org/")).toBe("https://addin.example.org");
    expect(normaliseBaseUrl("  https://addin.example.org/x  ")).toBe("https://addin.example.org/x");
  });

  test.each(["http://addin.example.org", "ftp://addin.example.org", "file:///tmp/dist"])("refuses %s (not https)", (url) => {
    expect(() => normaliseBaseUrl(url)).toThrow(/https/);
  });

  test.each([undefined, "", "   ", "not a url", "https://addin.example.org/?a=1", "https://addin.example.org/#x"])(
    "refuses %p",
    (url) => {
      expect(() => normaliseBaseUrl(url)).toThrow();
    },
  );
});

describe("rewriteManifest", () => {
  const xml = readManifest();

  test("replaces every dev URL and leaves none", () => {
    const before = xml.split(DEV_URL).length - 1;
    expect(before).toBeGreaterThan(5);
    const out = rewriteManifest(xml, "https://addin.example.org/regie/");
    expect(out).not.toContain("localhost");
    expect(out.split("https://addin.example.org/regie").length - 1).toBe(before);
    expect(out).not.toContain("regie//");
    for (const url of urlsIn(out)) expect(url.startsWith("https://addin.example.org/regie/")).toBe(true);
  });

  test("changes nothing else", () => {
    const out = rewriteManifest(xml, "https://addin.example.org");
    expect(out.split("https://addin.example.org").join(DEV_URL)).toBe(xml);
  });

  test("refuses an http base URL", () => {
    expect(() => rewriteManifest(xml, "http://addin.example.org")).toThrow(/https/);
  });
});
