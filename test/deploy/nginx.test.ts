// The nginx site in deploy/nginx/ serving the production build, as IT runs it (Debian's nginx,
// its mime.types), on a loopback port over HTTPS with a certificate made for the test: every
// header is checked, and Chromium loads the pane from it with no Content Security Policy
// violation and is refused when another origin frames it. Only the port, the certificate, the
// root and the snippet path of handreiking-regie.conf are replaced (each asserted to be there).
// Office.js is served from node_modules under its CDN address (the test has no internet).
// Without nginx or Chromium the suite is skipped with a warning; under CI=true it fails.
import { execFileSync, spawn, type ChildProcess } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { createServer as createHttpServer, type Server } from "http";
import { request } from "https";
import { createServer, type AddressInfo } from "net";
import { tmpdir } from "os";
import { basename, join } from "path";
import { chromium, type Browser } from "playwright-core";
import { buildProduction, sharedOrOwnBuild, SHARED } from "../builds/webpack-builds";
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable, ROOT } from "../e2e/harness";

const NGINX = "/usr/sbin/nginx";
const DEPLOY = join(ROOT, "deploy", "nginx");
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const TIMEOUT = 240_000;

const missing = [
  existsSync(NGINX) ? null : `nginx not found at ${NGINX} — apt-get install nginx`,
  chromiumAvailable ? null : `chromium not found at ${CHROMIUM} — apt-get install chromium`,
  existsSync("/usr/bin/openssl") ? null : "openssl not found — apt-get install openssl",
].filter((m): m is string => m !== null);

function describeNginx(name: string, fn: () => void): void {
  if (missing.length === 0) return describe(name, fn);
  if (process.env.CI === "true")
    return describe(name, () => {
      beforeAll(() => {
        throw new Error(`NGINX TEST FAILED: ${missing.join("; ")} (CI=true, so it may not be skipped)`);
      });
      fn();
    });
  console.warn(`NGINX TEST SKIPPED: ${missing.join("; ")}`);
  return describe.skip(name, fn);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** handreiking-regie.conf's HTTPS server for this test, every replaced directive asserted. */
function testSite(site: string, port: number, dir: string, certDir: string): string {
  const https = site.split("# Plain http only redirects to https.")[0]!;
  const replacements: [string | RegExp, string][] = [
    ["    listen 443 ssl;\n", `    listen 127.0.0.1:${port} ssl;\n`],
    ["    listen [::]:443 ssl;\n", ""],
    [/ssl_certificate \S+;/, `ssl_certificate ${join(certDir, "cert.pem")};`],
    [/ssl_certificate_key \S+;/, `ssl_certificate_key ${join(certDir, "key.pem")};`],
    [/\n {4}root \S+;/, `\n    root ${dir};`],
  ];
  let out = https.slice(https.indexOf("server {"));
  for (const [from, to] of replacements) {
    if (typeof from === "string" ? !out.includes(from) : !from.test(out))
      throw new Error(`handreiking-regie.conf has no ${String(from)}`);
    out = out.replace(from, to);
  }
  if (!out.includes("/etc/nginx/snippets/")) throw new Error("handreiking-regie.conf includes no snippet");
  return out.split("/etc/nginx/snippets/").join(`${DEPLOY}/`);
}

interface Served {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, ca: string): Promise<Served> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describeNginx("the nginx site serving the production build", () => {
  let build: { dir: string; owned: boolean };
  let work: string;
  let nginx: ChildProcess | undefined;
  let nginxLog = "";
  let port = 0;
  let ca = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await sharedOrOwnBuild(SHARED.production, "hr-build-", buildProduction);
    work = mkdtempSync(join(tmpdir(), "hr-nginx-"));
    execFileSync(
      "/usr/bin/openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(work, "key.pem"),
        "-out",
        join(work, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    ca = readFileSync(join(work, "cert.pem"), "utf8");
    port = await freePort();
    for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, d));
    const site = testSite(readFileSync(join(DEPLOY, "handreiking-regie.conf"), "utf8"), port, build.dir, work);
    const root = process.getuid?.() === 0;
    writeFileSync(
      join(work, "nginx.conf"),
      [
        "daemon off;",
        "worker_processes 1;",
        `pid ${join(work, "nginx.pid")};`,
        "error_log stderr warn;",
        // as root the workers would become nobody, who cannot read a private temp dir
        ...(root ? ["user root;"] : []),
        "events { worker_connections 64; }",
        "http {",
        "  include /etc/nginx/mime.types;",
        "  default_type application/octet-stream;",
        "  access_log off;",
        ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
          (d) => `  ${d === "body" ? "client_body" : d}_temp_path ${join(work, d)};`,
        ),
        site,
        "}",
      ].join("\n"),
    );
    nginx = spawn(NGINX, ["-e", "stderr", "-p", work, "-c", join(work, "nginx.conf")], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    nginx.stderr?.on("data", (d: Buffer) => (nginxLog += d.toString()));
    for (let i = 0; ; i += 1) {
      try {
        await get(port, "/taskpane.html", ca);
        break;
      } catch (error) {
        if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${nginxLog || String(error)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      nginx.kill("SIGQUIT");
      await new Promise((r) => nginx?.once("exit", r));
    }
    if (work) rmSync(work, { recursive: true, force: true });
    if (build?.owned) rmSync(build.dir, { recursive: true, force: true });
  }, TIMEOUT);

  const SECURITY = {
    "strict-transport-security": "max-age=31536000",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };

  test("every file carries the security headers; HTML and the manifest are never cached, hashed chunks for a year", async () => {
    const chunks = readdirSync(build.dir).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(3);
    // the name lists (fetched for a research copy) are hashed data: cached for a year like the chunks
    const lists = readdirSync(build.dir).filter((f) => /^namenlijsten\.[0-9a-f]{8}\.json$/.test(f));
    expect(lists).toHaveLength(1);
    // Fluent's CSS, extracted at build time into one hashed stylesheet that taskpane.html links
    const sheets = readdirSync(build.dir).filter((f) => /\.[0-9a-f]{8}\.css$/.test(f));
    expect(sheets).toHaveLength(1);
    const cases: [string, string, RegExp][] = [
      ["/taskpane.html", "no-cache", /^text\/html/],
      ["/commands.html", "no-cache", /^text\/html/],
      ["/support.html", "no-cache", /^text\/html/],
      ["/manifest.xml", "no-cache", /^text\/xml/],
      ["/assets/icon-32.png", "no-cache", /^image\/png/],
      ...chunks.map((c): [string, string, RegExp] => [
        `/${c}`,
        "public, max-age=31536000, immutable",
        /^application\/javascript/,
      ]),
      [`/${lists[0]}`, "public, max-age=31536000, immutable", /^application\/json/],
      [`/${sheets[0]}`, "public, max-age=31536000, immutable", /^text\/css/],
    ];
    for (const [path, cache, type] of cases) {
      const r = await get(port, path, ca);
      expect({ path, status: r.status }).toEqual({ path, status: 200 });
      expect({ path, ...SECURITY, "cache-control": cache }).toEqual({
        path,
        "strict-transport-security": r.headers["strict-transport-security"],
        "x-content-type-options": r.headers["x-content-type-options"],
        "referrer-policy": r.headers["referrer-policy"],
        "cache-control": r.headers["cache-control"],
      });
      expect(r.headers["content-type"]).toMatch(type);
      const csp = String(r.headers["content-security-policy"]);
      expect(csp).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com https:\/\/\*\.office\.com /);
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).toContain("object-src 'none'");
      expect(r.headers.server).toBe("nginx"); // server_tokens off: no version
    }
    // a missing file is a 404 with the same headers; no directory listing
    const missingFile = await get(port, "/kopieen.00000000.js", ca);
    expect(missingFile.status).toBe(404);
    expect(missingFile.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get(port, "/assets/", ca)).status).toBe(404);
  });

  test("the header policy allows everything the page's own <meta> policy allows (nothing the pane needs is cut)", async () => {
    const html = (await get(port, "/taskpane.html", ca)).body;
    const meta = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = String((await get(port, "/taskpane.html", ca)).headers["content-security-policy"]);
    const directives = (policy: string) =>
      new Map(
        policy
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );
    const fromHeader = directives(header);
    for (const [name, values] of directives(meta!))
      expect({ name, values: fromHeader.get(name) }).toEqual({ name, values });
  });

  test("Chromium loads the pane from nginx, office.js from its CDN address, with no CSP violation", async () => {
    const context = await browser!.newContext({ ignoreHTTPSErrors: true });
    try {
      await context.route("https://appsforoffice.microsoft.com/**", (route) => {
        const file = join(OFFICE_JS, basename(new URL(route.request().url()).pathname));
        return existsSync(file)
          ? route.fulfill({ path: file, contentType: "application/javascript" })
          : route.fulfill({ status: 404, body: "" });
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(String(e)));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          (window as unknown as { violations: string[] }).violations ??= [];
          (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const response = await page.goto(`https://127.0.0.1:${port}/taskpane.html`);
      expect(response?.status()).toBe(200);
      // office.js ran (Office.onReady outside Office) and the pane's code drew what it found
      await page.getByRole("region", { name: "Gevonden omgeving" }).waitFor({ timeout: 60_000 });
      expect(await page.getByRole("heading", { name: "Handreiking Regie" }).count()).toBe(1);
      const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
      // Outside Office, office.js tries to frame Microsoft's telemetry page; the pane's own policy
      // (the <meta> one, the same frame-src) refuses it on purpose: the add-in sends no telemetry.
      const telemetry = /telemetryservice\.firstpartyapps\.oaspapps\.com/;
      expect(violations.every((v) => v.startsWith("frame-src ") && telemetry.test(v))).toBe(true);
      expect({
        violations: violations.filter((v) => !telemetry.test(v)),
        problems: problems.filter((p) => !(p.includes("frame-src") && telemetry.test(p))),
      }).toEqual({ violations: [], problems: [] });
    } finally {
      await context.close();
    }
  });

  test("a page of another origin cannot frame the pane (frame-ancestors)", async () => {
    const outside: Server = createHttpServer((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(`<iframe id="pane" src="https://127.0.0.1:${port}/taskpane.html"></iframe>`);
    });
    await new Promise<void>((resolve) => outside.listen(0, "127.0.0.1", resolve));
    const context = await browser!.newContext({ ignoreHTTPSErrors: true });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on("console", (m) => {
        if (/frame-ancestors/.test(m.text())) refused.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${(outside.address() as AddressInfo).port}/`);
      for (let waited = 0; refused.length === 0 && waited < 30_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      expect(refused.join("\n")).toMatch(/frame-ancestors/);
      // the frame stayed empty: the pane's heading is not in it
      expect(await page.frameLocator("#pane").getByRole("heading", { name: "Handreiking Regie" }).count()).toBe(0);
    } finally {
      await context.close();
      await new Promise((r) => outside.close(r));
    }
  });
});
