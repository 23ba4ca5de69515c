import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import sdl from "@microsoft/eslint-plugin-sdl";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import textHome from "./eslint-rules/text-home.mjs";

// Where a Dutch sentence the user sees must come from src/domain/text/ (issue 29 item 3): the Word
// layer as a whole, and each folder of the pane once its texts have moved.
const TEXT_HOME_COVERED = [
  "src/word/**/*.ts",
  "src/commands/**/*.ts",
  "src/document/**/*.ts",
  "src/taskpane/*.{ts,tsx}",
  "src/taskpane/hooks/**/*.ts",
  "src/taskpane/signing/**/*.ts",
  "src/taskpane/components/fields/**/*.tsx",
  "src/taskpane/components/AgreeConfirmation.tsx",
  "src/taskpane/components/FinishStep.tsx",
];
// Temporary exceptions, ONE list: the Zelftest's contract cases still keep their Dutch titles and
// observations beside their checks; the strict package check's findings (a support tool,
// docs/package-check.md, not shown in the pane) still word themselves. Not yet moved.
const TEXT_HOME_NOT_YET = ["src/word/contract/**", "src/document/package-check.ts"];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "release/**",
      ".previous-release/**",
      ".previous-format2/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@microsoft/sdl": sdl, "react-hooks": reactHooks },
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Word: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      ...officeAddins.configs.recommended.rules,
      ...sdl.configs.common.rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      // Prettier wraps code at 120; whole Dutch sentences in strings stay on one line (greppable).
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Test helpers and the emulator may use looser typing where Office.js shapes are mimicked.
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts", "word-host/**/*.ts", "fixtures/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The one classic script of the pane: ES5 for the IE11 / Edge Legacy webviews.
    files: ["src/taskpane/legacy-webview.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: TEXT_HOME_COVERED,
    ignores: TEXT_HOME_NOT_YET,
    plugins: { local: textHome },
    rules: { "local/text-home": "error" },
  },
  {
    // The domain core must stay pure: no Office, no React.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "*/word/*", "*/taskpane/*"] },
      ],
      "no-restricted-globals": ["error", "Office", "Word", "OfficeExtension", "window", "document"],
    },
  },
  {
    // The task pane reaches Word only through src/word.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", "Word", "OfficeExtension"] },
  },
);
