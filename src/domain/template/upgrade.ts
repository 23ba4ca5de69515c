// From the version a document was made in to the add-in's version: which box of the new version
// takes its text from which box of the old one (mappings chained), which boxes are gone, and what
// will change, in plain Dutch for the pane. Pure; the Word layer applies it (src/word/upgrade.ts).
import type { FieldChange, VersionMapping } from "./mapping";
import type { FieldDef, StepDef, TemplateDef } from "./schema";
import { partHeading } from "./static-text";
import { compareVersions, TEMPLATE_VERSIONS, VERSION_MAPPINGS } from "./versions";
import { byCount } from "../text/plural";

/** Where a box of the new version gets its text. */
export interface FieldOrigin {
  /** The box of the document's version whose text it takes; null: it starts empty. */
  from: string | null;
  /** Set on every box of a split: the old box that was split (the first part has `from` too). */
  splitOf?: string;
}

export interface UpgradePlan {
  from: TemplateDef;
  to: TemplateDef;
  /** Every field of `to`, by id. */
  origins: Record<string, FieldOrigin>;
  /** Fields of `from` whose text no box of `to` takes: kept under "Uit eerdere versie". */
  removed: string[];
  /** What changes, one plain Dutch sentence per change, in document order. */
  changes: string[];
  /** Reasons (Dutch) why an agreed document must be agreed again; empty: it stays agreed. */
  newAgreement: string[];
}

export type PlanResult = { ok: true; plan: UpgradePlan } | { ok: false; error: string };

/** The heading of the locked part where the text of removed boxes is kept. */
export const EARLIER_HEADING = "Uit eerdere versie";

/**
 * The locked paragraphs outside the boxes without the parts "Uit eerdere versie" an upgrade wrote
 * (each runs from its heading up to the change log's title): they are the document's own text, not
 * the template's, so comparing with the template (static-text.ts) must not report them as typed
 * by hand. (Someone could type that heading by hand; text outside the boxes is only reported,
 * never trusted, so this hides nothing the add-in relies on.)
 */
export function withoutEarlierParts(paragraphs: readonly string[], changeLogTitle: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const text of paragraphs) {
    const t = text.trim();
    if (t === EARLIER_HEADING) inside = true;
    else if (t === changeLogTitle.trim()) inside = false;
    if (!inside) out.push(text);
  }
  return out;
}

const FREE_TEXT: readonly FieldDef["kind"][] = ["text", "longText"];

function fieldsOf(t: TemplateDef): Map<string, { field: FieldDef; step: StepDef }> {
  return new Map(t.steps.flatMap((step) => step.fields.map((field) => [field.id, { field, step }] as const)));
}

/** Can text typed for a field of kind `a` stand in a box of kind `b`? */
function kindFits(a: FieldDef, b: FieldDef): boolean {
  if (a.kind === "rows" || b.kind === "rows")
    return (
      a.kind === b.kind && JSON.stringify(a.columns?.map((c) => c.id)) === JSON.stringify(b.columns?.map((c) => c.id))
    );
  return a.kind === b.kind || (FREE_TEXT.includes(a.kind) && FREE_TEXT.includes(b.kind));
}

/**
 * Why a mapping does not fit its two definitions, or cannot be applied automatically (empty: it
 * can). Checked for every registered mapping by test/domain/versions.test.ts.
 */
export function mappingProblems(mapping: VersionMapping, from: TemplateDef, to: TemplateDef): string[] {
  const problems: string[] = [];
  const a = fieldsOf(from);
  const b = fieldsOf(to);
  const sources = new Set<string>();
  const targets = new Set<string>();
  const needA = (id: string, c: FieldChange) =>
    a.has(id) ? sources.add(id) : problems.push(`${c.kind}: ${from.version} has no field ${id}`);
  const needB = (id: string, c: FieldChange) =>
    b.has(id) ? targets.add(id) : problems.push(`${c.kind}: ${to.version} has no field ${id}`);
  for (const c of mapping.changes) {
    if (c.kind === "renamed") {
      needA(c.from, c);
      needB(c.to, c);
    } else if (c.kind === "split") {
      needA(c.from, c);
      c.into.forEach((id) => needB(id, c));
    } else if (c.kind === "removed") needA(c.field, c);
    else needB(c.field, c);
  }
  for (const id of a.keys())
    if (!sources.has(id) && !b.has(id))
      problems.push(`field ${id} of ${from.version} is neither in ${to.version} nor named in the mapping`);
  for (const id of b.keys())
    if (!targets.has(id) && !a.has(id))
      problems.push(`field ${id} of ${to.version} is neither in ${from.version} nor named in the mapping`);
  for (const id of targets)
    if (a.has(id) && !sources.has(id))
      problems.push(`field ${id} is in both versions and also a target in the mapping`);
  for (const c of mapping.changes) {
    const pairs: [string, string][] =
      c.kind === "renamed" ? [[c.from, c.to]] : c.kind === "split" ? c.into.map((t) => [c.from, t]) : [];
    for (const [x, y] of pairs) {
      const fa = a.get(x)?.field;
      const fb = b.get(y)?.field;
      if (fa && fb && !kindFits(fa, fb))
        problems.push(`${x} → ${y}: a ${fa.kind} box cannot become a ${fb.kind} box automatically`);
    }
    // A table field has its own table in the document: only kept as it is (same id, same columns).
    const tableField = (id: string) => a.get(id)?.field.kind === "rows" || b.get(id)?.field.kind === "rows";
    if (c.kind === "added" && tableField(c.field))
      problems.push(`added ${c.field}: a new table field is not upgraded automatically`);
    if (c.kind === "removed" && tableField(c.field))
      problems.push(`removed ${c.field}: removing a table field is not upgraded automatically`);
    if ((c.kind === "renamed" || c.kind === "split") && tableField(c.from))
      problems.push(`${c.from}: renaming or splitting a table field is not upgraded automatically`);
  }
  for (const [id, { field }] of a) {
    const other = b.get(id)?.field;
    if (other && !sources.has(id) && !kindFits(field, other))
      problems.push(`${id}: a ${field.kind} box cannot become a ${other.kind} box automatically`);
  }
  for (const s of from.steps)
    if (!to.steps.some((t) => t.id === s.id)) problems.push(`step ${s.id} removed: not upgraded automatically`);
  const order = (t: TemplateDef) =>
    t.steps.map((s) => s.id).filter((id) => from.steps.some((s) => s.id === id) && to.steps.some((s) => s.id === id));
  if (order(from).join() !== order(to).join()) problems.push("steps reordered: not upgraded automatically");
  const firstNew = to.steps.findIndex((s) => !from.steps.some((f) => f.id === s.id));
  if (firstNew >= 0 && to.steps.slice(firstNew).some((s) => from.steps.some((f) => f.id === s.id)))
    problems.push("a new step before an existing one: only new steps at the end are upgraded automatically");
  if (from.introduction.length !== to.introduction.length)
    problems.push("the introduction has a different number of paragraphs: not upgraded automatically");
  if (from.rulesOfUse.length !== to.rulesOfUse.length)
    problems.push("the rules of use have a different number of rules: not upgraded automatically");
  if (JSON.stringify(from.changeLog) !== JSON.stringify(to.changeLog))
    problems.push("the change log's title or columns changed: not upgraded automatically");
  if (from.templateId !== to.templateId) problems.push("another templateId");
  return problems;
}

/** Origins after one mapping, given the origins of its `from` version's fields. */
function stepOrigins(
  mapping: VersionMapping,
  to: TemplateDef,
  previous: Record<string, FieldOrigin>,
): Record<string, FieldOrigin> {
  const next: Record<string, FieldOrigin> = {};
  for (const { id } of to.steps.flatMap((s) => s.fields)) {
    const change = mapping.changes.find(
      (c) =>
        (c.kind === "renamed" && c.to === id) ||
        (c.kind === "split" && c.into.includes(id)) ||
        (c.kind === "added" && c.field === id),
    );
    if (!change) next[id] = previous[id] ?? { from: null };
    else if (change.kind === "renamed") next[id] = previous[change.from] ?? { from: null };
    else if (change.kind === "split") {
      const source = previous[change.from] ?? { from: null };
      next[id] = { from: change.into[0] === id ? source.from : null, ...(source.from ? { splitOf: source.from } : {}) };
    } else next[id] = { from: null };
  }
  return next;
}

const q = (text: string) => `‘${text}’`;

function describe(
  from: TemplateDef,
  to: TemplateDef,
  origins: Record<string, FieldOrigin>,
  removed: string[],
): string[] {
  const a = fieldsOf(from);
  const out: string[] = [];
  if (from.title !== to.title) out.push(`De titel wordt ${q(to.title)}.`);
  if (from.introduction.join("\n") !== to.introduction.join("\n")) out.push("De inleiding is herschreven.");
  if (from.rulesOfUse.join("\n") !== to.rulesOfUse.join("\n")) out.push("De gebruiksregels zijn herschreven.");
  const splitsDone = new Set<string>();
  for (const step of to.steps) {
    const old = from.steps.find((s) => s.id === step.id);
    if (!old) {
      out.push(
        `Nieuw onderdeel ${q(partHeading(step))}, met ${byCount(step.fields.length, "het vak", "de vakken")} ${step.fields.map((f) => q(f.label)).join(", ")}.`,
      );
      continue;
    }
    if (partHeading(old) !== partHeading(step))
      out.push(`Onderdeel ${q(partHeading(old))} heet nu ${q(partHeading(step))}.`);
    if (old.guidance !== step.guidance) out.push(`De toelichting bij ${q(partHeading(step))} is herschreven.`);
    for (const field of step.fields) {
      const origin = origins[field.id] ?? { from: null };
      if (origin.splitOf) {
        if (splitsDone.has(origin.splitOf)) continue;
        splitsDone.add(origin.splitOf);
        const parts = to.steps.flatMap((s) => s.fields).filter((f) => origins[f.id]?.splitOf === origin.splitOf);
        const source = a.get(origin.splitOf)!.field;
        const first = parts.find((f) => origins[f.id]?.from === origin.splitOf) ?? parts[0]!;
        out.push(
          `Vak ${q(source.label)} is gesplitst in ${parts.map((f) => q(f.label)).join(" en ")}. De tekst die er stond, komt in ${q(first.label)}; verdeel hem zelf als een deel in een ander vak hoort.`,
        );
        continue;
      }
      if (!origin.from) {
        out.push(`Nieuw vak ${q(field.label)} bij ${q(partHeading(step))}.`);
        continue;
      }
      const before = a.get(origin.from)!;
      if (before.field.label !== field.label)
        out.push(`Vak ${q(before.field.label)} heet nu ${q(field.label)}; de tekst blijft staan.`);
      if (before.step.id !== step.id)
        out.push(
          `Vak ${q(field.label)} staat nu bij ${q(partHeading(step))} (was ${q(partHeading(before.step))}); de tekst gaat mee.`,
        );
    }
  }
  for (const id of removed) {
    const { field, step } = a.get(id)!;
    out.push(
      `Vak ${q(field.label)} (${partHeading(step)}) vervalt. Tekst die erin staat, blijft bewaard: vergrendeld onder ${q(EARLIER_HEADING)} aan het eind van het document.`,
    );
  }
  return out;
}

/**
 * The upgrade from `fromVersion` to `to` (the add-in's version), chaining the registered mappings.
 * Fails (Dutch) for a version the add-in does not know, a newer version, or a mapping that cannot
 * be applied automatically.
 */
export function planUpgrade(
  fromVersion: string,
  to: TemplateDef,
  registry: readonly TemplateDef[] = TEMPLATE_VERSIONS,
  mappings: readonly VersionMapping[] = VERSION_MAPPINGS,
): PlanResult {
  if (compareVersions(fromVersion, to.version) > 0)
    return {
      ok: false,
      error: `Dit document is van versie ${fromVersion} van de handreiking; deze invoegtoepassing kent versie ${to.version}.`,
    };
  const start = registry.find((t) => compareVersions(t.version, fromVersion) === 0);
  if (!start)
    return {
      ok: false,
      error: `Versie ${fromVersion} van de handreiking is onbekend bij deze invoegtoepassing; bijwerken kan niet.`,
    };
  let origins: Record<string, FieldOrigin> = Object.fromEntries(
    start.steps.flatMap((s) => s.fields).map((f) => [f.id, { from: f.id }]),
  );
  let current = start;
  const newAgreement: string[] = [];
  while (compareVersions(current.version, to.version) < 0) {
    const mapping = mappings.find((m) => compareVersions(m.from, current.version) === 0);
    const next = mapping ? registry.find((t) => compareVersions(t.version, mapping.to) === 0) : undefined;
    if (!mapping || !next)
      return {
        ok: false,
        error: `Er is geen beschrijving hoe versie ${current.version} van de handreiking naar de volgende versie gaat; bijwerken kan niet.`,
      };
    const problems = mappingProblems(mapping, current, next);
    if (problems.length > 0)
      return {
        ok: false,
        error: `Versie ${current.version} kan niet automatisch worden bijgewerkt naar ${next.version} (${problems.join("; ")}).`,
      };
    origins = stepOrigins(mapping, next, origins);
    if (mapping.newAgreement) newAgreement.push(mapping.newAgreement);
    current = next;
  }
  const taken = new Set(Object.values(origins).flatMap((o) => (o.from ? [o.from] : [])));
  const removed = start.steps
    .flatMap((s) => s.fields)
    .filter((f) => !taken.has(f.id))
    .map((f) => f.id);
  return {
    ok: true,
    plan: {
      from: start,
      to: current,
      origins,
      removed,
      changes: describe(start, current, origins, removed),
      newAgreement,
    },
  };
}
