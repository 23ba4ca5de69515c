// The two webpack builds the slow suites need, made once per jest run (test/builds/global-setup.ts)
// and shared through environment variables, or made by a suite itself when run alone.
import { execFile } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";

export const ROOT = resolve(__dirname, "../..");
const WEBPACK_CLI = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

/** The production build's base URL in tests. */
export const PRODUCTION_BASE = "https://addin.example.org/regie";
/**
 * The production build's support contact, as a release sets one: test/release/reproducible.test.ts
 * then compares this shared build with one release build instead of making two more.
 */
export const PRODUCTION_CONTACT = "Servicedesk ICT Enschede, 053 481 1111";

/** Env vars naming a shared build (set by the global setup; a suite run alone builds its own). */
export const SHARED = { preview: "HR_PREVIEW_DIR", production: "HR_PRODUCTION_DIR" } as const;

async function webpack(args: string[], mode: "development" | "production", contact?: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: mode };
  if (contact !== undefined) env.SUPPORT_CONTACT = contact;
  delete env.ADDIN_BASE_URL;
  delete env.BABEL_ENV; // jest sets NODE_ENV=test; babel.config.js would then target Node
  await promisify(execFile)(process.execPath, [WEBPACK_CLI, "--mode", mode, ...args], {
    cwd: ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The browser preview (development mode) into outDir. */
export async function buildPreview(outDir: string): Promise<void> {
  await webpack(["--env", "preview", "--env", `outDir=${outDir}`], "development");
  if (!existsSync(join(outDir, "preview.html"))) throw new Error(`The preview build in ${outDir} has no preview.html`);
}

/** The production build for PRODUCTION_BASE into outDir. */
export async function buildProduction(outDir: string): Promise<void> {
  // the same command and environment as scripts/release/make-release.ts's webpackBuild
  await webpack(["--env", `baseUrl=${PRODUCTION_BASE}`, "--env", `outDir=${outDir}`], "production", PRODUCTION_CONTACT);
  if (!existsSync(join(outDir, "taskpane.html")))
    throw new Error(`The production build in ${outDir} has no taskpane.html`);
}

/** A new temp dir built by `build`; removed again if the build fails. */
export async function buildInTemp(prefix: string, build: (dir: string) => Promise<void>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    await build(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/**
 * The shared build named by `variable`, or a fresh one in a temp dir. `owned` says whether the
 * caller made it and so must remove it.
 */
export async function sharedOrOwnBuild(
  variable: string,
  prefix: string,
  build: (dir: string) => Promise<void>,
): Promise<{ dir: string; owned: boolean }> {
  const shared = process.env[variable];
  if (shared) return { dir: shared, owned: false };
  return { dir: await buildInTemp(prefix, build), owned: true };
}
