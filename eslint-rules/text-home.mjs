// ESLint rule "local/text-home" (issue 29): a Dutch sentence the user sees lives in
// src/domain/text/, one file per feature, not inline in the Word layer or the pane. It reports
// sentence-like string literals, template literals that put words around an expression, and JSX
// text. Technical strings are allowed by their shape, not by a list: one token without spaces
// (ids, tags, namespaces, log codes, URLs), markup, CSS values, module paths, regex sources, type
// names and object keys.

/** Two words of letters separated by white space, at least one lowercase letter. */
const SENTENCE = /\p{L}[\p{L}\p{M}'’.,:;!?()-]*\s+[‘“(]?\p{L}/u;
const LOWER = /\p{Ll}/u;
/** A count with its noun: "1 vak", "3 regels". */
const COUNT = /\d\s+\p{Ll}{2,}/u;
/** A word of two or more letters directly before or after white space: text around an expression. */
const WORD_BESIDE_SPACE = /\p{L}{2,}[.,:;!?’)]*\s|\s[‘“(]?\p{L}{2,}/u;
/** Markup (XML, HTML: a tag, an XML declaration, a namespaced attribute) or a CSS value (a length, a colour, a CSS function). */
const MARKUP = /<\/?[A-Za-z][\w:.-]*[\s/>]|\/>|<\?xml\s|\s[\w-]+:[\w-]+="/;
const CSS = /(^|\s)-?\d*\.?\d+(px|em|rem|%|vh|vw|ms|s|fr|pt)(\s|$)|(^|\s)#[0-9a-f]{3,8}(\s|$)|\b(var|calc|rgba?)\(/i;
/** Between the expressions of a CSS template (`${width} solid ${colour}`): keywords only. */
const CSS_KEYWORDS = /^(\s|,|\/|solid|dashed|dotted|double|none|auto|inset|ease|ease-in|ease-out|linear|span|minmax)*$/;
/** Any letter at all, for JSX text. */
const LETTERS = /\p{L}{2,}/u;

function isSentence(text) {
  const t = text.trim();
  return (SENTENCE.test(t) || COUNT.test(t)) && LOWER.test(t) && !MARKUP.test(t) && !CSS.test(t);
}

/** Places where a string is code, not text: imports, keys, types, regexes, directives, comparisons. */
function isTechnicalPlace(node) {
  const p = node.parent;
  if (!p) return false;
  switch (p.type) {
    case "ImportDeclaration":
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
    case "ImportExpression":
    case "TSLiteralType":
    case "TSExternalModuleReference":
    case "TSImportType":
      return true;
    case "Property":
    case "PropertyDefinition":
    case "TSPropertySignature":
    case "MethodDefinition":
      return p.key === node && !p.computed;
    case "MemberExpression":
      return p.property === node;
    case "ExpressionStatement":
      return typeof p.directive === "string";
    case "BinaryExpression":
      return ["===", "!==", "==", "!="].includes(p.operator);
    case "SwitchCase":
      return p.test === node;
    case "NewExpression":
    case "CallExpression":
      return p.callee.type === "Identifier" && p.callee.name === "RegExp";
    case "TaggedTemplateExpression":
      return true;
    case "JSXAttribute":
      // className, style hooks, data-/test ids are code; visible attributes (label, title…) are text
      return /^(className|class|style|id|key|role|type|name|href|src|rel|target|data-.*|as|appearance|size|shape|intent|layout|icon|mode|lang|dir)$/.test(
        String(p.name.name),
      );
    default:
      return false;
  }
}

/** @type {import("eslint").Rule.RuleModule} */
export const textHome = {
  meta: {
    type: "suggestion",
    docs: { description: "Dutch sentences the user sees live in src/domain/text/" },
    schema: [],
    messages: {
      sentence:
        "Sentence-like text ‘{{text}}’: put it in src/domain/text/<feature>.ts and import it (CONTRIBUTING.md, ‘Adding a message the user sees’).",
    },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: "sentence", data: { text: text.trim().replace(/\s+/g, " ").slice(0, 60) } });
    return {
      Literal(node) {
        if (typeof node.value !== "string" || isTechnicalPlace(node)) return;
        if (isSentence(node.value)) report(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent?.type === "TaggedTemplateExpression" || isTechnicalPlace(node)) return;
        const quasis = node.quasis.map((q) => q.value.cooked ?? "");
        const whole = quasis.join(" {} ");
        if (node.expressions.length > 0 && quasis.every((q) => CSS_KEYWORDS.test(q))) return;
        const around =
          node.expressions.length > 0 && quasis.some((q) => WORD_BESIDE_SPACE.test(q) && LOWER.test(whole));
        if ((isSentence(whole) || around) && !MARKUP.test(whole) && !CSS.test(whole)) report(node, whole);
      },
      JSXText(node) {
        if (LETTERS.test(node.value)) report(node, node.value);
      },
    };
  },
};

export default { rules: { "text-home": textHome } };
