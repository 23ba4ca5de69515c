// The dev server (npm start, the preview) listens on localhost only, never on every interface.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => { devServer?: { host?: string; client?: { webSocketURL?: string } } };

test.each([
  ["the task pane", {}],
  ["the preview", { preview: true }],
])("%s dev server binds to localhost", (_name, env) => {
  const { devServer } = config(env, { mode: "development" });
  expect(devServer?.host).toBe("localhost");
  expect(devServer?.client?.webSocketURL).not.toContain("0.0.0.0");
});
