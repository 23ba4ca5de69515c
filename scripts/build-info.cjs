// What a build tells the user about itself: the add-in version (package.json) and the support
// contact the organisation sets at build or release time (SUPPORT_CONTACT). webpack.config.js
// hands it to the pane (DefinePlugin, src/build-info.ts) and fills it into support.html.
const { readFileSync } = require("fs");
const { version } = require("../package.json");

/** Longest support contact shown (one line in the pane's footer). */
const MAX_CONTACT = 200;

/** The support contact, checked: one line of plain text, at most MAX_CONTACT characters. */
function supportContact(raw) {
  if (raw === undefined || raw === null) return "";
  const text = String(raw).trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new Error("SUPPORT_CONTACT moet één regel tekst zijn (zonder regeleinden of stuurtekens).");
  if (text.length > MAX_CONTACT)
    throw new Error(`SUPPORT_CONTACT is te lang: ${text.length} tekens, hooguit ${MAX_CONTACT}.`);
  return text;
}

/**
 * The organisations' public keys that may sign key lists (docs/ondertekening.md): ORG_KEYS names a
 * JSON file `[{ "organisation": "…", "publicKey": "<SPKI base64>" }]` (npm run keys -- org-key).
 * Baked into the build, so a release's checksums cover them; absent: no key list is trusted.
 */
function trustAnchors(path) {
  if (!path) return [];
  const list = JSON.parse(readFileSync(path, "utf8"));
  const ok =
    Array.isArray(list) &&
    list.every(
      (a) =>
        a &&
        typeof a.organisation === "string" &&
        a.organisation.trim() !== "" &&
        typeof a.publicKey === "string" &&
        /^[A-Za-z0-9+/]{40,400}={0,2}$/.test(a.publicKey),
    );
  if (!ok) throw new Error(`ORG_KEYS (${path}) is geen lijst van { organisation, publicKey }.`);
  return list.map((a) => ({ organisation: a.organisation, publicKey: a.publicKey }));
}

function buildInfo(env = {}) {
  const anchors = trustAnchors(env.ORG_KEYS);
  return {
    version,
    supportContact: supportContact(env.SUPPORT_CONTACT),
    ...(anchors.length > 0 ? { trustAnchors: anchors } : {}),
  };
}

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The text shown when an organisation set no contact. */
const DEFAULT_CONTACT = "de functioneel beheerder van uw organisatie";

/** support.html with the version and the support contact filled in (HTML-escaped). */
function fillSupportPage(html, info) {
  return html
    .split("{{VERSION}}")
    .join(escapeHtml(info.version))
    .split("{{SUPPORT_CONTACT}}")
    .join(escapeHtml(info.supportContact || DEFAULT_CONTACT));
}

module.exports = { buildInfo, trustAnchors, supportContact, fillSupportPage, DEFAULT_CONTACT, MAX_CONTACT };
