// The contract cases and their in-Word runner (Zelftest page, startup guard).
export type { CaseResult, ContractCase, ContractReport, HostEnv, Verdict } from "./types";
export {
  CASES,
  clearDocument,
  currentEnv,
  describeWord,
  documentIsEmpty,
  judge,
  runCase,
  runContract,
  type ContractRun,
} from "./runner";
