// The production URL rewrite in scripts/manifest-url.cjs (used by webpack.config.js).
import { execFile } from "child_process";
import { existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import {
  DEV_URL,
  MISSING_BASE_URL,
  manifestBaseUrl,
  normaliseBaseUrl,
  rewriteManifest,
} from "../../scripts/manifest-url.cjs";
import { ROOT, readManifest, urlsIn } from "./helpers";

describe("normaliseBaseUrl", () => {
  test("keeps an https URL and drops trailing slashes", () => {
    expect(normaliseBaseUrl("https://addin.example.org/regie/")).toBe("https://addin.example.org/regie");
    expect(normaliseBaseUrl("https://addin.example.org/regie///")).toBe("https://addin.example.org/regie");
    expect(normaliseBaseUrl("https://addin.example.org")).toBe("https://addin.example.org");
    expect(normaliseBaseUrl("https://addin.example.org/")).toBe("https://addin.example.org");
    expect(normaliseBaseUrl("  https://addin.example.org/x  ")).toBe("https://addin.example.org/x");
  });

  test.each(["http://addin.example.org", "ftp://addin.example.org", "file:///tmp/dist"])(
    "refuses %s (not https)",
    (url) => {
      expect(() => normaliseBaseUrl(url)).toThrow(/https/);
    },
  );

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

describe("manifestBaseUrl (a production build never points at localhost silently)", () => {
  test("development keeps localhost, whatever is set", () => {
    expect(manifestBaseUrl({ production: false })).toBeNull();
    expect(manifestBaseUrl({ production: false, baseUrl: "not a url" })).toBeNull();
  });

  test("production uses the base URL given", () => {
    expect(manifestBaseUrl({ production: true, baseUrl: "https://addin.example.org/regie/" })).toBe(
      "https://addin.example.org/regie",
    );
    expect(() => manifestBaseUrl({ production: true, baseUrl: "http://addin.example.org" })).toThrow(/https/);
  });

  test.each([undefined, "", "  "])("production without a base URL (%p) refuses and says how to set it", (baseUrl) => {
    expect(() => manifestBaseUrl({ production: true, baseUrl, env: {} })).toThrow(MISSING_BASE_URL);
    expect(MISSING_BASE_URL).toContain("ADDIN_BASE_URL=https://");
    expect(MISSING_BASE_URL).toContain("--env localhost");
  });

  test("production for localhost only when asked for explicitly", () => {
    expect(manifestBaseUrl({ production: true, localhost: true, env: {} })).toBeNull();
    expect(manifestBaseUrl({ production: true, env: { ADDIN_LOCALHOST: "1" } })).toBeNull();
    expect(() => manifestBaseUrl({ production: true, env: { ADDIN_LOCALHOST: "0" } })).toThrow(MISSING_BASE_URL);
  });

  test("webpack --mode production without ADDIN_BASE_URL stops before building, with the message", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.ADDIN_BASE_URL;
    delete env.ADDIN_LOCALHOST;
    const outDir = join(tmpdir(), `hr-refused-${process.pid}`);
    const run = promisify(execFile)(
      process.execPath,
      [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--env", `outDir=${outDir}`],
      {
        cwd: ROOT,
        env,
      },
    );
    await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining("Geen ADDIN_BASE_URL opgegeven") });
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
