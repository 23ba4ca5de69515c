// Where a sentence starts: free-names.ts, institutions.ts and review.ts all ask it, so it is its
// own file (it sat in free-names.ts, which tied free-names and institutions in a circle).
import { isLineEnd } from "../text/line-breaks";

/** Starts a sentence, a line or a quotation: looks back over white space only (a regex on the text before would make
 * the scan quadratic). */
export function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(text.charAt(i))) {
    if (isLineEnd(text.charAt(i))) return true;
    i--;
  }
  return i < 0 || `.!?:;'‘“"(`.includes(text.charAt(i));
}
