// Moved to src/domain/text/plural.ts (issue 29). Kept only so that work branched before the move,
// which imports from here by the shared convention, still compiles after the merge; remove it
// once nothing imports this path.
export { byCount, countWords } from "../text/plural";
