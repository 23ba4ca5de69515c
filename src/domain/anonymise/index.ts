// Anonymised copies for research: see anonymise-form.ts.
export * from "./anonymise-form";
export { DateShifter, DATE_PLACEHOLDER, randomOffsetDays } from "./date-shift";
export { PLACEHOLDERS, isElevenProof } from "./patterns";
export {
  PeopleRegistry,
  parseName,
  derivedInitials,
  roleOf,
  orgTypeOf,
  type OrgType,
  type OrgCode,
  type PersonCode,
  type Role,
} from "./people";
export { Scrubber, AMBIGUOUS_NAME } from "./scrubber";
export { COUNT_KINDS, emptyCounts, addCounts, applySpans, type Counts, type CountKind, type Span } from "./spans";
export { EMPTY_LEXICON, type Lexicon } from "./lexicon";
export { findFreeNames, placeAndAgeSpans } from "./free-names";
export { reviewWords, type ReviewItem } from "./review";
