import fc from "fast-check";
import {
  DATA_PART_NAMESPACE,
  newDataPart,
  newDocumentId,
  nextFormVersion,
  parseDataPart,
  serializeDataPart,
  createEntry,
  CHANGE_KINDS,
  MAIN_LOG_BUDGET,
  MAX_ENTRIES_IN_DATA_PART,
  MIN_SEALED_ENTRY_CHARS,
  serializedLogSize,
} from "../../src/domain";
import type { DataPart } from "../../src/domain";
import { dataPart, nastyText } from "./arbitraries";

const seq = () => {
  let i = 0;
  return () => (i++ * 0.137) % 1;
};

function example(): DataPart {
  const base = newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random: seq() });
  return {
    ...base,
    agreed: { day: "20200902", initials: "PH", organisation: "Ambiq" },
    lastAttributed: { gemeente: "Enschede", "doelen.r000001.doel": 'Naar school <3 & "meer"' },
    rowOrder: { doelen: ["r000001"] },
    changeLog: [
      createEntry(
        { kind: "created", description: "Document aangemaakt" },
        { initials: "PH", organisation: "Ambiq" },
        new Date("2020-09-01T10:00:00Z"),
        seq(),
      ),
    ],
  };
}

describe("data part model", () => {
  it("makes uuid-like document ids from injectable randomness", () => {
    expect(newDocumentId(() => 0)).toBe("00000000-0000-4000-8000-000000000000");
    expect(newDocumentId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("next version remembers the previous number and id", () => {
    const d = example();
    const n = nextFormVersion(d, "vnext");
    expect(n.formVersion).toBe(d.formVersion + 1);
    expect(n.previousVersion).toEqual({ formVersion: d.formVersion, versionId: d.versionId });
    // Two copies amended apart: same number, different version ids.
    const other = nextFormVersion(d, "vother");
    expect(other.formVersion).toBe(n.formVersion);
    expect(other.versionId).not.toBe(n.versionId);
  });
});

describe("serializeDataPart / parseDataPart", () => {
  it("writes namespaced XML and reads it back", () => {
    const d = example();
    const xml = serializeDataPart(d);
    expect(xml).toContain(`<form xmlns="${DATA_PART_NAMESPACE}">`);
    expect(xml).toContain('Naar school &lt;3 &amp; "meer"');
    expect(parseDataPart(xml)).toEqual({ ok: true, data: d });
    expect(parseDataPart(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`)).toEqual({
      ok: true,
      data: d,
    });
  });

  it("encodes what XML 1.0 cannot hold and round-trips it", () => {
    const d = { ...example(), lastAttributed: { hulpvraag: "a\u0001b\r\nc\u2028d\\u{1}\u0085" } };
    const xml = serializeDataPart(d);
    // eslint-disable-next-line no-control-regex -- these tests are about control characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\u2028\u0085]/);
    expect(xml).toContain('enc="1"');
    expect(parseDataPart(xml)).toEqual({ ok: true, data: d });
  });

  it("reports malformed XML, wrong namespace, newer versions and missing fields in Dutch", () => {
    const xml = serializeDataPart(example());
    const err = (s: string) => {
      const r = parseDataPart(s);
      expect(r.ok).toBe(false);
      return r.ok ? "" : r.error;
    };
    expect(err("<form")).toMatch(/beschadigd \(geen geldige XML\)/);
    expect(err("")).toMatch(/leeg/);
    expect(err(xml.replace(DATA_PART_NAMESPACE, "urn:iets:anders"))).toMatch(/hoort niet bij de Handreiking Regie/);
    expect(err(xml.replace(DATA_PART_NAMESPACE, "urn:handreiking-regie:twente:form:2"))).toMatch(
      /gemaakt met een nieuwere versie/,
    );
    expect(err(xml.replace(/<documentId>[^<]*<\/documentId>/, ""))).toBe(
      "Het gegevensdeel is onvolledig: ‘documentId’ ontbreekt.",
    );
    expect(err(xml.replace(/<formVersion>1<\/formVersion>/, "<formVersion>een</formVersion>"))).toMatch(
      /geen geheel getal/,
    );
    expect(err(xml.replace("<day>20200902</day>", "<day>20201399</day>"))).toMatch(/ongeldige gegevens/);
    expect(err(xml.replace("<changeLog>", "<changeLog><entry><id>x</id></entry>"))).toMatch(
      /onvolledig: ‘timestamp’ ontbreekt/,
    );
    const r = parseDataPart("<form");
    expect(!r.ok && r.raw).toBe("<form");
  });

  it("ignores unknown extra elements (added by a newer minor version)", () => {
    const xml = serializeDataPart(example()).replace("</form>", "<later>x</later></form>");
    expect(parseDataPart(xml).ok).toBe(true);
  });

  it("text with U+FFFD (the replacement character of mis-encoded pastes) round-trips: xmldom only warns about it", () => {
    const d = example();
    d.changeLog[0] = { ...d.changeLog[0]!, after: "Caf\ufffd & <bar>", description: "\ufffd" };
    d.lastAttributed = { zorgen: "Ge\ufffdnd" };
    expect(parseDataPart(serializeDataPart(d))).toEqual({ ok: true, data: d });
  });

  it("property: serialize → parse round-trips arbitrary data (unicode, markup, controls, RTL, emoji)", () => {
    fc.assert(
      fc.property(dataPart, (d) => {
        expect(parseDataPart(serializeDataPart(d))).toEqual({ ok: true, data: d });
      }),
      { numRuns: 250 },
    );
  });

  it("property: malformed input never throws, only returns ok:false", () => {
    const xml = serializeDataPart(example());
    const mutated = fc
      .tuple(fc.nat({ max: xml.length }), fc.nat({ max: 30 }), nastyText(10))
      .map(([at, del, ins]) => xml.slice(0, at) + ins + xml.slice(at + del));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), mutated), (s) => {
        const r = parseDataPart(s);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          expect(r.raw).toBe(s);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("older documents whose log entries carry the signer's full name", () => {
  it("are still read, the name kept as it was written (the schema stays backward compatible)", () => {
    const xml = serializeDataPart(example()).replace(
      /(<entry>[\s\S]*?<organisation>Ambiq<\/organisation>)/,
      "$1<name>Pieter Hendriks</name>",
    );
    expect(xml).toContain("<name>Pieter Hendriks</name>");
    const parsed = parseDataPart(xml);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.changeLog[0]).toMatchObject({ initials: "PH", organisation: "Ambiq", name: "Pieter Hendriks" });
  });
});

describe("the data part's budget in entries", () => {
  test("no sealed entry is shorter than MIN_SEALED_ENTRY_CHARS, so the part holds at most MAX_ENTRIES_IN_DATA_PART", () => {
    // the shortest valid sealed entry: one-letter id, initials and organisation, the shortest kind, no description
    const sizes = CHANGE_KINDS.map((kind) => {
      const e = {
        id: "a",
        timestamp: "2020-09-02T08:00:00Z",
        day: "20200902",
        initials: "P",
        organisation: "A",
        kind,
        description: "",
        hash: "a".repeat(14),
      };
      return serializedLogSize([e, e]) - serializedLogSize([e]);
    });
    expect(Math.min(...sizes)).toBe(MIN_SEALED_ENTRY_CHARS);
    expect(MAX_ENTRIES_IN_DATA_PART * MIN_SEALED_ENTRY_CHARS).toBeGreaterThanOrEqual(MAIN_LOG_BUDGET);
  });
});
