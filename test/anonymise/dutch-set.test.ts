// Issue 23 item 2: the research copy's recogniser on the Dutch test set (test/anonymise/dutch-set),
// both halves: persons ≥ 0.95 raw and 1.0 with the review list, every other category ≥ 0.95 raw,
// identifier-free sentences changed ≤ 10 %. Goals this recogniser does not reach yet are listed in
// NOT_YET and run as test.failing: they stay visible, and the suite turns red when one is reached
// (move it out of NOT_YET then). Figures: npm run measure:anonymise.
import {
  CATEGORIES,
  chosenHalves,
  figuresTable,
  HALVES as ALL_HALVES,
  measureHalf,
  parse,
  printsMisses,
  readClean,
  readHalf,
  SEALED,
  type Category,
  type Figures,
} from "./dutch-set/measure";

type Half = "tune" | "heldout";
const HALVES: Half[] = ["tune", "heldout"];

/** Goals not reached at the last measurement (see docs/research-copy-recogniser.md). */
const NOT_YET: Record<Half, string[]> = {
  tune: [],
  heldout: [],
};

const figures = new Map<Half, Figures>();
const of = (half: Half): Figures => {
  let f = figures.get(half);
  if (!f) {
    f = measureHalf(half);
    figures.set(half, f);
    console.log(figuresTable(f));
  }
  return f;
};

const goals: { half: Half; name: string; check: (f: Figures) => void }[] = [];
for (const half of HALVES) {
  for (const c of CATEGORIES) {
    goals.push({
      half,
      name: `${c} raw`,
      check: (f) => {
        const t = f.perCategory[c as Category];
        expect(t.total).toBeGreaterThan(0);
        expect(t.raw / t.total).toBeGreaterThanOrEqual(0.95);
      },
    });
  }
  goals.push({
    half,
    name: "persoon with review",
    check: (f) => expect(f.perCategory.persoon.withReview).toBe(f.perCategory.persoon.total),
  });
  goals.push({
    half,
    name: "identifier-free sentences changed at most 10 %",
    check: (f) => expect(f.clean.changed / f.clean.total).toBeLessThanOrEqual(0.1),
  });
}

test("the set is big enough: ≥ 600 identifiers and ≥ 150 identifier-free sentences over both halves", () => {
  let identifiers = 0;
  let clean = 0;
  for (const half of HALVES) {
    const f = of(half);
    identifiers += CATEGORIES.reduce((n, c) => n + f.perCategory[c].total, 0);
    clean += f.clean.total;
  }
  expect(identifiers).toBeGreaterThanOrEqual(600);
  expect(clean).toBeGreaterThanOrEqual(150);
});

describe.each(HALVES)("%s half", (half) => {
  for (const g of goals.filter((x) => x.half === half)) {
    const run = NOT_YET[half].includes(g.name) ? test.failing : test;
    run(g.name, () => g.check(of(half)));
  }
});

// The blind set (dutch-set/BLIND.md) was written by hand without reading the recogniser. Only its
// structure is checked here: its recall is printed by npm run measure:anonymise, not asserted.
describe("blind set", () => {
  const texts = readHalf("blind");
  const parsed = texts.map((t) => parse(t.marked));

  test("every text has an id and the child's initials, and no mark is left unparsed", () => {
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
    for (const t of texts) expect(t.client).toMatch(/^[A-Za-z]{2,5}$/u);
    for (const p of parsed) {
      expect(p.text).not.toMatch(/\[\[|\]\]/u);
      for (const a of p.annotations) expect(a.text.trim()).toBe(a.text);
    }
  });

  test("≥ 40 texts, ≥ 350 identifiers of which ≥ 150 persons, and every category present", () => {
    const count = (c: Category): number =>
      parsed.reduce((n, p) => n + p.annotations.filter((a) => a.category === c).length, 0);
    expect(texts.length).toBeGreaterThanOrEqual(40);
    expect(CATEGORIES.reduce((n, c) => n + count(c), 0)).toBeGreaterThanOrEqual(350);
    expect(count("persoon")).toBeGreaterThanOrEqual(150);
    for (const c of CATEGORIES) expect(count(c)).toBeGreaterThan(0);
  });

  test("≥ 100 identifier-free sentences, none of them marked", () => {
    const clean = readClean("blind");
    expect(clean.length).toBeGreaterThanOrEqual(100);
    for (const s of clean) expect(s).not.toMatch(/\[\[|\]\]/u);
  });
});

// The second hand-written set (dutch-set/BLIND2.md), written without reading the recogniser or the
// other sets: 2a may be tuned on, 2b is sealed. Only structure is checked; recall is printed by
// npm run measure:anonymise, never asserted, and 2b's misses are never printed.
const elevenTest = (digits: string): boolean =>
  digits.length === 9 && [...digits].reduce((sum, d, i) => sum + Number(d) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;

const mod97 = (iban: string): boolean => {
  const moved = iban.slice(4) + iban.slice(0, 4);
  const numeric = [...moved].map((ch) => (/[A-Z]/u.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("");
  return [...numeric].reduce((rest, d) => (rest * 10 + Number(d)) % 97, 0) === 1;
};

describe.each(["blind2a", "blind2b"] as const)("second blind set, half %s", (half) => {
  const texts = readHalf(half);
  const parsed = texts.map((t) => parse(t.marked));
  const all = parsed.flatMap((p) => p.annotations);
  const count = (c: Category): number => all.filter((a) => a.category === c).length;

  test("every text has an id and the child's initials, and no mark is left unparsed", () => {
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
    for (const t of texts) {
      expect(t.id.startsWith(half.replace("blind", "b"))).toBe(true);
      // initials as the form takes them, "YÇ" and "MÖ" too
      expect(t.client).toMatch(/^\p{L}{2,5}$/u);
    }
    for (const p of parsed) {
      expect(p.text).not.toMatch(/\[\[|\]\]/u);
      for (const a of p.annotations) expect(a.text.trim()).toBe(a.text);
    }
  });

  test("≥ 25 texts, ≥ 300 identifiers of which ≥ 130 persons, and every category present", () => {
    expect(texts.length).toBeGreaterThanOrEqual(25);
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(count("persoon")).toBeGreaterThanOrEqual(130);
    for (const c of CATEGORIES) expect(count(c)).toBeGreaterThan(0);
  });

  test("≥ 80 identifier-free sentences, none of them marked", () => {
    const clean = readClean(half);
    expect(clean.length).toBeGreaterThanOrEqual(80);
    for (const s of clean) expect(s).not.toMatch(/\[\[|\]\]/u);
  });

  test("every BSN passes the eleven test and every IBAN passes mod 97, as real ones do", () => {
    for (const a of all.filter((x) => x.category === "bsn")) expect(elevenTest(a.text.replace(/\D/gu, ""))).toBe(true);
    for (const a of all.filter((x) => x.category === "iban")) expect(mod97(a.text.replace(/\s/gu, ""))).toBe(true);
  });
});

test("the halves of the second blind set share no text, and 2b's misses are sealed", () => {
  const ids = (half: "blind2a" | "blind2b"): string[] => readHalf(half).map((t) => t.id);
  const a = new Set(ids("blind2a"));
  expect(ids("blind2b").filter((id) => a.has(id))).toEqual([]);
  expect(SEALED).toContain("blind2b");
});

test("the report measures the halves named with --half, or all, and never prints the sealed half's misses", () => {
  expect(chosenHalves(["node", "report.ts"])).toEqual([
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
  ]);
  expect(chosenHalves(["--misses", "--half", "blind2a"])).toEqual(["blind2a"]);
  expect(chosenHalves(["--half", "blind2b", "--half", "tune"])).toEqual(["tune", "blind2b"]);
  expect(() => chosenHalves(["--half", "blind3"])).toThrow("unknown half blind3");
  expect(printsMisses("blind2a", ["--misses"])).toBe(true);
  expect(printsMisses("blind2a", [])).toBe(false);
  expect(printsMisses("blind2b", ["--misses", "--half", "blind2b"])).toBe(false);
  expect(chosenHalves(["--misses", "--half", "blind3b"])).toEqual(["blind3b"]);
  // 3b was sealed until its last sealed reading (BLIND3.md); it is a tuning half since
  expect(printsMisses("blind3b", ["--misses", "--half", "blind3b"])).toBe(true);
  // 4a is written for tuning (BLIND4a.md): its misses are printed
  expect(chosenHalves(["--misses", "--half", "blind4a"])).toEqual(["blind4a"]);
  expect(printsMisses("blind4a", ["--misses", "--half", "blind4a"])).toBe(true);
});

// The hand-written sets written without reading the recogniser or any other set (dutch-set/BLIND3.md,
// BLIND4a.md, BLIND4b.md, BLIND5a.md, BLIND5b.md, BLIND6a.md, BLIND6b.md, BLIND7a.md, BLIND7b.md, BLIND8a.md,
// BLIND8b.md): 3a, 4a, 5a, 6a, 7a and 8a for tuning, 3b and 4b sealed until stops 35 and 36 and tuning halves since,
// 5b, 6b, 7b and 8b sealed. Only their
// structure is checked; recall is printed by npm run measure:anonymise -- --half <half>, never
// asserted, and a sealed half's misses are never printed.
describe.each([
  { half: "blind3a", prefix: "b3a", minTexts: 40 },
  { half: "blind3b", prefix: "b3b", minTexts: 40 },
  { half: "blind4a", prefix: "b4a", minTexts: 35 },
  { half: "blind4b", prefix: "b4b", minTexts: 35 },
  { half: "blind5a", prefix: "b5a", minTexts: 30 },
  { half: "blind5b", prefix: "b5b", minTexts: 30 },
  { half: "blind6a", prefix: "b6a", minTexts: 30 },
  { half: "blind6b", prefix: "b6b", minTexts: 30 },
  { half: "blind7a", prefix: "b7a", minTexts: 30 },
  { half: "blind7b", prefix: "b7b", minTexts: 30 },
  { half: "blind8a", prefix: "b8a", minTexts: 30 },
  { half: "blind8b", prefix: "b8b", minTexts: 30 },
] as const)("hand-written half $half", ({ half, prefix, minTexts }) => {
  const texts = readHalf(half);
  const parsed = texts.map((t) => parse(t.marked));
  const all = parsed.flatMap((p) => p.annotations);
  const count = (c: Category): number => all.filter((a) => a.category === c).length;

  test(`every text has a ${prefix} id and the child's initials, and no mark is left unparsed`, () => {
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
    for (const t of texts) {
      expect(t.id).toMatch(new RegExp(`^${prefix}-\\d{2}$`, "u"));
      // initials as the form takes them, "YÇ" and "MÖ" too
      expect(t.client).toMatch(/^\p{L}{2,5}$/u);
    }
    for (const p of parsed) {
      expect(p.text).not.toMatch(/\[\[|\]\]/u);
      for (const a of p.annotations) expect(a.text.trim()).toBe(a.text);
    }
  });

  test(`≥ ${minTexts} texts, ≥ 400 identifiers of which ≥ 200 persons, and every category present`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(minTexts);
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(count("persoon")).toBeGreaterThanOrEqual(200);
    for (const c of CATEGORIES) expect(count(c)).toBeGreaterThan(0);
  });

  test("≥ 100 identifier-free sentences, none of them marked", () => {
    const clean = readClean(half);
    expect(clean.length).toBeGreaterThanOrEqual(100);
    for (const s of clean) expect(s).not.toMatch(/\[\[|\]\]/u);
  });

  test("every BSN passes the eleven test and every IBAN passes mod 97, as real ones do", () => {
    const bsns = all.filter((x) => x.category === "bsn");
    const ibans = all.filter((x) => x.category === "iban");
    expect(bsns.length).toBeGreaterThan(0);
    expect(ibans.length).toBeGreaterThan(0);
    for (const a of bsns) expect(elevenTest(a.text.replace(/\D/gu, ""))).toBe(true);
    for (const a of ibans) expect(mod97(a.text.replace(/\s/gu, ""))).toBe(true);
  });

  test("shares no text id with any other half", () => {
    const own = new Set(texts.map((t) => t.id));
    const others = ALL_HALVES.filter((h) => h !== half).flatMap((h) => readHalf(h).map((t) => t.id));
    expect(others.filter((id) => own.has(id))).toEqual([]);
  });
});

test("4b was sealed until its last sealed reading (BLIND4b.md): a tuning half since, its misses printed", () => {
  expect(SEALED).not.toContain("blind4b");
  expect(printsMisses("blind4b", ["--misses", "--half", "blind4b"])).toBe(true);
});

test("the fifth set's half 5b is sealed: its misses are never printed", () => {
  expect(SEALED).toContain("blind5b");
  expect(printsMisses("blind5b", ["--misses", "--half", "blind5b"])).toBe(false);
  expect(printsMisses("blind5a", ["--misses", "--half", "blind5a"])).toBe(true);
});

test("the sixth set's half 6b is sealed: its misses are never printed", () => {
  expect(SEALED).toContain("blind6b");
  expect(printsMisses("blind6b", ["--misses", "--half", "blind6b"])).toBe(false);
  expect(printsMisses("blind6a", ["--misses", "--half", "blind6a"])).toBe(true);
});

test("the seventh set's half 7b is sealed: its misses are never printed", () => {
  expect(SEALED).toContain("blind7b");
  expect(printsMisses("blind7b", ["--misses", "--half", "blind7b"])).toBe(false);
  expect(printsMisses("blind7a", ["--misses", "--half", "blind7a"])).toBe(true);
});

test("the eighth set's half 8b is sealed: its misses are never printed", () => {
  expect(SEALED).toContain("blind8b");
  expect(printsMisses("blind8b", ["--misses", "--half", "blind8b"])).toBe(false);
  expect(printsMisses("blind8a", ["--misses", "--half", "blind8a"])).toBe(true);
});
