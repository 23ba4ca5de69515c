// Counts what ESLint's local/text-home rule (eslint-rules/text-home.mjs) would report in every
// file under src/ (outside src/domain/text), whether or not eslint.config.mjs covers the folder
// yet: the Dutch left to move (issue 29 item 3). Per file and per folder, and the total.
//   node scripts/text-home-count.cjs        (add -v for each line)
const { Linter } = require("eslint");
const tseslint = require("typescript-eslint");
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");

(async () => {
  const { default: plugin } = await import(path.resolve(__dirname, "../eslint-rules/text-home.mjs"));
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.{ts,tsx}"],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { local: plugin },
      rules: { "local/text-home": "error" },
    },
  ];
  const files = execSync("git ls-files 'src/*.ts' 'src/*.tsx'", { cwd: path.resolve(__dirname, "..") })
    .toString()
    .trim()
    .split("\n")
    .filter((f) => !f.startsWith("src/domain/text/"));
  const perFolder = {};
  let total = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.resolve(__dirname, "..", file), "utf8");
    const found = linter.verify(text, config, file).filter((m) => m.ruleId === "local/text-home");
    if (found.length === 0) continue;
    if (process.argv.includes("-v")) for (const m of found) console.log(`${file}:${m.line}`);
    const folder = path.dirname(file);
    perFolder[folder] = (perFolder[folder] ?? 0) + found.length;
    total += found.length;
  }
  for (const [folder, n] of Object.entries(perFolder).sort()) console.log(`${String(n).padStart(5)}  ${folder}`);
  console.log(`${String(total).padStart(5)}  total`);
})();
