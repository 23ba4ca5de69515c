// Where the packed name lists are served: webpack 5 emits the JSON as its own file beside the
// chunks (webpack.config.js names it namenlijsten.<hash>.json) and this is its URL on the add-in's
// own origin. Alone in this file because jest's CommonJS has no import.meta (jest maps it to
// test/stubs/name-lists-url.ts), as start-copy-worker.ts.
export const NAME_LISTS_URL: string = new URL("../domain/anonymise/name-lists.packed.json", import.meta.url).href;
