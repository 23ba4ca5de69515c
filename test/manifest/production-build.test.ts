// A real production build with a base URL: dist/manifest.xml must point at the new host only,
// still validate, and the pages and icons it names must be in the build output.
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { validateManifestXml } from "../../scripts/manifest-check.cjs";
import { ROOT, readManifest, urlsIn } from "./helpers";

const BASE = "https://addin.example.org/regie";
const WEBPACK_CLI = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

// The real build takes about a minute on two cores.
jest.setTimeout(180_000);

let outDir = "";
let manifest = "";

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "hr-build-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env.ADDIN_BASE_URL;
  delete env.BABEL_ENV;
  await promisify(execFile)(
    process.execPath,
    [WEBPACK_CLI, "--mode", "production", "--env", `baseUrl=${BASE}/`, "--env", `outDir=${outDir}`],
    { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
  );
  manifest = readFileSync(join(outDir, "manifest.xml"), "utf8");
});

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("production build with a base URL", () => {
  test("dist/manifest.xml has no localhost left and uses the new base", () => {
    expect(manifest).not.toMatch(/localhost/i);
    const urls = urlsIn(manifest);
    expect(urls).toHaveLength(urlsIn(readManifest()).length);
    for (const url of urls) expect(url.startsWith(`${BASE}/`)).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
  });

  test("the rewritten manifest still validates", async () => {
    const result = await validateManifestXml(manifest, { fileName: "dist-manifest.xml" });
    expect(result.errors).toEqual([]);
  });

  test("the task pane, function file and icons it names are in the output", () => {
    const paths = new Set(urlsIn(manifest).map((u) => u.slice(BASE.length + 1)));
    for (const p of ["taskpane.html", "commands.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
      expect(paths).toContain(p);
      expect(existsSync(join(outDir, p))).toBe(true);
    }
  });
});
