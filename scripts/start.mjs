#!/usr/bin/env node
// npm start [-- --preview] [-- --server] [-- --no-open] [-- <office-addin-debugging args>]
//
// Windows / macOS: what Microsoft's task-pane template does — `office-addin-debugging start
//   manifest.xml`, which starts the HTTPS dev server (`npm run dev-server`) and sideloads the
//   add-in into Word desktop. Extra arguments are passed on (e.g. `npm start -- web`).
// Linux (no Word desktop), or --preview on any OS: the browser preview. Runs
//   `webpack serve --mode development --env preview` in the foreground and prints its URL.
// --server (any OS): only the HTTPS dev server on https://localhost:<port> with the
//   office-addin-dev-certs certificates (installed on first use), e.g. for sideloading into
//   Word on the web.
// --no-open: do not open a browser.
// The server started here writes its process id to .preview.pid; `npm stop` ends it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import http from "node:http";
import https from "node:https";

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = join(ROOT, ".preview.pid");
const WEBPACK_CLI = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const DEBUGGING_CLI = join(ROOT, "node_modules", "office-addin-debugging", "cli.js");
const MANIFEST = join(ROOT, "manifest.xml");

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const config = pkg.config || {};

// npm exports package.json "config" as npm_package_config_*; set them ourselves when the
// script runs as plain `node scripts/start.mjs`, so webpack and office-addin-debugging agree.
function configEnv() {
  const env = { ...process.env };
  for (const [key, value] of Object.entries(config)) {
    const name = `npm_package_config_${key}`;
    if (env[name] === undefined) env[name] = String(value);
  }
  // office-addin-debugging runs the "dev-server" script's command line in a shell.
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === "PATH") || "PATH";
  const bin = join(ROOT, "node_modules", ".bin");
  if (!(env[pathKey] || "").split(delimiter).includes(bin))
    env[pathKey] = [bin, env[pathKey]].filter(Boolean).join(delimiter);
  return env;
}

function parseArgs(argv) {
  const opts = { preview: false, server: false, open: true, rest: [] };
  for (const arg of argv) {
    if (arg === "--preview") opts.preview = true;
    else if (arg === "--server") opts.server = true;
    else if (arg === "--no-open") opts.open = false;
    else opts.rest.push(arg);
  }
  return opts;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

function runningServerPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8").trim(), 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  rmSync(PID_FILE, { force: true }); // stale
  return null;
}

function openBrowser(url) {
  let command;
  let args;
  if (process.platform === "win32") {
    command = "cmd";
    args = ["/c", "start", '""', url];
  } else if (process.platform === "darwin") {
    command = "open";
    args = [url];
  } else {
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      console.log("(No display found; open the URL above in a browser.)");
      return;
    }
    command = "xdg-open";
    args = [url];
  }
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true, windowsVerbatimArguments: true });
    child.on("error", () => console.log("(Could not open a browser; open the URL above yourself.)"));
    child.unref();
  } catch {
    console.log("(Could not open a browser; open the URL above yourself.)");
  }
}

// Resolves once the server answers any HTTP(S) request, or false after the timeout.
function waitForServer(url, timeoutMs = 180000) {
  const client = url.startsWith("https:") ? https : http;
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePromise) => {
    const attempt = () => {
      const req = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        resolvePromise(true);
      });
      req.on("timeout", () => req.destroy());
      req.on("error", () => {
        if (Date.now() > deadline) resolvePromise(false);
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

async function httpsEnv(env) {
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  const options = await getHttpsServerOptions();
  // webpack.config.js reads PEM strings from HR_HTTPS_OPTIONS (Buffers do not survive JSON).
  const pem = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, v.toString()]));
  return { ...env, HR_HTTPS_OPTIONS: JSON.stringify(pem) };
}

// Runs webpack serve in the foreground, records its pid, opens `url` once it answers.
async function serve({ webpackArgs, url, open, env, label }) {
  const existing = runningServerPid();
  if (existing) {
    console.log(`A server started by npm start is already running (pid ${existing}): ${url}`);
    console.log("Run `npm stop` first to restart it.");
    return 0;
  }
  console.log(`Starting the ${label}...`);
  const child = spawn(process.execPath, [WEBPACK_CLI, "serve", ...webpackArgs], { cwd: ROOT, env, stdio: "inherit" });
  writeFileSync(PID_FILE, `${child.pid}\n`);

  const cleanUp = () => {
    try {
      if (readFileSync(PID_FILE, "utf8").trim() === String(child.pid)) rmSync(PID_FILE, { force: true });
    } catch {
      // already gone
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  const exited = new Promise((resolvePromise) => {
    child.on("exit", (code, signal) => {
      cleanUp();
      resolvePromise(code ?? (signal ? 0 : 1));
    });
    child.on("error", (err) => {
      console.error(`Could not start webpack: ${err.message}`);
      cleanUp();
      resolvePromise(1);
    });
  });

  waitForServer(url).then((ready) => {
    if (!ready || child.exitCode !== null) return;
    console.log(`\n  ${label} running: ${url}\n  Stop it with Ctrl+C or \`npm stop\`.\n`);
    if (open) openBrowser(url);
  });
  return exited;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const env = configEnv();
  const port = Number(env.npm_package_config_dev_server_port || 3000);
  const desktopOs = process.platform === "win32" || process.platform === "darwin";

  if (opts.server) {
    return serve({
      webpackArgs: ["--mode", "development"],
      url: `https://localhost:${port}/taskpane.html`,
      open: false,
      env: await httpsEnv(env),
      label: "HTTPS dev server",
    });
  }

  if (opts.preview || !desktopOs) {
    if (!desktopOs && !opts.preview) console.log("No Word desktop on this platform: starting the browser preview.");
    return serve({
      webpackArgs: ["--mode", "development", "--env", "preview"],
      url: `http://localhost:${port}/preview.html`,
      open: opts.open,
      env,
      label: "browser preview",
    });
  }

  // Windows / macOS: sideload into Word desktop, as Microsoft's template does.
  const args = [DEBUGGING_CLI, "start", MANIFEST, ...opts.rest];
  if (!opts.rest.includes("--app") && config.app_to_debug) args.push("--app", String(config.app_to_debug));
  const child = spawn(process.execPath, args, { cwd: ROOT, env: await httpsEnv(env), stdio: "inherit" });
  return new Promise((resolvePromise) => {
    child.on("exit", (code) => resolvePromise(code ?? 1));
    child.on("error", (err) => {
      console.error(`Could not run office-addin-debugging: ${err.message}`);
      resolvePromise(1);
    });
  });
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
