// The xmldom package's own entry file, imported by path where the package name is the browser
// build's shim (src/document/copy-worker.ts, webpack.config.js): the same module as "@xmldom/xmldom".
declare module "@xmldom/xmldom/lib/index.js" {
  export * from "@xmldom/xmldom";
}
