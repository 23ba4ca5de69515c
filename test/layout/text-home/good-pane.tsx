// The same component with its text from src/domain/text/: local/text-home must report nothing.
import { missingWarning } from "../../../src/domain/text/agree";

export function Good({ n }: { n: number }) {
  return (
    <div className="pane-row" data-testid="missing count">
      {missingWarning(n)}
    </div>
  );
}
