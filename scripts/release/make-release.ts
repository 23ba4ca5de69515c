// `npm run release`: a versioned, reproducible release folder and zip for one base URL.
//   release/handreiking-regie-<version>/   the production build (manifest.xml for the base URL,
//     taskpane.html, chunks, support.html, icons), LICENSE, THIRD-PARTY-NOTICES.txt, the privacy
//     and accessibility statements, RELEASE-NOTES.md, CHUNKS (its own chunks), KEPT-CHUNKS (the
//     previous releases' chunks it carries, previous-chunks.ts) and SHA256SUMS
//   release/handreiking-regie-<version>.zip the same folder, with fixed dates and order
// The same sources, base URL, support contact and earlier releases give the same bytes.
import { execFileSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { supportContact } from "../build-info.cjs";
import { releaseBaseUrl } from "./release-url";
import { checksums, listFiles, zipDate, zipFolder } from "./release-files";
import { carryPreviousChunks, ownChunks, RELEASE_PREFIX } from "./previous-chunks";

export const ROOT = resolve(__dirname, "../..");

/** Documents copied into every release: repository path → name in the release. */
export const RELEASE_DOCUMENTS: Record<string, string> = {
  LICENSE: "LICENSE",
  "docs/privacyverklaring.md": "PRIVACYVERKLARING.md",
  "docs/toegankelijkheidsverklaring.md": "TOEGANKELIJKHEIDSVERKLARING.md",
};

export interface ReleaseOptions {
  baseUrl: string | undefined;
  supportContact: string | undefined;
  /** Where release folders are written and earlier ones are found (default: release/). */
  releaseRoot?: string;
  /** Default: package.json's. */
  version?: string;
  /** Builds the static files into outDir (default: the production webpack build). */
  build?: (outDir: string, baseUrl: string, contact: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Where docs/release-notes/<version>.md is looked for (tests pass their own). */
  notesDir?: string;
}

export interface Release {
  dir: string;
  zip: string;
  files: string[];
}

/** The production webpack build, as `npm run build` makes it, for this URL and contact. */
export function webpackBuild(outDir: string, baseUrl: string, contact: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", SUPPORT_CONTACT: contact };
  delete env.ADDIN_BASE_URL;
  delete env.BABEL_ENV;
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      `baseUrl=${baseUrl}`,
      "--env",
      `outDir=${outDir}`,
    ],
    { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] },
  );
}

function releaseNotes(notesDir: string, version: string, baseUrl: string, contact: string): string {
  const source = join(notesDir, `${version}.md`);
  if (!existsSync(source))
    throw new Error(`Geen release notes voor versie ${version}: schrijf eerst docs/release-notes/${version}.md.`);
  return [
    `# Handreiking Regie ${version}`,
    "",
    `- Adres (basis-URL): ${baseUrl}`,
    `- Ondersteuning: ${contact}`,
    `- Controleren: \`sha256sum -c SHA256SUMS\` in deze map.`,
    "",
    readFileSync(source, "utf8").trim(),
    "",
  ].join("\n");
}

export async function makeRelease(options: ReleaseOptions): Promise<Release> {
  const baseUrl = releaseBaseUrl(options.baseUrl);
  const contact = supportContact(options.supportContact);
  if (!contact)
    throw new Error(
      "Geen SUPPORT_CONTACT opgegeven: zeg wie de gebruikers helpt, bijvoorbeeld SUPPORT_CONTACT='Servicedesk ICT, 053 123 4567'. Het staat onderaan het venster en op de hulppagina.",
    );
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const version = options.version ?? pkg.version;
  const notes = releaseNotes(options.notesDir ?? join(ROOT, "docs/release-notes"), version, baseUrl, contact);
  const releaseRoot = options.releaseRoot ?? join(ROOT, "release");
  const name = RELEASE_PREFIX + version;
  const dir = join(releaseRoot, name);
  const zip = `${dir}.zip`;

  const built = mkdtempSync(join(tmpdir(), "hr-release-"));
  try {
    (options.build ?? webpackBuild)(built, baseUrl, contact);
    rmSync(dir, { recursive: true, force: true });
    rmSync(zip, { force: true });
    cpSync(built, dir, { recursive: true });
  } finally {
    rmSync(built, { recursive: true, force: true });
  }
  for (const [from, to] of Object.entries(RELEASE_DOCUMENTS)) cpSync(join(ROOT, from), join(dir, to));
  writeFileSync(join(dir, "RELEASE-NOTES.md"), notes);
  writeFileSync(join(dir, "CHUNKS"), ownChunks(listFiles(dir)).join("\n") + "\n");
  const kept = carryPreviousChunks(releaseRoot, dir, version);
  writeFileSync(join(dir, "KEPT-CHUNKS"), kept.length ? kept.join("\n") + "\n" : "");
  writeFileSync(join(dir, "SHA256SUMS"), checksums(dir));
  writeFileSync(zip, await zipFolder(dir, name, zipDate(options.env ?? process.env)));
  return { dir, zip, files: listFiles(dir) };
}
