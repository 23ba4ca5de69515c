// Offline checks for manifest.xml, shared by scripts/validate-manifest.mjs and test/manifest.
// - XML Schema validation against Microsoft's published (2020) manifest schemas, using
//   xmllint-wasm, so no native xmllint is needed on Windows or macOS.
// - Parsing with office-addin-manifest, the same reader office-addin-debugging uses.
const fs = require("fs");
const path = require("path");

const REPO_ROOT = path.resolve(__dirname, "..");
const DEFAULT_MANIFEST = path.join(REPO_ROOT, "manifest.xml");

// The main schema first, then every file it imports (directly or indirectly).
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

/**
 * Where the schemas are: $MANIFEST_SCHEMA_DIR if set, else ../shared/schemas/manifest
 * relative to the repository root. Throws a readable error when they are missing.
 */
function findSchemaDir(env = process.env) {
  const candidates = env.MANIFEST_SCHEMA_DIR
    ? [path.resolve(env.MANIFEST_SCHEMA_DIR)]
    : [path.resolve(REPO_ROOT, "..", "shared", "schemas", "manifest")];
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, MAIN_SCHEMA))) return dir;
  }
  throw new Error(
    `Manifest schemas not found (looked for ${MAIN_SCHEMA} in: ${candidates.join(", ")}).\n` +
      "Put Microsoft's add-in manifest XSD files there, or set MANIFEST_SCHEMA_DIR to their folder.",
  );
}

function loadSchemas(schemaDir = findSchemaDir()) {
  const read = (name) => {
    const file = path.join(schemaDir, name);
    if (!fs.existsSync(file)) throw new Error(`Schema file missing: ${file}`);
    return { fileName: name, contents: fs.readFileSync(file, "utf8") };
  };
  return { schema: read(MAIN_SCHEMA), preload: IMPORTED_SCHEMAS.map(read) };
}

/**
 * Validates manifest XML text against the schemas.
 * Resolves to { valid, errors: string[] }; rejects only if the validator itself fails.
 */
async function validateManifestXml(xml, { fileName = "manifest.xml", schemaDir } = {}) {
  const { validateXML } = require("xmllint-wasm");
  const { schema, preload } = loadSchemas(schemaDir);
  const result = await validateXML({
    xml: [{ fileName: path.basename(fileName), contents: xml }],
    schema: [schema],
    preload,
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => e.rawMessage || e.message),
  };
}

async function validateManifestFile(manifestPath = DEFAULT_MANIFEST, options = {}) {
  const xml = fs.readFileSync(manifestPath, "utf8");
  return validateManifestXml(xml, { fileName: manifestPath, ...options });
}

/** Parses the manifest with office-addin-manifest; returns its ManifestInfo. */
async function readManifestInfo(manifestPath = DEFAULT_MANIFEST) {
  const { OfficeAddinManifest } = require("office-addin-manifest");
  return OfficeAddinManifest.readManifestFile(path.resolve(manifestPath));
}

module.exports = {
  REPO_ROOT,
  DEFAULT_MANIFEST,
  MAIN_SCHEMA,
  IMPORTED_SCHEMAS,
  findSchemaDir,
  loadSchemas,
  validateManifestXml,
  validateManifestFile,
  readManifestInfo,
};
