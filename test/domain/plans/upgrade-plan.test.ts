// Upgrading a 1.0 form to 1.1 as a plan (no emulator): 1.1 splits a box, renames one, removes one,
// moves one to another step, rewords a label and a step title and adds a step. The same on the
// emulator: test/word/upgrade.test.ts.
import {
  EARLIER_HEADING,
  partHeading,
  serializeDataPart,
  TAG_STATIC,
  templateOfVersion,
  type TemplateDef,
} from "../../../src/domain";
import {
  planFormUpgrade,
  upgradeMapping,
  type UpgradeFormPlan,
  type UpgradeInput,
  type UpgradeOp,
  type UpgradeSnapshot,
} from "../../../src/domain/plans/upgrade-plan";
import { earlierTextNote, upgradeRefusalText } from "../../../src/domain/text/upgrade";
import { bodyOf, formData, seeded, type Body } from "./bodies";

const V10 = templateOfVersion("1.0");
const V11 = templateOfVersion("1.1");
const PH = { initials: "PH", organisation: "Ambiq" };
const NOW = new Date("2021-03-01T10:00:00Z");
const TEXTS = { hulpvraag: "Rust", gaatGoed: "School", vervanger: "Oma\nTante", gezinAanwezig: "Ja", zorgen: "Geld" };

/** A 1.0 form as read: its locked paragraphs (ids from 1), its boxes (ids from 100), a stamp after `gezinAanwezig`. */
function formOf(body: Body, template: TemplateDef = V10): UpgradeSnapshot {
  const statics = body.paragraphs.map((p, i) => ({ id: i + 1, tag: TAG_STATIC, text: p.text, placeholderText: "" }));
  const boxes = template.steps
    .flatMap((s) => s.fields)
    .filter((f) => f.kind !== "rows")
    .map((f, i) => ({
      id: 100 + i,
      tag: `hr:${f.id}`,
      text: TEXTS[f.id as keyof typeof TEXTS] ?? "",
      placeholderText: "",
    }));
  const stamp = { id: 999, tag: "hr-stamp:gezinAanwezig", text: "Ingevuld: PH 20210201, Ambiq", placeholderText: "" };
  return { controls: [...statics, ...boxes, stamp], paragraphs: body.paragraphs, tables: body.tables };
}

function inputFor(): UpgradeInput {
  const mapping = upgradeMapping("1.0", V11);
  if (!mapping.ok) throw new Error(mapping.refused.message);
  const data = { ...formData(TEXTS), templateVersion: "1.0" };
  return { data, plan: mapping.plan, signer: PH, now: NOW, random: seeded(9), placeholders: true };
}

function upgraded(plan: UpgradeFormPlan): Extract<UpgradeFormPlan, { kind: "upgrade" }> {
  if (plan.kind !== "upgrade") throw new Error(plan.message);
  return plan;
}

const boxId = (read: UpgradeSnapshot, fieldId: string): number =>
  read.controls.find((c) => c.tag === `hr:${fieldId}`)!.id;
const ops = <K extends UpgradeOp["op"]>(plan: { operations: UpgradeOp[] }, op: K): Extract<UpgradeOp, { op: K }>[] =>
  plan.operations.filter((o): o is Extract<UpgradeOp, { op: K }> => o.op === op);

describe("upgradeMapping", () => {
  test("no way from the document's version, or already the version: refused with the reason", () => {
    const none = upgradeMapping("0.9", V11);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.refused.refusal.code).toBe("noPath");
    expect(upgradeMapping("1.1", V11)).toEqual({
      ok: false,
      refused: {
        kind: "refused",
        refusal: { code: "alreadyCurrent", version: "1.1" },
        message: "Dit document is al van versie 1.1.",
      },
    });
  });
});

describe("planFormUpgrade 1.0 → 1.1", () => {
  const read = formOf(bodyOf(V10, TEXTS));
  const plan = upgraded(planFormUpgrade(read, inputFor()));

  test("a reworded step title is relocked in its own control", () => {
    const step4 = (t: TemplateDef) => t.steps.find((s) => s.id === "stap4")!;
    const heading = read.controls.find((c) => c.text === partHeading(step4(V10)))!;
    expect(ops(plan, "relock")).toContainEqual({ op: "relock", controlId: heading.id, text: partHeading(step4(V11)) });
  });

  test("a removed box and a box that moves to another step lose their row, box and stamps unlocked first", () => {
    const deletes = ops(plan, "deleteRow");
    expect(deletes).toContainEqual(expect.objectContaining({ unlock: [boxId(read, "vervanger")] }));
    expect(deletes).toContainEqual(expect.objectContaining({ unlock: [boxId(read, "gezinAanwezig"), 999] }));
  });

  test("a renamed box is retagged in place; a split box keeps its text under the first new label", () => {
    expect(ops(plan, "retagBox")).toContainEqual(
      expect.objectContaining({ controlId: boxId(read, "stagnatie"), key: "vastlopen", stampIds: [] }),
    );
    expect(ops(plan, "retagBox")).toContainEqual(
      expect.objectContaining({
        controlId: boxId(read, "gaatGoed"),
        key: "gaatGoedJeugdige",
        title: "Wat gaat goed bij de jeugdige?",
      }),
    );
    expect(ops(plan, "relockLabel")).toContainEqual(
      expect.objectContaining({ text: expect.stringContaining("Welke zorgen zijn er?") }),
    );
  });

  test("new and moved-in boxes get a row after the box before them, with their text and their stamp lines", () => {
    const basis = 0;
    const at = V10.steps[0]!.fields.findIndex((f) => f.id === "datumMdo");
    const fills = ops(plan, "fillRow");
    expect(ops(plan, "insertRow")).toContainEqual({ op: "insertRow", table: basis, at, where: "After" });
    expect(fills).toContainEqual(
      expect.objectContaining({
        table: basis,
        row: at + 1,
        fill: expect.objectContaining({
          key: "gezinAanwezig",
          text: "Ja",
          stampLines: ["Ingevuld: PH 20210201, Ambiq"],
        }),
      }),
    );
    expect(fills).toContainEqual(
      expect.objectContaining({ fill: expect.objectContaining({ key: "gaatGoedGezin", text: "" }) }),
    );
  });

  test("the new step and 'Uit eerdere versie' go in before the change log's title, the old text locked there", () => {
    const logTitle = read.controls.find((c) => c.text === V11.changeLog.title)!.id;
    const paragraphs = ops(plan, "paragraph");
    expect(paragraphs.every((p) => p.before === logTitle)).toBe(true);
    const crisis = V11.steps.find((s) => s.id === "crisis")!;
    expect(paragraphs.slice(0, 3).map((p) => [p.text, p.lock])).toEqual([
      [partHeading(crisis), true],
      [crisis.guidance, true],
      ["", false],
    ]);
    const table = ops(plan, "stepTable")[0]!;
    expect(table.rows.map((r) => r.key)).toEqual(["crisisafspraken", "crisisBereikbaar"]);
    expect(paragraphs.slice(3).map((p) => p.text)).toEqual([
      EARLIER_HEADING,
      earlierTextNote("1.1", "20210301", "PH 20210301, Ambiq"),
      "Vervanger bij afwezigheid",
      "Oma",
      "Tante",
    ]);
    expect(earlierTextNote("1.1", "20210301", "PH 20210301, Ambiq")).toContain("op 01-03-2021 (PH 20210301, Ambiq)");
  });

  test("the data goes with it and the outcome counts what changed", () => {
    expect(plan.upgraded.data.templateVersion).toBe("1.1");
    expect(plan.upgraded.texts.gaatGoedJeugdige).toBe("School");
    expect(plan.outcome).toEqual({
      from: "1.0",
      to: "1.1",
      counts: { reworded: ops(plan, "relock").length, rowsRemoved: 2, rowsAdded: 2, stepsAdded: 1, earlierTexts: 1 },
    });
    expect(serializeDataPart(plan.upgraded.data)).toContain("1.1");
  });
});

describe("refused after reading", () => {
  test("no change log title to put new parts before", () => {
    const read = formOf(bodyOf(V10, TEXTS));
    const without = { ...read, controls: read.controls.filter((c) => c.text !== V10.changeLog.title) };
    expect(planFormUpgrade(without, inputFor())).toEqual({
      kind: "refused",
      refusal: { code: "logTitleMissing" },
      message: upgradeRefusalText({ code: "logTitleMissing" }),
    });
  });

  test("a step whose boxes are all gone: a new box has nothing to stand next to", () => {
    const body = bodyOf(V10, TEXTS);
    const stap1 = body.tables.findIndex((t) => t.some((r) => r[1] === "Rust"));
    const read = formOf({ ...body, tables: body.tables.filter((_, i) => i !== stap1) });
    const plan = planFormUpgrade(read, inputFor());
    expect(plan).toMatchObject({ kind: "refused", refusal: { code: "noAnchor" } });
    expect(plan.kind === "refused" && plan.message).toMatch(/kan niet automatisch worden toegevoegd/);
  });
});
