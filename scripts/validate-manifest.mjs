#!/usr/bin/env node
// npm run validate [-- path/to/manifest.xml] [-- --json]
// Validates the add-in manifest offline against Microsoft's manifest schemas (xmllint-wasm)
// and parses it with office-addin-manifest. Exits non-zero on any failure.
// --json prints one JSON object ({ ok, manifest, schemaDir, errors, info }) instead of text.
// The schemas are 2020 copies (see ../shared/schemas/manifest/README.md); where a network is
// available, `npx office-addin-manifest validate manifest.xml` is the final word.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const { DEFAULT_MANIFEST, findSchemaDir, validateManifestFile, readManifestInfo } = require("./manifest-check.cjs");

async function check(manifestPath) {
  const report = { ok: false, manifest: manifestPath, schemaDir: null, errors: [], info: null };
  if (!existsSync(manifestPath)) {
    report.errors.push(`Manifest not found: ${manifestPath}`);
    return report;
  }
  try {
    report.schemaDir = findSchemaDir();
    const result = await validateManifestFile(manifestPath, { schemaDir: report.schemaDir });
    report.errors.push(...result.errors);
    if (!result.valid && result.errors.length === 0) report.errors.push("The manifest does not validate.");
    if (!result.valid) return report;

    const info = await readManifestInfo(manifestPath);
    report.info = { ...info };
    if (!info.id || !info.displayName || !info.version) {
      report.errors.push("office-addin-manifest could not read Id, DisplayName and Version from the manifest.");
      return report;
    }
    report.ok = true;
  } catch (err) {
    report.errors.push(err instanceof Error ? err.message : String(err));
  }
  return report;
}

function printText(report) {
  if (report.ok) {
    const { info } = report;
    console.log(`✓ ${report.manifest} validates against the schemas in ${report.schemaDir}`);
    console.log(`✓ office-addin-manifest: ${info.displayName} ${info.version} (id ${info.id})`);
    console.log(
      `  hosts: ${(info.hosts || []).join(", ")}; permissions: ${info.permissions}; locale: ${info.defaultLocale}`,
    );
    return;
  }
  const where = report.schemaDir ? ` (schemas: ${report.schemaDir})` : "";
  console.error(`✗ ${report.manifest} is not valid${where}:`);
  for (const error of report.errors) console.error(`  ${error}`);
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const file = args.find((a) => !a.startsWith("-"));
  const report = await check(file ? resolve(file) : DEFAULT_MANIFEST);
  if (json) console.log(JSON.stringify(report, null, 2));
  else printText(report);
  process.exitCode = report.ok ? 0 : 1;
}

main();
