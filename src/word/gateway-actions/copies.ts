// Copies of the form: the whole file as .docx bytes, and merging what another copy changed.
import { normaliseError } from "../errors";
import type { FormGateway } from "../gateway";
import { mergeCopy } from "../merge";
import type { GatewaySession } from "./session";

export type CopyActions = Pick<FormGateway, "getCopy" | "mergeCopy">;

export function copyActions(s: GatewaySession): CopyActions {
  return {
    getCopy: () => (s.caps.fileCopy ? readWholeFile() : Promise.resolve(null)),
    async mergeCopy(there, choices, profile, source) {
      await s.open("whole"); // never merge into texts the pane has not just read; the whole log, to compare with the copy's
      return s.edit((ctx, h, texts) => mergeCopy(ctx, h, texts, there, choices, s.who(profile), source));
    },
  };
}

/** The document as .docx bytes via getFileAsync (common API), slice by slice. */
export function readWholeFile(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(normaliseError(result.error));
      const file = result.value;
      const chunks: Uint8Array[] = [];
      const next = (index: number) => {
        if (index >= file.sliceCount) {
          file.closeAsync();
          const total = chunks.reduce((n, c) => n + c.length, 0);
          const out = new Uint8Array(total);
          let offset = 0;
          for (const c of chunks) {
            out.set(c, offset);
            offset += c.length;
          }
          return resolve(out);
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            return reject(normaliseError(slice.error));
          }
          chunks.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}
