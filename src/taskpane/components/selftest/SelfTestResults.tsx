// The Zelftest report: the Word it ran in, then one line per case.
import { Body1, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { countWords } from "../../../domain";
import type { CaseResult, ContractReport, Verdict } from "../../../word/contract";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { display: "block" },
});

export const VERDICT_LABEL: Record<Verdict, string> = {
  passed: "geslaagd",
  fallback: "geslaagd (andere uitkomst, die de invoegtoepassing opvangt)",
  failed: "mislukt",
  notSupported: "niet ondersteund in deze Word",
};

function CaseLine({ result }: { result: CaseResult }) {
  const styles = useStyles();
  return (
    <li data-case={result.id} data-verdict={result.verdict}>
      <Text weight="semibold">{result.title}</Text>:{" "}
      <Text className={result.verdict === "failed" ? styles.failed : undefined}>{VERDICT_LABEL[result.verdict]}</Text>
      {result.verdict !== "passed" && (
        <Caption1 className={styles.detail}>
          {result.verdict === "notSupported" ? result.seen : `Verwacht: ${result.expected}. Gezien: ${result.seen}.`}
        </Caption1>
      )}
      {result.verdict === "failed" && <Caption1 className={styles.detail}>Gevolg: {result.meaning}</Caption1>}
    </li>
  );
}

export function SelfTestResults({ report }: { report: ContractReport }) {
  const styles = useStyles();
  const failed = report.results.filter((r) => r.verdict === "failed").length;
  return (
    <>
      <Body1 role="status">
        {failed === 0
          ? "Geen enkele controle is mislukt."
          : `${countWords(failed, "controle is", "controles zijn")} mislukt.`}{" "}
        Word {report.wordVersion}, platform {report.platform}, Handreiking Regie versie {report.addinVersion}.
      </Body1>
      <Caption1>Ondersteunde onderdelen (requirement sets): {report.requirementSets.join(", ") || "geen"}</Caption1>
      <ul className={styles.list} aria-label="Uitkomst per controle">
        {report.results.map((r) => (
          <CaseLine key={r.id} result={r} />
        ))}
      </ul>
    </>
  );
}
