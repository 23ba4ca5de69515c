// Runs a TypeScript file with Node: a require hook compiles .ts/.tsx with the repo's Babel config
// (env "test": targets the running Node, CommonJS). Usage: node scripts/ts-run.cjs <file.ts> [args…]
const path = require("node:path");
const babel = require("@babel/core");

const root = path.resolve(__dirname, "..");
for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const { code } = babel.transformFileSync(filename, {
      cwd: root,
      configFile: path.join(root, "babel.config.js"),
      envName: "test",
      sourceMaps: "inline",
      caller: { name: "ts-run", supportsStaticESM: false },
    });
    module._compile(code, filename);
  };
}
// Node tries extensions in the order they were registered: put .ts/.tsx first, so that
// `./package` in word-host is package.ts, not the package.json beside it (as Jest resolves it).
for (const ext of Object.keys(require.extensions).filter((e) => e !== ".ts" && e !== ".tsx")) {
  const load = require.extensions[ext];
  delete require.extensions[ext];
  require.extensions[ext] = load;
}

// Node tries extensions in the order they were registered: .ts first, so "./package" in the
// word-host package means package.ts, not package.json (as under Jest).
for (const ext of Object.keys(require.extensions).filter((e) => e !== ".ts" && e !== ".tsx")) {
  const handler = require.extensions[ext];
  delete require.extensions[ext];
  require.extensions[ext] = handler;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Usage: node scripts/ts-run.cjs <file.ts> [args…]");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...args];
require(path.resolve(entry));
