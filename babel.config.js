// Babel compiles TypeScript/JSX for webpack and jest; `tsc --noEmit` is the type check.
module.exports = (api) => {
  const isTest = api.env("test");
  return {
    presets: [
      ["@babel/preset-env", isTest ? { targets: { node: "current" } } : { targets: "defaults", bugfixes: true }],
      ["@babel/preset-typescript", { allowDeclareFields: true }],
      ["@babel/preset-react", { runtime: "automatic" }],
    ],
  };
};
