#!/usr/bin/env node
// npm stop
// Ends the server that `npm start` recorded in .preview.pid (the browser preview, or the
// --server HTTPS dev server). On Windows / macOS, when no such server is recorded, runs
// `office-addin-debugging stop manifest.xml` as Microsoft's template does (unloads the
// add-in from Word and stops its dev server).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = join(ROOT, ".preview.pid");
const DEBUGGING_CLI = join(ROOT, "node_modules", "office-addin-debugging", "cli.js");
const MANIFEST = join(ROOT, "manifest.xml");

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

// On Linux, make sure the pid still belongs to a webpack server (pids are reused).
function looksLikeOurServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no /proc (macOS, Windows): trust the pid file
  try {
    return readFileSync(cmdline, "utf8").includes("webpack");
  } catch {
    return false;
  }
}

function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePromise) => {
    const check = () => {
      if (!isAlive(pid)) resolvePromise(true);
      else if (Date.now() > deadline) resolvePromise(false);
      else setTimeout(check, 200);
    };
    check();
  });
}

async function stopRecordedServer() {
  if (!existsSync(PID_FILE)) return false;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8").trim(), 10);
  rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !looksLikeOurServer(pid)) {
    console.log("The recorded server is no longer running.");
    return true;
  }
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, 10000))) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5000);
  }
  console.log(`Stopped the server (pid ${pid}).`);
  return true;
}

async function main() {
  if (await stopRecordedServer()) return 0;
  if (process.platform === "win32" || process.platform === "darwin") {
    const child = spawn(process.execPath, [DEBUGGING_CLI, "stop", MANIFEST], { cwd: ROOT, stdio: "inherit" });
    return new Promise((resolvePromise) => {
      child.on("exit", (code) => resolvePromise(code ?? 1));
      child.on("error", (err) => {
        console.error(`Could not run office-addin-debugging: ${err.message}`);
        resolvePromise(1);
      });
    });
  }
  console.log("Nothing to stop: no server started by `npm start` is running.");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
