// Five projects, so one part can be run alone: `npx jest --selectProjects unit` is the fast inner
// loop (pure domain and file code), `word` drives the Word layer on the host emulator, `ui` renders
// the pane in jsdom, `libreoffice` round-trips documents through real LibreOffice, and `browser`
// needs Chromium or a webpack build (built once per run by test/builds/global-setup.ts and shared).

/** Suites that start Chromium, LibreOffice or webpack. */
const BROWSER = [
  "<rootDir>/test/e2e/",
  "<rootDir>/test/manifest/production-build.test.ts",
  "<rootDir>/test/manifest/bundle-budget.test.ts",
  "<rootDir>/test/document/render.test.ts",
  "<rootDir>/word-host/test/libreoffice.test.ts",
  "<rootDir>/test/word/scripted-run.test.ts",
  "<rootDir>/test/deploy/",
  "<rootDir>/test/release/reproducible.test.ts",
];
/** Suites on the emulator with real LibreOffice (no webpack builds): the LibreOffice round trips and the journey. */
const SOFFICE = [
  "<rootDir>/test/journey/",
  "<rootDir>/test/word/libreoffice-forms.test.ts",
  "<rootDir>/test/word/upgrade-libreoffice.test.ts",
  "<rootDir>/test/document/package-opens.test.ts",
];
const WORD = [
  "<rootDir>/test/word/",
  "<rootDir>/test/tamper/",
  "<rootDir>/word-host/test/",
  "<rootDir>/test/compare/merge-copy.test.ts",
];
const UI = ["<rootDir>/test/taskpane/"];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Path prefixes as regexes (testRegex does not expand <rootDir>; absolute paths work everywhere). */
const matching = (paths) => paths.map((p) => `^${escape(p.replace("<rootDir>", __dirname))}`);
/** testRegex for folders (every test file below them) and single test files. */
const tests = (paths) => matching(paths).map((r, i) => (paths[i].endsWith("/") ? `${r}.*\\.test\\.tsx?$` : `${r}$`));

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/word-host"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.[tj]sx?$": "babel-jest" },
  moduleNameMapper: {
    "\\.docx$": "<rootDir>/test/stubs/docx-asset.js",
    // webpack's `new Worker(new URL(…, import.meta.url))`: no import.meta in jest's CommonJS
    "/start-copy-worker$": "<rootDir>/test/stubs/start-copy-worker.ts",
    "/name-lists-url$": "<rootDir>/test/stubs/name-lists-url.ts",
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup-jest.ts"],
  // What webpack's DefinePlugin sets in the bundle (webpack.config.js), without a support contact:
  // the one source of the add-in version (src/build-info.ts).
  globals: { HR_BUILD_INFO: require("./scripts/build-info.cjs").buildInfo({}) },
};

/** @type {import('jest').Config} */
module.exports = {
  // Two workers on two cores: the browser suites wait on Chromium and LibreOffice much of the time.
  maxWorkers: 2,
  // The longest suites first, also on a clean clone without jest's cached durations.
  testSequencer: "<rootDir>/test/builds/heavy-first-sequencer.cjs",
  // A generous ceiling for a machine under load; tests themselves stay under 30 s alone.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testPathIgnorePatterns: ["/node_modules/", ...matching([...BROWSER, ...SOFFICE, ...WORD, ...UI])],
    },
    {
      ...common,
      displayName: "word",
      testRegex: tests(WORD),
      testMatch: undefined,
      testPathIgnorePatterns: ["/node_modules/", ...matching([...BROWSER, ...SOFFICE])],
    },
    { ...common, displayName: "ui", testRegex: tests(UI), testMatch: undefined },
    { ...common, displayName: "libreoffice", testRegex: tests(SOFFICE), testMatch: undefined },
    {
      ...common,
      displayName: "browser",
      testRegex: tests(BROWSER),
      testMatch: undefined,
      globalSetup: "<rootDir>/test/builds/global-setup.ts",
      globalTeardown: "<rootDir>/test/builds/global-teardown.ts",
    },
  ],
};
