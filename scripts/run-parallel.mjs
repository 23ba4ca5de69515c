// Runs npm scripts side by side (the checks before jest: tsc and ESLint + Prettier each use one
// core) and fails when any fails. Each script's output is printed whole when it ends, so the
// logs do not interleave. Usage: node scripts/run-parallel.mjs typecheck lint
import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error("Usage: node scripts/run-parallel.mjs <npm script> [<npm script> …]");
  process.exit(2);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ["run", "--silent", script], {
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> ${script}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${seconds} s\n${output}`);
      resolve(code ?? 1);
    });
    child.on("error", (error) => {
      process.stdout.write(`\n> ${script}: could not start (${error.message})\n`);
      resolve(1);
    });
  });
}

const codes = await Promise.all(scripts.map(run));
process.exit(codes.every((c) => c === 0) ? 0 : 1);
