// The address a release is made for: HTTPS and reachable by the organisation's users, so never
// http, never localhost, 127.x, ::1 or 0.0.0.0 (a release for those would only work on the
// machine that built it). The manifest rewrite's own rules (scripts/manifest-url.cjs) apply too.
import { normaliseBaseUrl } from "../manifest-url.cjs";

const LOOPBACK = [
  /^localhost$/,
  /\.localhost$/,
  /^127(\.\d{1,3}){3}$/,
  /^\[::1?\]$/,
  /^0\.0\.0\.0$/,
  /^\[::ffff:127\./,
];

/** The normalised base URL (no trailing slash), or a Dutch error saying why it cannot be used. */
export function releaseBaseUrl(raw: string | undefined): string {
  if (!raw || raw.trim() === "")
    throw new Error(
      "Geen ADDIN_BASE_URL opgegeven. Geef het HTTPS-adres waar de bestanden komen te staan, bijvoorbeeld:\n" +
        "  ADDIN_BASE_URL=https://addins.example.org/handreiking-regie SUPPORT_CONTACT='Servicedesk, 053 123 4567' npm run release",
    );
  const base = normaliseBaseUrl(raw);
  const host = new URL(base).hostname.toLowerCase();
  if (LOOPBACK.some((pattern) => pattern.test(host)))
    throw new Error(
      `De basis-URL ${base} wijst naar deze computer (${host}); een release moet op een adres staan dat de gebruikers bereiken.`,
    );
  return base;
}
