// Every Word file of ../shared/corpus (other people's files: Word 2007–2016, Mac, Online,
// LibreOffice, Google Docs, Pages) through every entry point of the pane (entry-points.ts).
// Nothing throws, every message is Dutch, nothing in the body is deleted, no false alarm, and
// what is said is true of the file: only a truly empty body is called empty.
import { foreignFiles } from "./corpus";
import { looksEnglish, runEveryEntryPoint } from "./entry-points";

/** Every header/footer part Body.getOoxml carried is empty, and it carried at least `referenced` of them. */
function headersFootersHoldNothing(ooxml: string, referenced: number): boolean {
  const parts = [...ooxml.matchAll(/<w:(hdr|ftr)\b[\s\S]*?<\/w:\1>/g)].map((m) => m[0]);
  if (parts.length < referenced) return false;
  return parts.every(
    (part) =>
      !/<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/.test(part) &&
      !/<(?!w:)[A-Za-z][\w.-]*:[A-Za-z]/.test(part.replace(/^<w:(hdr|ftr)\b[^>]*>/, "")) &&
      !/<w:(drawing|pict|object|tbl|fldSimple|fldChar|instrText|sdt|sym)[\s>/]/.test(part),
  );
}

/** Independent of src/: a body with no text, drawing, object, table, field, control, change or section break. */
function bodyHoldsNothing(ooxml: string): boolean {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(ooxml)?.[1] ?? ooxml;
  // the document's own section counts only for its headers and footers
  const finalSection = /<w:sectPr(?:(?!<w:sectPr)[\s\S])*<\/w:sectPr>\s*$/.exec(body)?.[0] ?? "";
  const references = new Set(
    [...finalSection.matchAll(/<w:(?:header|footer)Reference\b[^>]*\br:id="([^"]*)"/g)].map((m) => m[1]),
  );
  if (references.size > 0 && !headersFootersHoldNothing(ooxml, references.size)) return false;
  const withoutFinalSection = body.slice(0, body.length - finalSection.length);
  if (/<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/.test(withoutFinalSection)) return false;
  // an element of another vocabulary than w: (a w16se:sym symbol, a drawing, math…) is content
  if (/<(?!w:)[A-Za-z][\w.-]*:[A-Za-z]/.test(withoutFinalSection)) return false;
  return !/<(w:drawing|w:pict|w:object|w:tbl|w:fld|w:instrText|w:sdt|w:del|w:ins|w:moveFrom|w:moveTo|w:sectPr|w:comment|w:sym|w:footnoteReference|w:endnoteReference|m:oMath|mc:AlternateContent)[\s>/]/.test(
    withoutFinalSection,
  );
}

/** How many test files share the corpus (every-entry-point-{0..3}.test.ts): jest's workers run them side by side. */
export const CORPUS_PARTS = 4;

/**
 * The files of one part: the largest first, each to the part with the fewest bytes so far, so the
 * parts take about as long (one 900 KB body would otherwise hold one part up for minutes).
 */
export function filesOfPart<T extends { bytes: Uint8Array }>(files: readonly T[], part: number): T[] {
  const load = new Array<number>(CORPUS_PARTS).fill(0);
  const parts: T[][] = load.map(() => []);
  for (const file of [...files].sort((a, b) => b.bytes.length - a.bytes.length)) {
    const lightest = load.indexOf(Math.min(...load));
    parts[lightest]!.push(file);
    load[lightest]! += file.bytes.length;
  }
  return parts[part] ?? [];
}

/** The files of one part (filesOfPart), each through every entry point. */
export function describeCorpusPart(part: number): void {
  const files = foreignFiles();
  test("the corpus is there (or the suite says it skipped)", () => {
    expect(files.length === 0 || files.length >= 100).toBe(true);
  });
  const mine = filesOfPart(files, part);
  if (mine.length === 0) return void test.skip("no corpus", () => undefined);
  // a generous ceiling per file: a 900 KB body is read as OOXML several times, slow on a busy machine
  const ceiling = 300_000;
  test.each(mine.map((f) => [f.name, f] as const))(
    "%s",
    async (_name, file) => {
      const run = await runEveryEntryPoint(file.bytes);
      expect(run.crashes).toEqual([]);
      const english = run.messages.filter((m) => looksEnglish(m.text));
      expect(english).toEqual([]);
      if (run.openRefused) {
        expect(looksEnglish(run.openRefused)).toBe(false);
        return;
      }
      // nothing deleted by an entry point that refused (convert, new handreiking over content)
      expect(run.bodyAfterRefusals).toBe(run.bodyBefore);
      // only a body that truly holds nothing is called empty, and only then is a new handreiking made
      expect(run.kind === "empty").toBe(bodyHoldsNothing(run.bodyBefore ?? ""));
      expect(run.madeForm).toBe(run.kind === "empty");
      // no false alarm: a document that is no form has no problems to repair
      expect(run.messages.filter((m) => m.entry === "openen (probleem)")).toEqual([]);
      // what is said is true: not a form, so the copy has no form data; nothing in it was converted
      const copy = run.messages.find((m) => m.entry === "andere kopie")?.text ?? "";
      expect(copy).toMatch(/geen Handreiking Regie-formulier|geen Word-document|beschadigd/);
      // a new handreiking after the content: a form, nothing of the file lost or changed
      expect(run.appended !== null).toBe(run.kind === "other");
      if (run.appended) {
        expect(run.appended.lost).toEqual([]);
        expect(run.appended).toMatchObject({ kind: "form", problems: [] });
        // the check before sending is true of the new form: its boxes are empty, every change is signed
        const byId = Object.fromEntries(run.appended.readiness.map((i) => [i.id, i.ok]));
        expect(byId).toMatchObject({ required: false, attributed: true });
        // no file name yet, and it says why: the child's initials are not filled in
        expect(run.appended.fileName).toBe("Vul eerst de initialen van de jeugdige in; die komen in de bestandsnaam.");
      }
    },
    ceiling,
  );
}
