// The release kit's key administration (scripts/keys): an organisation key, a professional's key
// added and revoked, the list signed and bundled, and the pane's check of what it made.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { addKey, bundleLists, createOrgKey, revokeKey, signList } from "../../scripts/keys/key-admin";
import {
  checkSignatures,
  createEntry,
  entryKeyOf,
  generateSigningKey,
  loadKeyRing,
  newDataPart,
  publicKeyText,
  sealNewEntries,
  signatureStatusText,
  type TrustAnchor,
} from "../../src/domain";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "hr-keys-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
const json = (name: string): unknown => JSON.parse(readFileSync(at(name), "utf8"));

async function signedEntry(keys: CryptoKeyPair, day: number) {
  const entry = createEntry(
    { kind: "edit", description: "Gewijzigd." },
    { initials: "PH", organisation: "Ambiq" },
    new Date(Date.UTC(2020, 9, day, 8)),
  );
  const data = await sealNewEntries(
    { ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }), changeLog: [entry] },
    1,
    await entryKeyOf(keys),
  );
  return data.changeLog;
}

test("org key, add, sign, bundle: the pane trusts the list; revoke: entries from that day are 'sleutel ingetrokken'", async () => {
  const anchor = await createOrgKey("Ambiq", at("ambiq.private.jwk"), at("organisatiesleutels.json"));
  expect(statSync(at("ambiq.private.jwk")).mode & 0o077).toBe(0); // only the administrator reads it
  expect(json("organisatiesleutels.json")).toEqual([anchor]);
  await expect(createOrgKey("Ambiq", at("ambiq.private.jwk"), at("organisatiesleutels.json"))).rejects.toThrow(
    /niet overschreven/,
  );

  const ph = await generateSigningKey();
  const keyId = await addKey(
    at("ambiq.json"),
    { initials: "PH", publicKey: await publicKeyText(ph.publicKey) },
    "Ambiq",
  );
  await expect(
    addKey(at("ambiq.json"), { initials: "PH", publicKey: await publicKeyText(ph.publicKey) }),
  ).rejects.toThrow(/staat al/);
  await signList(at("ambiq.json"), at("ambiq.private.jwk"), at("ambiq.signed.json"), "20200901");
  bundleLists(at("sleutellijsten.json"), [at("ambiq.signed.json")]);

  const anchors = json("organisatiesleutels.json") as TrustAnchor[];
  const log = [...(await signedEntry(ph, 5))];
  const ring = await loadKeyRing(json("sleutellijsten.json"), anchors);
  expect((await checkSignatures(log, ring)).statuses.map(signatureStatusText)).toEqual([
    "ondertekend door PH (Ambiq), sleutel bekend",
  ]);

  // laptop lost on 3 October: revoked, signed again, bundled again
  await revokeKey(at("ambiq.json"), keyId, "20201003");
  await expect(revokeKey(at("ambiq.json"), "0000000000000000", "20201003")).rejects.toThrow(/staat niet/);
  await signList(at("ambiq.json"), at("ambiq.private.jwk"), at("ambiq.signed.json"), "20201003");
  bundleLists(at("sleutellijsten.json"), [at("ambiq.signed.json")]);
  const revoked = await loadKeyRing(json("sleutellijsten.json"), anchors);
  expect((await checkSignatures(log, revoked)).statuses[0]?.kind).toBe("revoked");

  // the list changed after signing (a key added by hand) is refused as a whole
  const signed = json("ambiq.signed.json") as { list: string };
  writeFileSync(at("ambiq.signed.json"), JSON.stringify({ ...signed, list: signed.list.replace('"PH"', '"XX"') }));
  bundleLists(at("sleutellijsten.json"), [at("ambiq.signed.json")]);
  const altered = await loadKeyRing(json("sleutellijsten.json"), anchors);
  expect(altered.loaded).toBe(false);
  expect(altered.refused).toEqual([
    "De handtekening onder de sleutellijst van Ambiq klopt niet; de lijst wordt genegeerd.",
  ]);
});

test("npm run keys: the command line makes an organisation key and stops with exit 1 and Dutch on a wrong call", () => {
  const cli = (...args: string[]) =>
    execFileSync(
      process.execPath,
      [path.join(ROOT, "scripts/ts-run.cjs"), path.join(ROOT, "scripts/keys/cli.ts"), ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  expect(cli("org-key", "--organisatie", "Gemeente Hengelo", "--prive", at("h.jwk"), "--ankers", at("a.json"))).toMatch(
    /Organisatiesleutel voor Gemeente Hengelo gemaakt/,
  );
  expect(json("a.json")).toEqual([expect.objectContaining({ organisation: "Gemeente Hengelo" })]);
  let failure: { status?: number; stderr?: string } = {};
  try {
    cli("revoke", "--lijst", at("geen.json"));
  } catch (e) {
    failure = e as { status?: number; stderr?: string };
  }
  expect(failure.status).toBe(1);
  expect(failure.stderr).toMatch(/--sleutel-id ontbreekt/);
});
