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

module.exports = { DEV_URL, normaliseBaseUrl, rewriteManifest };
