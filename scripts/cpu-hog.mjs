#!/usr/bin/env node
// A CPU hog to prove the test suite is steady on a busy machine.
//
//   node scripts/cpu-hog.mjs start [cores]   busy loops on every core (or `cores` of them)
//   node scripts/cpu-hog.mjs stop            ends them
//   node scripts/cpu-hog.mjs run -- <cmd…>   start, run the command, stop (also on failure);
//                                            exits with the command's code
//
// The loops run at normal priority, like any other work on the machine, and stop by themselves
// after an hour at the latest, so a forgotten hog does not run for ever.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const PID_FILE = join(tmpdir(), "handreiking-regie-cpu-hog.pids");
const MAX_MS = 60 * 60 * 1000;
const LOOP = `const end = Date.now() + ${MAX_MS}; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e6; i++) x = (x * 31 + i) % 1000003; }`;

function start(cores) {
  stop();
  const pids = [];
  for (let i = 0; i < cores; i++) {
    const child = spawn(process.execPath, ["-e", LOOP], { detached: true, stdio: "ignore" });
    child.unref();
    pids.push(child.pid);
  }
  writeFileSync(PID_FILE, pids.join("\n"));
  console.log(`cpu-hog: ${cores} busy loop(s) started (pids ${pids.join(", ")})`);
}

function stop() {
  if (!existsSync(PID_FILE)) return;
  const pids = readFileSync(PID_FILE, "utf8").split("\n").filter(Boolean).map(Number);
  for (const pid of pids) {
    try {
      process.kill(pid);
    } catch {
      // already gone
    }
  }
  rmSync(PID_FILE, { force: true });
  console.log(`cpu-hog: stopped ${pids.length} busy loop(s)`);
}

const [command, ...rest] = process.argv.slice(2);
const cores = Number(rest[0]) > 0 ? Number(rest[0]) : availableParallelism();
if (command === "start") start(cores);
else if (command === "stop") stop();
else if (command === "run") {
  const dash = rest.indexOf("--");
  const [cmd, ...args] = dash >= 0 ? rest.slice(dash + 1) : rest;
  if (!cmd) {
    console.error("usage: node scripts/cpu-hog.mjs run -- <command> [args…]");
    process.exit(2);
  }
  start(availableParallelism());
  const started = Date.now();
  const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  const finish = (code) => {
    stop();
    console.log(
      `cpu-hog: '${[cmd, ...args].join(" ")}' took ${((Date.now() - started) / 1000).toFixed(0)} s under the hog, exit ${code}`,
    );
    process.exit(code ?? 1);
  };
  child.on("exit", finish);
  child.on("error", () => finish(1));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
} else {
  console.error("usage: node scripts/cpu-hog.mjs start [cores] | stop | run -- <command> [args…]");
  process.exit(2);
}
