// Abbreviations in capitals that are never someone's initials or a name word, also when a name list has them ("MEE",
// "ZORG"): services, school types, diagnoses, registers and chat words. One list for the capitals finder, the free-text
// initials and the review list (issue 23).
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  "MDO GGZ GGD CJG WMO JGZ PGB BSO KDV SBO VSO SO VO PO WO VMBO HAVO VWO MBO HBO ROC ADHD ADD ASS ODD PTSS LVB OCD BSN IBAN MST ZGT UMC AMC NB OTS UHP POH SEH PV BOA AVG NL EU VT GI RVDK AMK IB OK JA NEE TV PC WA ID UWV SVB CAK DUO IND COA AZC HALT VOG IQ UMCG RVK OF EN AOW".split(
    " ",
  ),
);
