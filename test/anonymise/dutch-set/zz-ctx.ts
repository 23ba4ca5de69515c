import { newDataPart, TEMPLATE } from "/work/wt/rc-blindfix/src/domain";
import { anonymiseForm } from "/work/wt/rc-blindfix/src/domain/anonymise";
import { dutchLexicon } from "/work/wt/rc-blindfix/src/domain/anonymise/lexicon-nl";
import { parse, readHalf } from "/work/wt/rc-blindfix/test/anonymise/dutch-set/measure";
const half = (process.argv[2] ?? "blind") as "blind";
const cats = (process.argv[3] ?? "").split(",").filter(Boolean);
for (const doc of readHalf(half)) {
  const { text, annotations } = parse(doc.marked);
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const copy = anonymiseForm({ data, boxTexts: { initialen: doc.client, zorgen: text }, offsetDays: 41, lexicon: dutchLexicon() });
  const spans = copy.scrubber.spans(text);
  for (const a of annotations) {
    if (cats.length && !cats.includes(a.category)) continue;
    let ok = true;
    for (let i = a.start; i < a.end; i++) { if (!/[\p{L}\p{N}]/u.test(text.charAt(i))) continue; if (!spans.some(s => s.start <= i && i < s.end)) ok = false; }
    if (ok) continue;
    const ctx = text.slice(Math.max(0, a.start - 60), a.end + 50).replace(/\s+/g, " ");
    const ov = spans.filter(s => s.end > a.start - 60 && s.start < a.end + 50).map(s => `${text.slice(s.start, s.end)}→${s.replacement}`).join(" | ");
    console.log(`${doc.id} ${a.category} «${a.text}»\n   ${ctx}\n   spans: ${ov}`);
  }
}
