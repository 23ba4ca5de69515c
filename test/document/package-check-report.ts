// Prints what the strict package check finds on every file of ../shared/corpus: how many files it
// flags, per rule, and each finding. For support and for the figures in docs/package-check.md:
//   HANDREIKING_SHARED=/path/to/shared node scripts/ts-run.cjs test/document/package-check-report.ts
import { checkPackage } from "../../src/document/package-check";
import { corpusFiles } from "../foreign/corpus";

async function main(): Promise<void> {
  const files = corpusFiles();
  const perRule = new Map<string, number>();
  let flagged = 0;
  for (const { name, bytes } of files) {
    const findings = await checkPackage(bytes);
    if (findings.length === 0) continue;
    flagged++;
    for (const rule of new Set(findings.map((f) => f.rule))) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    for (const f of findings) console.log(`${name}\t${f.rule}\t${f.message}`);
  }
  console.log(`\n${flagged} of ${files.length} files flagged`);
  for (const [rule, n] of [...perRule].sort()) console.log(`  ${rule}: ${n}`);
}

void main();
