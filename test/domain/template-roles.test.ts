import {
  FIELD_ROLES,
  FIELD_ROLE_SPECS,
  TEMPLATE,
  cellWithRole,
  checkReadiness,
  columnWithRole,
  compareCopies,
  expectedFileName,
  fieldWithRole,
  fieldsWithRole,
  loadTemplate,
  peopleOfForm,
  peopleRows,
  presentAtMdo,
  roleLocation,
  roleText,
  roleValue,
  createEntry,
  type FormValues,
  type TemplateDef,
  type TemplateInput,
} from "../../src/domain";
import { handreikingTemplate } from "../../src/domain/template/handreiking";
import { syntheticTemplate } from "../../src/document/synthetic-template";
import { filledValues } from "handreiking-fixtures/form-values";

const clone = (): TemplateInput => structuredClone(handreikingTemplate);
const fieldIn = (t: TemplateInput, id: string) => t.steps.flatMap((s) => s.fields).find((f) => f.id === id)!;

describe("field roles in the handreiking", () => {
  it("gives every role to one field of a fitting kind", () => {
    for (const role of FIELD_ROLES) {
      const holders = fieldsWithRole(TEMPLATE, role);
      expect([role, holders.length]).toEqual([role, 1]);
      expect(FIELD_ROLE_SPECS[role].kinds).toContain(holders[0]!.kind);
    }
    expect(fieldWithRole(TEMPLATE, "clientInitials")?.id).toBe("initialen");
    expect(fieldWithRole(TEMPLATE, "people")?.id).toBe("betrokkenen");
    expect(fieldWithRole(TEMPLATE, "secureChannel")?.id).toBe("verzendwijze");
    expect(fieldWithRole(TEMPLATE, "familyPresent")?.id).toBe("gezinAanwezig");
    expect(fieldWithRole(TEMPLATE, "evaluationDate")?.id).toBe("evaluatiedatum");
  });

  it("marks the people columns and the organisation column of the agreements", () => {
    const people = fieldWithRole(TEMPLATE, "people");
    expect(columnWithRole(people, "personName")?.id).toBe("naam");
    expect(columnWithRole(people, "organisation")?.id).toBe("organisatie");
    expect(columnWithRole(people, "contact")?.id).toBe("bereikbaarheid");
    const afspraken = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.id === "afspraken");
    expect(columnWithRole(afspraken, "organisation")?.id).toBe("wie");
    expect(columnWithRole(afspraken, "personName")).toBeUndefined();
    expect(columnWithRole(undefined, "personName")).toBeUndefined();
  });

  it("reads values through roles", () => {
    const values = filledValues();
    expect(roleText(values, "clientInitials")).toBe("ES");
    expect(roleText(values, "secureChannel")).toBe("Zivver");
    expect(roleValue(values, "familyPresent")).toBe(true);
    expect(roleText(values, "people")).toBe("");
    expect(roleLocation("people")?.step.shortTitle).toBe("Stap 2");
    expect(roleLocation("people", syntheticTemplate(2))).toBeUndefined();
    expect(peopleRows(values).map((r) => [r.name, r.organisation, r.roleInTrajectory, r.contact])).toEqual([
      ["Moeder", "", "Ouder", ""],
      ["Petra Hof", "Ambiq", "Regisseur", "06-12345678"],
    ]);
    const people = fieldWithRole(TEMPLATE, "people")!;
    expect(cellWithRole({ key: "r1", cells: { naam: "Kees" } }, people, "personName")).toBe("Kees");
    expect(cellWithRole({ key: "r1", cells: { naam: "Kees" } }, people, "function")).toBe("");
  });
});

/** The handreiking with other ids for the fields and columns the code needs: the code must follow. */
function renamedTemplate(): TemplateDef {
  const t = clone();
  fieldIn(t, "initialen").id = "clientCode";
  fieldIn(t, "verzendwijze").id = "channel";
  fieldIn(t, "gezinAanwezig").id = "familyThere";
  const people = fieldIn(t, "betrokkenen");
  people.id = "people";
  people.columns!.find((c) => c.id === "naam")!.id = "fullName";
  people.columns!.find((c) => c.id === "organisatie")!.id = "org";
  return loadTemplate(t);
}

function renamedValues(): FormValues {
  const v = filledValues();
  const rows = (v.betrokkenen as { key: string; cells: Record<string, string> }[]).map((r) => {
    const { naam, organisatie, ...rest } = r.cells;
    return { key: r.key, cells: { ...rest, fullName: naam ?? "", org: organisatie ?? "" } };
  });
  const { initialen, verzendwijze, gezinAanwezig, betrokkenen: _gone, ...rest } = v;
  return { ...rest, clientCode: initialen!, channel: verzendwijze!, familyThere: gezinAanwezig!, people: rows };
}

describe("code follows the roles, not the ids", () => {
  const template = renamedTemplate();
  const values = renamedValues();

  it("the file name, the secure channel, the people and the family's presence", () => {
    const log = [
      createEntry(
        { kind: "created", description: "x" },
        { initials: "PH", organisation: "Ambiq" },
        new Date("2020-09-01T09:00:00Z"),
      ),
    ];
    expect(expectedFileName(values, log, template)).toEqual({ ok: true, name: "20200901 Handreiking Regie ES" });
    const secure = checkReadiness({
      values: { ...values, channel: "" },
      boxTexts: {},
      data: { lastAttributed: {}, changeLog: log },
      template,
    }).find((i) => i.id === "secureChannel");
    expect(secure).toMatchObject({
      ok: false,
      details: [expect.stringContaining("‘Beveiligde verzendwijze’ (Stap 6")],
    });
    expect(presentAtMdo(values, template)).toEqual({ people: ["Moeder", "Petra Hof (Ambiq)"], family: true });
    expect(peopleOfForm(values, template).map((p) => [p.initials, p.organisation])).toEqual([
      ["M", "onbekend"],
      ["PH", "Ambiq"],
    ]);
  });

  it("comparing copies refuses another client's copy by the renamed initials box", () => {
    const data = { documentId: "d1", templateVersion: "1.0", changeLog: [], rowOrder: {}, lastAttributed: {} };
    const copy = (initials: string) =>
      ({ data, boxTexts: { clientCode: initials } }) as unknown as Parameters<typeof compareCopies>[0];
    expect(compareCopies(copy("ES"), copy("KB"), template)).toMatchObject({ ok: false, reason: "otherClient" });
  });

  it("a template without a secure channel has no such check", () => {
    const t = syntheticTemplate(3);
    const items = checkReadiness({
      values: { veld1: "ES" },
      boxTexts: {},
      data: { lastAttributed: {}, changeLog: [] },
      template: t,
    });
    expect(items.map((i) => i.id)).toEqual(["required", "attributed", "fileName"]);
  });
});

describe("loadTemplate checks the roles", () => {
  const broken: [string, (t: TemplateInput) => void, RegExp][] = [
    [
      "two clientInitials fields",
      (t) => {
        fieldIn(t, "hulpvraag").roles = ["clientInitials"];
      },
      /role clientInitials is on more than one field: initialen, hulpvraag/,
    ],
    [
      "no clientInitials field",
      (t) => {
        delete fieldIn(t, "initialen").roles;
      },
      /no field has the role clientInitials/,
    ],
    [
      "a date role on a text field",
      (t) => {
        fieldIn(t, "hulpvraag").roles = ["evaluationDate"];
      },
      /hulpvraag: role evaluationDate needs a field of kind date, not longText/,
    ],
    [
      "the people role on a person field",
      (t) => {
        fieldIn(t, "regisseur").roles = ["people"];
      },
      /regisseur: role people needs a field of kind rows, not person/,
    ],
    [
      "people without a name column",
      (t) => {
        delete fieldIn(t, "betrokkenen").columns![0]!.role;
      },
      /betrokkenen: role people needs a column with role personName/,
    ],
    [
      "two name columns",
      (t) => {
        fieldIn(t, "betrokkenen").columns![1]!.role = "personName";
      },
      /betrokkenen: more than one column with role personName/,
    ],
    [
      "a role listed twice",
      (t) => {
        fieldIn(t, "regisseur").roles = ["coordinator", "coordinator"];
      },
      /regisseur: a role is listed twice/,
    ],
    [
      "a column role on a date column",
      (t) => {
        const f = fieldIn(t, "doelen");
        f.columns![1]!.kind = "date";
        f.columns![1]!.role = "organisation";
      },
      /doelen.termijn: column role organisation needs a text column/,
    ],
    [
      "the profile prefill on a text field",
      (t) => {
        fieldIn(t, "hulpvraag").prefill = "profile";
      },
      /hulpvraag: prefill profile needs a field of kind person, not longText/,
    ],
    [
      "an unknown role",
      (t) => {
        (fieldIn(t, "hulpvraag") as { roles?: string[] }).roles = ["clientName"];
      },
      /roles/,
    ],
    [
      "the file name from another field than the initials",
      (t) => {
        delete fieldIn(t, "initialen").usedInFileName;
        fieldIn(t, "hulpvraag").usedInFileName = true;
      },
      /usedInFileName field must be the field with role clientInitials \(initialen\)/,
    ],
  ];

  it.each(broken)("refuses %s with a clear message", (_name, breakIt, message) => {
    const t = clone();
    breakIt(t);
    expect(() => loadTemplate(t)).toThrow(/^Ongeldige sjabloondefinitie: /);
    expect(() => loadTemplate(t)).toThrow(message);
  });

  it("accepts a template with only the required role", () => {
    expect(fieldWithRole(syntheticTemplate(2), "clientInitials")?.id).toBe("veld1");
    expect(fieldWithRole(syntheticTemplate(2), "people")).toBeUndefined();
  });
});
