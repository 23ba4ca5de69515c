/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.[tj]sx?$": "babel-jest" },
  // docx, jszip and friends ship CommonJS; nothing ESM-only needs transforming yet.
  // jsdom + Fluent + axe component tests take tens of seconds each on two loaded cores.
  testTimeout: 120000,
  moduleNameMapper: { "\\.docx$": "<rootDir>/test/stubs/docx-asset.js" },
  setupFilesAfterEnv: ["<rootDir>/test/setup-jest.ts"],
};
