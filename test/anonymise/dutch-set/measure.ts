// Measures the research copy's recogniser on the Dutch test set: recall per category, raw (the
// copy replaced every letter and digit of the identifier) and with review (what was not replaced
// is on the review list, word for word), and how many identifier-free sentences the copy changed.
// Each text is the one free-text box of a form that knows only the child's initials.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newDataPart, TEMPLATE } from "../../../src/domain";
import { anonymiseForm, type Span } from "../../../src/domain/anonymise";
import { dutchLexicon } from "../../../src/document/name-lists";

export const CATEGORIES = [
  "persoon",
  "datum",
  "leeftijd",
  "instelling",
  "plaats",
  "adres",
  "postcode",
  "telefoon",
  "email",
  "url",
  "handle",
  "bsn",
  "iban",
] as const;
export type Category = (typeof CATEGORIES)[number];

interface Annotation {
  start: number;
  end: number;
  category: Category;
  text: string;
}

/**
 * The tuned half, the generated held-out half, the hand-written blind set (BLIND.md), and the
 * second hand-written set (BLIND2.md): 2a may be tuned on, 2b is sealed (measured only), and the
 * third (BLIND3.md): 3a may be tuned on; 3b was sealed until its last sealed reading (BLIND3.md) and
 * is a tuning half since; the fourth set (BLIND4a.md, BLIND4b.md): 4a may be tuned on, 4b was sealed until its last
 * sealed reading (stop 36) and is a tuning half since; the fifth (BLIND5a.md, BLIND5b.md): 5a may be tuned on, 5b is
 * sealed; the sixth (BLIND6a.md, BLIND6b.md) and the seventh (BLIND7a.md, BLIND7b.md): 6a and 7a may be tuned on,
 * 6b and 7b are sealed.
 */
export type Half =
  | "tune"
  | "heldout"
  | "blind"
  | "blind2a"
  | "blind2b"
  | "blind3a"
  | "blind3b"
  | "blind4a"
  | "blind4b"
  | "blind5a"
  | "blind5b"
  | "blind6a"
  | "blind6b"
  | "blind7a"
  | "blind7b"
  | "blind8a"
  | "blind8b";

/** Halves whose misses are never printed: reading them would unseal the set. */
export const SEALED: readonly Half[] = ["blind2b", "blind5b", "blind6b", "blind7b", "blind8b"];

export const HALVES: readonly Half[] = [
  "tune",
  "heldout",
  "blind",
  "blind2a",
  "blind2b",
  "blind3a",
  "blind3b",
  "blind4a",
  "blind4b",
  "blind5a",
  "blind5b",
  "blind6a",
  "blind6b",
  "blind7a",
  "blind7b",
  "blind8a",
  "blind8b",
];

/** The halves the report measures: those named with --half, or all of them. */
export function chosenHalves(argv: readonly string[]): Half[] {
  const named = argv.flatMap((arg, i) => (arg === "--half" ? [argv[i + 1] ?? ""] : []));
  for (const name of named) if (!(HALVES as readonly string[]).includes(name)) throw new Error(`unknown half ${name}`);
  return HALVES.filter((h) => named.length === 0 || named.includes(h));
}

/** Whether the report prints a half's misses: only when asked, and never for a sealed half. */
export const printsMisses = (half: Half, argv: readonly string[]): boolean =>
  argv.includes("--misses") && !SEALED.includes(half);

export interface Tally {
  total: number;
  raw: number;
  withReview: number;
}

export interface Figures {
  half: string;
  perCategory: Record<Category, Tally>;
  /** Identifier-free sentences, how many the copy changed, and how many review items they gave (the list's cost). */
  clean: { total: number; changed: number; reviewItems: number };
  misses: string[];
  reviewOnly: string[];
  changed: string[];
}

export function parse(marked: string): { text: string; annotations: Annotation[] } {
  const annotations: Annotation[] = [];
  let text = "";
  let at = 0;
  for (const m of marked.matchAll(/\[\[(\w+):((?:(?!\]\]).)+)\]\]/gsu)) {
    const [whole, category = "", value = ""] = m;
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new Error(`unknown category ${category}`);
    text += marked.slice(at, m.index);
    const start = text.length;
    text += value;
    annotations.push({ start, end: text.length, category: category as Category, text: value });
    at = m.index + whole.length;
  }
  return { text: text + marked.slice(at), annotations };
}

/** The texts of one half: "# id client=XY" then the marked text. */
export function readHalf(half: Half): { id: string; client: string; marked: string }[] {
  const raw = readFileSync(join(__dirname, `${half}.txt`), "utf8");
  return raw
    .split(/^# /mu)
    .filter((b) => b.trim() !== "")
    .map((b) => {
      const nl = b.indexOf("\n");
      const [id = "", client = ""] = b.slice(0, nl).split(/\s+client=/u);
      return { id, client, marked: b.slice(nl + 1).replace(/\n+$/u, "") };
    });
}

export function readClean(half: Half): string[] {
  return readFileSync(join(__dirname, `clean-${half}.txt`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
}

function copyOf(client: string, text: string) {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  return anonymiseForm({
    data,
    boxTexts: { initialen: client, zorgen: text },
    offsetDays: 41,
    lexicon: dutchLexicon(),
  });
}

const covered = (a: Annotation, text: string, spans: readonly Span[]): boolean => {
  for (let i = a.start; i < a.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(i))) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
};

/** Every word of the annotation that the copy kept is on the review list. */
function reviewed(a: Annotation, text: string, spans: readonly Span[], review: ReadonlySet<string>): boolean {
  for (const w of text.slice(a.start, a.end).matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = a.start + w.index;
    const kept = spans.every((s) => s.end <= start || s.start >= start + w[0].length);
    if (kept && !review.has(w[0])) return false;
  }
  return true;
}

export function measureHalf(half: Half): Figures {
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { total: 0, raw: 0, withReview: 0 }])) as Record<
    Category,
    Tally
  >;
  const figures: Figures = {
    half,
    perCategory,
    clean: { total: 0, changed: 0, reviewItems: 0 },
    misses: [],
    reviewOnly: [],
    changed: [],
  };
  for (const doc of readHalf(half)) {
    const { text, annotations } = parse(doc.marked);
    const copy = copyOf(doc.client, text);
    const spans = copy.scrubber.spans(text);
    // a review item is shown whole: "Anne-Fleur" or "Noor2009" on the list shows each of its parts to the reviewer
    const review = new Set(copy.report.review.flatMap((r) => [r.word, ...(r.word.match(/[\p{L}\p{N}]+/gu) ?? [])]));
    for (const a of annotations) {
      const t = perCategory[a.category];
      t.total++;
      if (covered(a, text, spans)) {
        t.raw++;
        t.withReview++;
      } else if (reviewed(a, text, spans, review)) {
        t.withReview++;
        figures.reviewOnly.push(`${doc.id} ${a.category}: ${a.text}`);
      } else figures.misses.push(`${doc.id} ${a.category}: ${a.text}`);
    }
  }
  for (const sentence of readClean(half)) {
    figures.clean.total++;
    const copy = copyOf("XY", sentence);
    const out = copy.boxTexts.zorgen ?? "";
    figures.clean.reviewItems += copy.report.review.length;
    if (out !== sentence) {
      figures.clean.changed++;
      figures.changed.push(`${sentence} → ${out}`);
    }
  }
  return figures;
}

const ratio = (n: number, d: number): string => (d === 0 ? "  –  " : (n / d).toFixed(3));

/** The figures as a table (category, total, raw recall, recall with review), then the false-positive rate. */
export function figuresTable(f: Figures): string {
  const rows = CATEGORIES.map((c) => {
    const t = f.perCategory[c];
    return `  ${c.padEnd(11)} ${String(t.total).padStart(5)}   ${ratio(t.raw, t.total)}   ${ratio(t.withReview, t.total)}`;
  });
  const all = CATEGORIES.reduce(
    (acc, c) => ({
      total: acc.total + f.perCategory[c].total,
      raw: acc.raw + f.perCategory[c].raw,
      withReview: acc.withReview + f.perCategory[c].withReview,
    }),
    { total: 0, raw: 0, withReview: 0 },
  );
  return [
    `${f.half}: recall per category`,
    `  categorie   aantal   ruw     met review`,
    ...rows,
    `  ${"alles".padEnd(11)} ${String(all.total).padStart(5)}   ${ratio(all.raw, all.total)}   ${ratio(all.withReview, all.total)}`,
    `  zinnen zonder gegeven veranderd: ${f.clean.changed} / ${f.clean.total} = ${ratio(f.clean.changed, f.clean.total)}`,
    `  reviewlijst op die zinnen: ${f.clean.reviewItems} woorden`,
  ].join("\n");
}
