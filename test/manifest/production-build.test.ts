// A real production build with a base URL: dist/manifest.xml must point at the new host only,
// still validate, and the pages and icons it names must be in the build output. The browser
// preview (development only) and the Word host emulator must not be.
import { existsSync, readdirSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { validateManifestXml } from "../../scripts/manifest-check.cjs";
import { buildProduction, PRODUCTION_BASE as BASE, sharedOrOwnBuild, SHARED } from "../builds/webpack-builds";
import { ROOT, readManifest, urlsIn } from "./helpers";

// Shared with the other browser suites (test/builds/global-setup.ts); run alone, the build
// takes about a minute on two cores.
jest.setTimeout(180_000);

let outDir = "";
let owned = false;
let manifest = "";

beforeAll(async () => {
  ({ dir: outDir, owned } = await sharedOrOwnBuild(SHARED.production, "hr-build-", buildProduction));
  manifest = readFileSync(join(outDir, "manifest.xml"), "utf8");
});

afterAll(() => {
  if (owned) rmSync(outDir, { recursive: true, force: true });
});

describe("production build with a base URL", () => {
  test("dist/manifest.xml has no localhost left and uses the new base", () => {
    expect(manifest).not.toMatch(/localhost/i);
    const urls = urlsIn(manifest);
    expect(urls).toHaveLength(urlsIn(readManifest()).length);
    for (const url of urls) expect(url.startsWith(`${BASE}/`)).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
  });

  test("the rewritten manifest still validates", async () => {
    const result = await validateManifestXml(manifest, { fileName: "dist-manifest.xml" });
    expect(result.errors).toEqual([]);
  });

  test("the task pane, function file and icons it names are in the output", () => {
    const paths = new Set(urlsIn(manifest).map((u) => u.slice(BASE.length + 1)));
    for (const p of [
      "taskpane.html",
      "commands.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(paths).toContain(p);
      expect(existsSync(join(outDir, p))).toBe(true);
    }
  });
});

describe("production pages are locked down (Content-Security-Policy, no eval)", () => {
  const pages = ["taskpane.html", "commands.html", "support.html"];
  // The production HTML is minified: attribute quotes may be gone.
  const cspOf = (html: string) =>
    /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";

  test.each(pages)(
    "%s carries a CSP that allows scripts only from the add-in and Microsoft's Office.js CDN",
    (page) => {
      const csp = cspOf(readFileSync(join(outDir, page), "utf8"));
      expect(csp).toContain("default-src");
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/unsafe-eval/);
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)?.[1] ?? "";
      for (const source of scriptSrc.trim().split(/\s+/))
        expect(["'self'", "'none'", "https://appsforoffice.microsoft.com"]).toContain(source);
    },
  );

  test("production pages load office.js from the CDN and nothing else from outside", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(outDir, page), "utf8");
      const external = [...html.matchAll(/(?:src|href)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
      expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    }
  });

  test("the task pane's entry chunk leaves the copies tab, JSZip and the bundled template to chunks loaded on demand", () => {
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    const entry = /src="?(taskpane\.[^">\s]+\.js)/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const initial = readFileSync(join(outDir, entry!), "utf8");
    expect(initial).not.toContain("Dit bestand is geen Word-document"); // src/document/read-data-part.ts
    expect(initial).not.toContain("JSZip");
    expect(initial).not.toContain(
      "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,",
    );
    const pane = paneFiles(entry!);
    const all = pane.map((f) => readFileSync(join(outDir, f), "utf8")).join("\n");
    for (const s of ["Dit bestand is geen Word-document", "JSZip", "wordprocessingml.document;base64,"])
      expect(all).toContain(s);
    // the pane's code (its own chunk since the first screen loads first) parses XML with the
    // browser's own parser (src/browser/xmldom.ts), not xmldom
    expect(all).toContain("parsererror");
    expect(all).not.toContain("Unicode replacement character detected"); // a string of @xmldom/xmldom's parser
  });

  /** An entry chunk and the chunks its webpack runtime can load (the pane's by script tags, the worker's
   * with importScripts). */
  function loadedFrom(entry: string): string[] {
    const files = readdirSync(outDir).filter((f) => f.endsWith(".js"));
    const text = readFileSync(join(outDir, entry), "utf8");
    // webpack's runtime names the chunks it loads by content hash: a map {id:"hash",…}, or, for a
    // single chunk, e=>e+".hash.js"
    const hashes = [...text.matchAll(/"?[\w-]+"?:"([0-9a-f]{8})"/g), ...text.matchAll(/\+"\.([0-9a-f]{8})\.js"/g)].map(
      (m) => m[1]!,
    );
    const loaded = files.filter((f) => f !== entry && hashes.some((h) => f.endsWith(`.${h}.js`)));
    return [entry, ...loaded];
  }

  /** The copy worker's entry chunk (src/document/start-copy-worker.ts names it) and the chunks it loads. */
  function workerFiles(): string[] {
    const entry = readdirSync(outDir).filter((f) => /^copy-worker\.[0-9a-f]{8}\.js$/.test(f));
    expect(entry).toHaveLength(1);
    return loadedFrom(entry[0]!);
  }

  /** The pane's entry chunk and every chunk it can load (some shared with the worker: issue 30). */
  function paneFiles(entry: string): string[] {
    return loadedFrom(entry).filter((f) => !/^copy-worker\./.test(f));
  }

  test("the production build emits the copy worker: a chunk of the add-in's own, with xmldom (a worker has no DOMParser) and the read limits", () => {
    const worker = workerFiles();
    const code = worker.map((f) => readFileSync(join(outDir, f), "utf8")).join("\n");
    expect(code).toContain("importScripts"); // a classic worker loading its chunks from the same origin
    expect(code).toContain("Unicode replacement character detected"); // the real @xmldom/xmldom
    expect(code).toContain("Het lezen van dit bestand duurde te lang"); // read-limits.ts
    // the pane's code starts it by the worker chunk's own URL, and the pages allow workers from 'self' only
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    const pane = paneFiles(/src="?(taskpane\.[^">\s]+\.js)/.exec(html)![1]!)
      .map((f) => readFileSync(join(outDir, f), "utf8"))
      .join("\n");
    // JSZip, zod, the reader and the anonymiser ship once: the worker loads the pane's chunks (issue 30)
    const shared = worker.filter((f) => !/^copy-worker\./.test(f));
    expect(shared.some((f) => readFileSync(join(outDir, f), "utf8").includes("JSZip"))).toBe(true);
    expect(
      paneFiles(/src="?(taskpane\.[^">\s]+\.js)/.exec(html)![1]!).filter((f) => shared.includes(f)).length,
    ).toBeGreaterThan(0);
    expect(pane).toMatch(/new Worker\(/);
    expect(pane).toContain("copy-worker");
    const csp = cspOf(readFileSync(join(outDir, "taskpane.html"), "utf8"));
    expect(csp).toMatch(/worker-src 'self'(;|$)/);
  });

  test("the production build contains the Zelftest page, in a chunk of its own", () => {
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    const entry = /src="?(taskpane\.[^">\s]+\.js)/.exec(html)?.[1];
    const js = readdirSync(outDir).filter((f) => f.endsWith(".js"));
    const holding = (text: string) => js.filter((f) => readFileSync(join(outDir, f), "utf8").includes(text));
    // the page itself is one chunk, loaded on demand: not the entry, not the chunk with the header link
    const page = holding("Zelftest starten");
    expect(page).toHaveLength(1);
    expect(page).not.toContain(entry);
    expect(holding("Zelftest").filter((f) => !page.includes(f)).length).toBeGreaterThan(0); // the header link
    // the cases themselves are shipped (in that chunk, or in the entry where the startup guard needs them)
    const all = readdirSync(outDir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(outDir, f), "utf8"))
      .join("\n");
    for (const id of ["lock-refuses-write", "partial-batch", "custom-xml-roundtrip", "selection-event"])
      expect(all).toContain(id);
  });

  test("taskpane.html explains itself in the old IE11 / Edge Legacy webviews (an ES5 script from the add-in's origin)", () => {
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script src="?legacy-webview\.js"?><\/script>/);
    expect(readFileSync(join(outDir, "legacy-webview.js"), "utf8")).toContain(
      "De Handreiking Regie werkt niet in deze versie van Word",
    );
  });

  test("the bundles call no eval", () => {
    for (const file of readdirSync(outDir).filter((f) => f.endsWith(".js"))) {
      const found = /[^.\w]eval\(/.exec(readFileSync(join(outDir, file), "utf8"));
      expect(found && `${file}: ${found.input.slice(found.index - 40, found.index + 40)}`).toBeNull();
    }
  });

  test("no source file builds HTML from strings (document text never becomes markup)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          /\.(ts|tsx)$/.test(entry.name) &&
          /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(
            readFileSync(path, "utf8"),
          )
        )
          offenders.push(path);
      }
    };
    walk(join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });
});

describe("production build without the browser preview", () => {
  test("no preview page, test hook or Word host emulator code in the output", () => {
    expect(existsSync(join(outDir, "preview.html"))).toBe(false);
    const files = readdirSync(outDir, { recursive: true }).map(String);
    expect(files.filter((f) => /preview/i.test(f))).toEqual([]);
    for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(join(outDir, file), "utf8");
      expect(text).not.toContain("Voorbeeldomgeving"); // the preview page (preview/)
      expect(text).not.toContain("__preview"); // its test hook
      expect(text).not.toContain("is not emulated by word-host"); // the emulator (word-host/core.ts)
    }
  });
});
