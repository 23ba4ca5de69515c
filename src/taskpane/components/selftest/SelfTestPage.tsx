// Zelftest: runs the contract cases (src/word/contract) in the Word it is opened in, only in an
// empty document, and shows per case: geslaagd / mislukt (verwacht en gezien) / niet ondersteund.
// The report can be copied and downloaded as JSON for the developers. Loaded as its own chunk.
import { useRef, useState } from "react";
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { runContract, type ContractReport, type ContractRun } from "../../../word/contract";
import { copyText } from "../../clipboard";
import { downloadText } from "../../download";
import { SelfTestResults } from "./SelfTestResults";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  report: { position: "absolute", left: "-10000px", width: "1px", height: "1px" },
});

export interface SelfTestPageProps {
  /** Runs the cases (tests pass a fake); by default in this Word. */
  run?: () => Promise<ContractRun>;
  onClose: () => void;
}

export const NOT_EMPTY_MESSAGE =
  "De zelftest werkt alleen in een leeg document, zodat een ingevuld formulier nooit wordt aangeraakt. Open een nieuw, leeg document en start de zelftest daar.";

type State =
  | { step: "idle" }
  | { step: "running" }
  | { step: "notEmpty" }
  | { step: "error"; message: string }
  | { step: "done"; report: ContractReport };

export function reportFileName(report: ContractReport): string {
  return `zelftest-handreiking-regie-${report.ranAt.slice(0, 10)}.json`;
}

export function SelfTestPage({ run = () => runContract(), onClose }: SelfTestPageProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ step: "idle" });
  const [copied, setCopied] = useState<string | null>(null);
  const reportRef = useRef<HTMLTextAreaElement>(null);

  const start = () => {
    setState({ step: "running" });
    setCopied(null);
    run().then(
      (r) => setState(r.status === "done" ? { step: "done", report: r.report } : { step: "notEmpty" }),
      (error: unknown) => setState({ step: "error", message: error instanceof Error ? error.message : String(error) }),
    );
  };

  const json = state.step === "done" ? JSON.stringify(state.report, null, 2) : "";

  return (
    <section className={styles.root} aria-labelledby="zelftest-title">
      <Subtitle2 as="h2" id="zelftest-title">
        Zelftest
      </Subtitle2>
      <Body1>
        De zelftest controleert of deze versie van Word zich gedraagt zoals de invoegtoepassing verwacht. Hij schrijft
        tijdelijk tekst, een tabel en een gegevensdeel in het document en haalt alles daarna weer weg. Er wordt niets
        verstuurd.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={start} disabled={state.step === "running"}>
          Zelftest starten
        </Button>
        <Button onClick={onClose}>Terug</Button>
      </div>
      {state.step === "running" && <Spinner size="small" label="De zelftest loopt…" />}
      {state.step === "notEmpty" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{NOT_EMPTY_MESSAGE}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            De zelftest kon niet worden afgemaakt: {state.message}. Maak het document eventueel zelf weer leeg.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.step === "done" && (
        <>
          <SelfTestResults report={state.report} />
          <div className={styles.actions}>
            <Button
              onClick={() =>
                void copyText(json, reportRef.current).then((ok) =>
                  setCopied(
                    ok
                      ? "Het verslag is gekopieerd."
                      : "Het verslag is geselecteerd; druk op Ctrl+C om het te kopiëren.",
                  ),
                )
              }
            >
              Verslag kopiëren
            </Button>
            <Button onClick={() => downloadText(json, reportFileName(state.report), "application/json")}>
              Verslag downloaden
            </Button>
          </div>
          {copied && <Text role="status">{copied}</Text>}
          <textarea
            ref={reportRef}
            className={styles.report}
            readOnly
            value={json}
            aria-label="Verslag van de zelftest (JSON)"
            tabIndex={-1}
          />
        </>
      )}
    </section>
  );
}

export default SelfTestPage;
