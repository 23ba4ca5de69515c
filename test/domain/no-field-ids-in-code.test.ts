// The template is data: code finds a field through its role (src/domain/template/roles.ts), never
// by naming its id. This scans the sources for a field, column or step id of the template written
// as a string literal ("betrokkenen", 'naam', `betrokkenen.${row}`) or read as a property of form
// values or box texts (values.verzendwijze, cells.naam, boxTexts.initialen).
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { TEMPLATE, type TemplateDef } from "../../src/domain";

const ROOT = join(__dirname, "..", "..");
const SCANNED = ["src/taskpane", "src/word", "src/document", "src/domain"];
const EXEMPT_FOLDER = "src/domain/template/";

/** Literals that are the same word as an id but mean something else. */
const ALLOWED: { file: string; id: string; reason: string }[] = [
  {
    file: "src/domain/anonymise/people.ts",
    id: "regisseur",
    reason: "a list of role words that are not names, not the field",
  },
  {
    file: "src/domain/anonymise/free-text.ts",
    id: "gemeente",
    reason: "the Dutch word before a municipality in free text (a literal its regex needs), not the field",
  },
  {
    file: "src/domain/anonymise/institutions.ts",
    id: "gemeente",
    reason: "the Dutch word in a congregation's name ('Pinkstergemeente'), a literal its regex needs, not the field",
  },
  {
    file: "src/domain/anonymise/free-names.ts",
    id: "naam",
    reason: "a line's label that says a person's name follows ('Naam aanmelder: …'), not the field",
  },
  {
    file: "src/domain/anonymise/caps-names.ts",
    id: "zorgen",
    reason: "an example of a plain Dutch word in a comment, not the field",
  },
];

function templateIds(template: TemplateDef): string[] {
  const ids = template.steps.flatMap((s) => [
    s.id,
    ...s.fields.flatMap((f) => [f.id, ...(f.columns ?? []).map((c) => c.id)]),
  ]);
  return [...new Set(ids)];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Hit {
  line: number;
  id: string;
  text: string;
}

/** Where the source names one of the ids as a literal or a property of values/cells/box texts. */
function idLiterals(source: string, ids: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const lines = source.split("\n");
  for (const id of ids) {
    const e = escape(id);
    const literal = new RegExp(`(["'\`])${e}(\\1|\\.)`);
    const property = new RegExp(`\\b(values|boxTexts|texts|cells|lastAttributed|rowOrder)\\??\\.${e}\\b`);
    lines.forEach((text, i) => {
      if (literal.test(text) || property.test(text)) hits.push({ line: i + 1, id, text: text.trim() });
    });
  }
  return hits;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("no field id in code", () => {
  it("the scanner finds literals, key prefixes and property reads, and not words in sentences", () => {
    const source = [
      "const a = values.betrokkenen;",
      "const b = r.cells.naam ?? '';",
      "const c = boxTexts[`betrokkenen.${r}.naam`];",
      "const d = input.fieldId ?? 'verzendwijze';",
      'const e = "Er staan nog geen betrokkenen in stap 2.";',
      "const f = row.naamgeving;",
    ].join("\n");
    expect(idLiterals(source, ["betrokkenen", "naam", "verzendwijze"]).map((h) => [h.line, h.id])).toEqual([
      [1, "betrokkenen"],
      [3, "betrokkenen"],
      [2, "naam"],
      [4, "verzendwijze"],
    ]);
  });

  it("no field, column or step id of the template appears in the task pane, Word layer, documents or domain rules", () => {
    const ids = templateIds(TEMPLATE);
    expect(ids).toEqual(expect.arrayContaining(["initialen", "betrokkenen", "naam", "verzendwijze", "stap2"]));
    const files = SCANNED.flatMap((d) => sourceFiles(join(ROOT, d))).map((f) =>
      relative(ROOT, f).split("\\").join("/"),
    );
    expect(files.length).toBeGreaterThan(50);
    const found = files
      .filter((f) => !f.startsWith(EXEMPT_FOLDER))
      .flatMap((file) => idLiterals(readFileSync(join(ROOT, file), "utf8"), ids).map((h) => ({ file, ...h })))
      .filter((h) => !ALLOWED.some((a) => a.file === h.file && a.id === h.id));
    expect(
      found.map((h) => `${h.file}:${h.line} names ‘${h.id}’ (find the field by its role instead): ${h.text}`),
    ).toEqual([]);
  });

  it("every allowed exception still occurs (no stale allow-list)", () => {
    for (const a of ALLOWED) {
      expect([a.file, idLiterals(readFileSync(join(ROOT, a.file), "utf8"), [a.id]).length > 0]).toEqual([a.file, true]);
    }
  });
});
