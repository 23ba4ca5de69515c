// The source files of a folder and the module specifiers in a file: what the layout tests
// (word-host-sealed, fixtures-package, import-cycles) read.
import { readdirSync, statSync } from "fs";
import path from "path";

/** Every .ts/.tsx/.js/.mjs/.cjs file below dir, node_modules left out. */
export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sources(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

/** Every module specifier in a file's text (import/export from, require, dynamic import). */
export function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:from\s*|require\(\s*|import\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
}
