// fast-check generators for fields a newer add-in might write: any name, namespace, nesting and value.
import fc from "fast-check";
import { DATA_PART_NAMESPACE, needsEscape, type ForeignElement } from "../../src/domain";
import { ROOT_KNOWN } from "../../src/domain/data-part/data-part-names";
import { ENTRY_KNOWN } from "../../src/domain/data-part/entry-xml";

/** Names the add-in reads itself (in its own namespace, the first of each is read as known). */
const KNOWN = new Set([...ROOT_KNOWN, ...ENTRY_KNOWN]);

const localName = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,11}$/)
  .filter((n) => !n.toLowerCase().startsWith("xml"));
/** Text XML carries as is (a newer add-in escapes the rest, as this one does: enc="1"). */
const text = fc.string({ minLength: 1, maxLength: 30, unit: "grapheme" }).filter((t) => !needsEscape(t));
const attrText = text.filter((t) => !/[\t\n]/.test(t));
const OTHER_NS = "urn:example:nieuwere-invoegtoepassing";

const attributes = fc.uniqueArray(fc.record({ name: localName, value: attrText }), {
  maxLength: 2,
  selector: (a) => a.name,
});

function element(content: fc.Arbitrary<ForeignElement["content"]>): fc.Arbitrary<ForeignElement> {
  return fc
    .record({ other: fc.boolean(), name: localName, attributes, content })
    .filter((e) => e.other || !KNOWN.has(e.name))
    .map((e) => ({
      ns: e.other ? OTHER_NS : DATA_PART_NAMESPACE,
      name: e.other ? `n:${e.name}` : e.name,
      attributes: e.attributes.map((a) => ({ ns: null, name: a.name, value: a.value })),
      content: e.content,
    }));
}

/** An element with text, nothing, or nested elements (no mixed content: a text is one node). */
export const foreignElement: fc.Arbitrary<ForeignElement> = fc.letrec<{ el: ForeignElement }>((tie) => ({
  el: element(
    fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant<ForeignElement["content"]>([]),
      text.map((t) => [t]),
      fc.array(tie("el"), { minLength: 1, maxLength: 3 }),
    ),
  ),
})).el;

export const foreignFields = fc.array(foreignElement, { minLength: 1, maxLength: 3 });
