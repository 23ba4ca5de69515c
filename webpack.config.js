const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin, NormalModuleReplacementPlugin } = require("webpack");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { buildInfo, fillSupportPage } = require("./scripts/build-info.cjs");
const { ThirdPartyNoticesPlugin } = require("./scripts/third-party-notices.cjs");
const { DEV_URL, manifestBaseUrl, rewriteManifest } = require("./scripts/manifest-url.cjs");

// Production pages must load Office.js from Microsoft's CDN (store/AppSource requirement);
// development, tests and the preview serve the npm copy so nothing leaves the machine.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "/office-js/office.js";
const OFFICE_JS_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

// The preview page's Content-Security-Policy (a <meta> tag): nothing but this origin. Fluent UI
// (griffel) and docx-preview insert <style> elements; docx-preview shows images from blob: URLs.
// In development the dev server's live-reload client connects over a WebSocket.
function previewCsp(dev) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // the worker that reads another copy (src/document/copy-worker.ts): a chunk from this origin
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data: blob:",
    `connect-src 'self'${dev ? " ws://localhost:* ws://127.0.0.1:*" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/**
 * Content-Security-Policy for every page: only the add-in's own origin and Microsoft's Office.js
 * CDN may run scripts; no eval. Styles allow inline because Fluent UI (Griffel) injects <style>.
 * Development adds the dev server's websocket.
 */
function contentSecurityPolicy(dev) {
  const cdn = "https://appsforoffice.microsoft.com";
  return [
    "default-src 'self'",
    `script-src 'self'${dev ? "" : ` ${cdn}`}`,
    // the worker that reads another copy (src/document/copy-worker.ts) is a chunk from this origin, never the CDN
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws://localhost:* wss://localhost:*" : ""}`,
    `frame-src 'self'${dev ? "" : ` ${cdn}`}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The pages' entry chunks: never split (each page loads one script of its own). */
const ENTRIES = new Set(["taskpane", "commands", "preview"]);

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // A production build refuses to run without ADDIN_BASE_URL (or --env baseUrl=…) unless asked
  // for localhost explicitly (--env localhost, ADDIN_LOCALHOST=1): see scripts/manifest-url.cjs.
  const baseUrl = manifestBaseUrl({
    production: !dev,
    baseUrl: env.baseUrl || process.env.ADDIN_BASE_URL,
    localhost: env.localhost,
    env: process.env,
  });
  const officeJsUrl = dev || env.localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  // The browser preview (preview/): the real task pane on the Word host emulator. Built in
  // development mode or with --env preview; a production build never contains it.
  const preview = dev || Boolean(env.preview);
  // The version and the organisation's support contact (SUPPORT_CONTACT), shown in the pane,
  // the Zelftest report and support.html (scripts/build-info.cjs).
  const info = buildInfo(process.env);

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "src/support/support.html",
      to: "support.html",
      transform: (content) => fillSupportPage(content.toString(), info),
    },
    { from: "src/taskpane/legacy-webview.js", to: "legacy-webview.js" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        const xml = content.toString();
        return dev || baseUrl === null ? xml : rewriteManifest(xml, baseUrl);
      },
    },
  ];
  // The organisations' signed key lists (KEY_LISTS, npm run keys -- bundle), served next to the
  // pane from its own origin; checked in the pane against the build's ORG_KEYS (build-info.cjs).
  if (process.env.KEY_LISTS)
    copyPatterns.push({ from: path.resolve(process.env.KEY_LISTS), to: "sleutellijsten.json" });
  if (officeJsUrl === OFFICE_JS_LOCAL) {
    // Both files are needed: office.js looks up o15apptofilemappingtable.js next to itself,
    // and Office.onReady never resolves outside Office without it.
    copyPatterns.push(
      { from: path.join(OFFICE_JS_DIST, "office.js"), to: "office-js/office.js" },
      { from: path.join(OFFICE_JS_DIST, "o15apptofilemappingtable.js"), to: "office-js/o15apptofilemappingtable.js" },
    );
  }

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(preview ? { preview: "./preview/preview.tsx" } : {}),
    },
    output: {
      path: outDir,
      filename: "[name].[contenthash:8].js",
      cssFilename: "[name].[contenthash:8].css",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        // Loaders of matching rules run last rule first: makeStyles in the add-in's own files become
        // precompiled __styles (@griffel/webpack-loader), then babel, then the extraction below.
        // Fluent UI ships its styles precompiled already. The extraction moves every __styles CSS rule
        // out of the scripts into one stylesheet: the form screen's chunks carry class names only and
        // the browser parses CSS instead of inserting rules one by one at first render (issue 30).
        {
          test: /\.[jt]sx?$/,
          include: [path.resolve(__dirname, "src/taskpane"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.[jt]sx?$/, exclude: /node_modules/, use: "babel-loader" },
        {
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src/taskpane"),
          use: {
            loader: "@griffel/webpack-loader",
            options: {
              babelOptions: {
                presets: ["@babel/preset-typescript", ["@babel/preset-react", { runtime: "automatic" }]],
              },
            },
          },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        // The add-in's own code uses the browser's XML parser in the browser (src/browser/xmldom.ts);
        // the Word host emulator (preview, bench) keeps xmldom, as in Node. The copy worker, which
        // has no DOMParser, hands the shim the real xmldom (src/document/copy-worker.ts), so the
        // worker and the pane share their chunks.
        {
          issuer: path.resolve(__dirname, "src"),
          resolve: { alias: { "@xmldom/xmldom$": path.resolve(__dirname, "src/browser/xmldom.ts") } },
        },
        // The anonymiser's packed name lists: a data file beside the chunks, fetched only for a
        // research copy (src/browser/name-lists.ts), never part of a script.
        {
          test: /[\\/]name-lists\.packed\.json$/,
          type: "asset/resource",
          generator: { filename: "namenlijsten.[contenthash:8].json" },
        },
        { test: /\.docx$/, type: "asset/inline" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    // The copy worker's own chunk may share chunks with the pane's lazy ones (JSZip, zod, the reader
    // and the anonymiser download once: issue 30); the pages' entry chunks stay one file each.
    // zod gets one chunk of its own: left to the defaults, its schema modules went once into the
    // form screen's chunk and again into the worker's (with xmldom), two downloads of the same code.
    optimization: {
      splitChunks: {
        chunks: (chunk) => !ENTRIES.has(chunk.name),
        cacheGroups: { zod: { test: /[\\/]node_modules[\\/]zod[\\/]/, name: "zod", priority: 20, enforce: true } },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
        csp: contentSecurityPolicy(dev),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJsUrl,
        csp: contentSecurityPolicy(dev),
      }),
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./preview/preview.html",
              chunks: ["preview"],
              csp: previewCsp(dev),
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css" }),
      new GriffelCSSExtractionPlugin(),
      // In the browser the name lists are fetched, not bundled: src/document/name-lists.ts (Node's,
      // which imports them) becomes src/browser/name-lists.ts, in the pane and in the copy worker.
      new NormalModuleReplacementPlugin(/[\\/]name-lists$/, (resource) => {
        if (path.resolve(resource.context, resource.request) === path.resolve(__dirname, "src/document/name-lists"))
          resource.request = path.resolve(__dirname, "src/browser/name-lists.ts");
      }),
      // The one source of the add-in version (src/build-info.ts): the pane, the Zelftest report and
      // every data part this add-in writes (src/domain/data-part/format-version.ts).
      new DefinePlugin({ HR_BUILD_INFO: JSON.stringify(info) }),
      // THIRD-PARTY-NOTICES.txt: the licences of the npm packages this bundle ships
      ...(dev ? [] : [new ThirdPartyNoticesPlugin()]),
    ],
    devServer: {
      // Only this machine: the preview and the dev server are never reachable from the network.
      host: "localhost",
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: outDir },
      client: { overlay: false, webSocketURL: "auto://localhost:0/ws" },
      ...(process.env.HR_HTTPS_OPTIONS
        ? { server: { type: "https", options: JSON.parse(process.env.HR_HTTPS_OPTIONS) } }
        : {}),
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
