// Asks before the preview throws the current document away ("Opnieuw beginnen", another
// document). Switching the Word version never asks: it keeps the document.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface DiscardRequest {
  /** What the user asked for, as the confirm button says it. */
  action: string;
  /** One plain sentence: what happens to the current document. */
  text: string;
  run: () => void;
}

export function ConfirmDiscard({ request, onClose }: { request: DiscardRequest | null; onClose: () => void }) {
  return (
    <Dialog open={request !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface data-testid="preview-confirm">
        <DialogBody>
          <DialogTitle>Huidig document weggooien?</DialogTitle>
          <DialogContent>{request?.text} Wilt u het bewaren, kies dan eerst ‘Document downloaden’.</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              data-testid="preview-confirm-yes"
              onClick={() => {
                request?.run();
                onClose();
              }}
            >
              {request?.action}
            </Button>
            <Button data-testid="preview-confirm-no" onClick={onClose}>
              Annuleren
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
