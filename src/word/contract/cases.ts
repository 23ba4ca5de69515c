// Every contract case, in the order the Zelftest report lists them.
import { addRowsCopiesFormatting, cellControlWraps, logTailRead } from "./cases-tables";
import {
  emptyControlText,
  lockRefusesWrite,
  paragraphSeparator,
  partialBatch,
  placeholderOnWeb,
  unlockWriteRelock,
} from "./cases-controls";
import { commonCustomXml, customXmlRoundTrip, saveWithName, selectionEvent } from "./cases-host";
import type { ContractCase } from "./types";

export const CASES: readonly ContractCase[] = [
  lockRefusesWrite,
  partialBatch,
  unlockWriteRelock,
  paragraphSeparator,
  emptyControlText,
  placeholderOnWeb,
  addRowsCopiesFormatting,
  cellControlWraps,
  logTailRead,
  customXmlRoundTrip,
  commonCustomXml,
  saveWithName,
  selectionEvent,
];

/** The cases whose failure could corrupt a form: the startup guard checks them. */
export const GUARD_CASES: readonly ContractCase[] = CASES.filter((c) => c.guard);
