// The one door to Word: every batch goes through here, so errors reach the pane as
// WordLayerError with a Dutch message, never as a raw Office.js exception.
import { normaliseError } from "./errors";

export async function runWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw normaliseError(error);
  }
}
