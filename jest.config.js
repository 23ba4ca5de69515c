// Four projects, so one part can be run alone: `npx jest --selectProjects unit` is the fast inner
// loop (pure domain and file code), `word` drives the Word layer on the host emulator, `ui` renders
// the pane in jsdom, `browser` needs Chromium, LibreOffice or a webpack build (built once per run
// by test/builds/global-setup.ts and shared).

/** Suites that start Chromium, LibreOffice or webpack. */
const BROWSER = [
  "<rootDir>/test/e2e/",
  "<rootDir>/test/manifest/production-build.test.ts",
  "<rootDir>/test/document/render.test.ts",
  "<rootDir>/test/word-host/libreoffice.test.ts",
  "<rootDir>/test/word/scripted-run.test.ts",
];
/** Suites on the emulator with real LibreOffice (no webpack builds): the LibreOffice round trips, the journey, and LibreOffice opening the files the add-in writes. */
const SOFFICE = ["<rootDir>/test/journey/", "<rootDir>/test/word/libreoffice-forms.test.ts", "<rootDir>/test/document/package-opens.test.ts"];
const WORD = ["<rootDir>/test/word/", "<rootDir>/test/word-host/", "<rootDir>/test/compare/merge-copy.test.ts"];
const UI = ["<rootDir>/test/taskpane/"];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Path patterns (testRegex does not expand <rootDir>; ignore patterns do, but absolute is fine too). */
const matching = (paths) => paths.map((p) => `^${escape(p.replace("<rootDir>", __dirname))}`);

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.[tj]sx?$": "babel-jest" },
  moduleNameMapper: { "\\.docx$": "<rootDir>/test/stubs/docx-asset.js" },
  setupFilesAfterEnv: ["<rootDir>/test/setup-jest.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  // Two workers on two cores: the browser suites wait on Chromium and LibreOffice much of the time.
  maxWorkers: 2,
  // A generous ceiling for a machine under load; tests themselves stay under 30 s alone.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: "unit", testPathIgnorePatterns: ["/node_modules/", ...matching([...BROWSER, ...SOFFICE, ...WORD, ...UI])] },
    { ...common, displayName: "word", testRegex: matching(WORD).map((r) => `${r}.*\\.test\\.tsx?$`), testMatch: undefined, testPathIgnorePatterns: ["/node_modules/", ...matching([...BROWSER, ...SOFFICE])] },
    { ...common, displayName: "libreoffice", testRegex: matching(SOFFICE).map((r) => (r.endsWith("/") ? `${r}.*\\.test\\.tsx?$` : `${r}$`)), testMatch: undefined },
    { ...common, displayName: "ui", testRegex: matching(UI).map((r) => `${r}.*\\.test\\.tsx?$`), testMatch: undefined },
    {
      ...common,
      displayName: "browser",
      testRegex: matching(BROWSER).map((r) => (r.endsWith("/") ? `${r}.*\\.test\\.tsx?$` : `${r}$`)),
      testMatch: undefined,
      globalSetup: "<rootDir>/test/builds/global-setup.ts",
      globalTeardown: "<rootDir>/test/builds/global-teardown.ts",
    },
  ],
};
