// The add-in version has one source: the build's HR_BUILD_INFO (src/build-info.ts), which
// webpack.config.js and jest.config.js both fill from scripts/build-info.cjs (package.json). What
// the pane shows and what every data part records can therefore never differ.
import { readFileSync } from "fs";
import path from "path";
import { buildInfo } from "../../scripts/build-info.cjs";

const ROOT = path.resolve(__dirname, "../..");

interface Loaded {
  build: typeof import("../../src/build-info");
  domain: typeof import("../../src/domain");
}

/** Loads build-info and the domain afresh with `info` as the build's global (as DefinePlugin would set it). */
function withBuildInfo(info: { version: string; supportContact: string } | undefined): Loaded {
  const g = globalThis as { HR_BUILD_INFO?: unknown };
  const before = g.HR_BUILD_INFO;
  g.HR_BUILD_INFO = info;
  try {
    let loaded: Loaded | undefined;
    jest.isolateModules(() => {
      loaded = {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        build: require("../../src/build-info") as Loaded["build"],
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        domain: require("../../src/domain") as Loaded["domain"],
      };
    });
    return loaded!;
  } finally {
    g.HR_BUILD_INFO = before;
  }
}

describe("one add-in version", () => {
  test("a data part records the version the pane shows, whatever the build set", () => {
    const { build, domain } = withBuildInfo({ version: "3.4.5", supportContact: "" });
    expect(build.BUILD_INFO.version).toBe("3.4.5");
    expect(domain.ADDIN_VERSION).toBe("3.4.5");
    const data = domain.newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" });
    expect(domain.stampedByThisAddin(data).addinVersion).toBe("3.4.5");
    expect(domain.newerFormatMessage("9.0", "9.1.0")).toContain("u gebruikt versie 3.4.5");
    const upgrade = domain.formatUpgradeEntry({}, { initials: "PH", organisation: "Ambiq" }, new Date());
    expect(upgrade.description).toContain("door invoegtoepassing versie 3.4.5");
  });

  test("without a build (no global) both say the same placeholder", () => {
    const { build, domain } = withBuildInfo(undefined);
    expect(domain.ADDIN_VERSION).toBe(build.BUILD_INFO.version);
    expect(domain.ADDIN_VERSION).toBe("ontwikkeling");
  });

  test("jest and webpack fill the one global from package.json; the old second global is gone", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(buildInfo({}).version).toBe(version);
    const { domain } = withBuildInfo(buildInfo({}));
    expect(domain.ADDIN_VERSION).toBe(version);
    for (const file of ["webpack.config.js", "jest.config.js", "src/domain/data-part/format-version.ts"])
      expect(readFileSync(path.join(ROOT, file), "utf8")).not.toContain("__ADDIN_VERSION__");
  });
});
