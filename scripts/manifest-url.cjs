// Rewrites the development URL in manifest.xml to the production base URL.
// Shared by webpack.config.js and its test, so the build and the test use one rule.
const DEV_URL = "https://localhost:3000";

function normaliseBaseUrl(raw) {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new Error("Geen basis-URL opgegeven (ADDIN_BASE_URL of --env baseUrl=https://...).");
  }
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`Ongeldige basis-URL: ${raw}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`De basis-URL moet https gebruiken (Office eist dat): ${raw}`);
  }
  if (url.search || url.hash) {
    throw new Error(`De basis-URL mag geen query of fragment hebben: ${raw}`);
  }
  return url.href.replace(/\/+$/, "");
}

function rewriteManifest(xml, rawBaseUrl) {
  const base = normaliseBaseUrl(rawBaseUrl);
  return xml.split(DEV_URL).join(base);
}

const MISSING_BASE_URL = [
  "Geen ADDIN_BASE_URL opgegeven: een productiebuild zonder adres zou een manifest maken dat naar https://localhost:3000 wijst.",
  "Geef het HTTPS-adres waar dist/ komt te staan, bijvoorbeeld:",
  "  ADDIN_BASE_URL=https://addins.example.org/handreiking-regie npm run build",
  '  (PowerShell: $env:ADDIN_BASE_URL="https://addins.example.org/handreiking-regie"; npm run build)',
  "Wilt u bewust een productiebuild voor https://localhost:3000 (alleen om te testen), gebruik dan npm run build -- --env localhost of ADDIN_LOCALHOST=1.",
].join("\n");

/**
 * The manifest URL a build uses: null keeps https://localhost:3000. A production build needs a
 * base URL, or an explicit opt-in to localhost (`--env localhost` or ADDIN_LOCALHOST=1); it never
 * falls back to localhost silently. Development builds keep localhost.
 */
function manifestBaseUrl({ production, baseUrl, localhost, env = {} }) {
  if (!production) return null;
  if (typeof baseUrl === "string" && baseUrl.trim() !== "") return normaliseBaseUrl(baseUrl);
  if (localhost === true || localhost === "true" || env.ADDIN_LOCALHOST === "1" || env.ADDIN_LOCALHOST === "true")
    return null;
  throw new Error(MISSING_BASE_URL);
}

module.exports = { DEV_URL, MISSING_BASE_URL, manifestBaseUrl, normaliseBaseUrl, rewriteManifest };
