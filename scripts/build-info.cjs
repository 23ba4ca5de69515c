// What a build tells the user about itself: the add-in version (package.json) and the support
// contact the organisation sets at build or release time (SUPPORT_CONTACT). webpack.config.js
// hands it to the pane (DefinePlugin, src/build-info.ts) and fills it into support.html.
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

function buildInfo(env = {}) {
  return { version, supportContact: supportContact(env.SUPPORT_CONTACT) };
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

module.exports = { buildInfo, supportContact, fillSupportPage, DEFAULT_CONTACT, MAX_CONTACT };
