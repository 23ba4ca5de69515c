// The simulated user: edits applied immediately (outside any request context), refused where
// Word's UI would refuse them. Content control events fire after a microtask.
import { UserEditRefused, OfficeExtensionError } from "./errors";
import type { Engine } from "./engine";
import { El, descendants, kids, paragraphText } from "./ooxml";
import * as S from "./sdt";
import { ccInsertText, ccClear, ccDelete, paragraphInsertText } from "./edit";

export interface TypeOptions {
  mode?: "replace" | "append";
}

export class SimulatedUser {
  constructor(private engine: Engine) {}

  /** Finds a control by id (number) or tag (string; first match). */
  control(tagOrId: string | number): El {
    const all = S.sdtsIn(this.engine.body);
    const found =
      typeof tagOrId === "number" ? all.find((s) => S.getId(s) === tagOrId) : all.find((s) => S.getTag(s) === tagOrId);
    if (!found)
      throw new Error(
        `host.user: no content control with ${typeof tagOrId === "number" ? "id" : "tag"} ${String(tagOrId)}`,
      );
    return found;
  }

  private guard<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof OfficeExtensionError) throw new UserEditRefused(`${what}: ${e.message}`);
      throw e;
    }
  }

  private checkTypable(sdt: El, what: string): void {
    if (this.engine.pkg.protection() === "readOnly")
      throw new UserEditRefused(`${what}: the document is protected (read-only)`);
    const locked = [sdt, ...S.sdtAncestors(sdt)].find(S.cannotEdit);
    if (locked)
      throw new UserEditRefused(
        `${what}: content control '${S.getTag(locked) || S.getId(locked)}' cannot be edited (cannotEdit)`,
      );
  }

  private changed(sdt: El): void {
    // "Remove content control when contents are edited" (w:temporary) — the control unwraps itself.
    if (S.isTemporary(sdt) && !S.cannotDelete(sdt)) {
      const ids = [S.getId(sdt)];
      ccDelete(sdt, true, "user");
      this.engine.fire(sdt, "Deleted", { ids });
      return;
    }
    for (const c of [sdt, ...S.sdtAncestors(sdt)]) this.engine.fire(c, "DataChanged");
  }

  /** Types text into a control: "replace" (default) selects all of its content first, "append" types at its end. */
  typeInControl(tagOrId: string | number, text: string, options: TypeOptions = {}): void {
    const sdt = this.control(tagOrId);
    this.checkTypable(sdt, "typeInControl");
    if (S.isInline(sdt) && /[\r\n]/.test(text))
      throw new UserEditRefused("typeInControl: an inline content control cannot contain a paragraph break");
    this.guard("typeInControl", () =>
      ccInsertText(sdt, text, options.mode === "append" ? "End" : "Replace", "user.typeInControl"),
    );
    S.setShowingPlaceholder(sdt, false);
    this.changed(sdt);
  }

  /** Pastes plain text (multi-line text becomes paragraphs in a block control). */
  paste(tagOrId: string | number, text: string, options: TypeOptions = {}): void {
    this.typeInControl(tagOrId, text, options);
  }

  /** Selects all content of a control and presses Delete. */
  deleteText(tagOrId: string | number): void {
    const sdt = this.control(tagOrId);
    this.checkTypable(sdt, "deleteText");
    this.guard("deleteText", () => ccClear(sdt, "user.deleteText", this.engine.placeholders.get(sdt)));
    this.changed(sdt);
  }

  /** Removes a control (right-click > Remove Content Control, or deleting it with its content). */
  deleteControl(tagOrId: string | number, options: { keepContent?: boolean } = {}): void {
    const sdt = this.control(tagOrId);
    if (S.cannotDelete(sdt))
      throw new UserEditRefused(
        `deleteControl: content control '${S.getTag(sdt) || S.getId(sdt)}' cannot be deleted (cannotDelete)`,
      );
    const parentLocked = S.sdtAncestors(sdt).find(S.cannotEdit);
    if (parentLocked)
      throw new UserEditRefused(`deleteControl: it sits inside locked control '${S.getTag(parentLocked)}'`);
    const gone = options.keepContent ? [sdt] : [sdt, ...S.sdtsIn(sdt)];
    const ids = gone.map(S.getId);
    const parents = S.sdtAncestors(sdt);
    this.guard("deleteControl", () => ccDelete(sdt, !!options.keepContent, "user.deleteControl"));
    for (const g of gone) this.engine.fire(g, "Deleted", { ids });
    for (const p of parents) this.engine.fire(p, "DataChanged");
  }

  /** Types at the end of the n-th paragraph of the body (document order, including table cells). */
  typeOutsideControls(paragraphIndex: number, text: string): void {
    const p = descendants(this.engine.body, "p")[paragraphIndex];
    if (!p) throw new Error(`host.user: no paragraph ${paragraphIndex}`);
    const owners = S.sdtAncestors(p);
    const prot = this.engine.pkg.protection();
    if (prot === "readOnly") throw new UserEditRefused("typeOutsideControls: the document is protected (read-only)");
    if (owners.length === 0 && prot === "forms")
      throw new UserEditRefused("typeOutsideControls: the document only allows filling in forms");
    const locked = owners.find(S.cannotEdit);
    if (locked)
      throw new UserEditRefused(
        `typeOutsideControls: paragraph ${paragraphIndex} is inside locked control '${S.getTag(locked) || S.getId(locked)}'`,
      );
    this.guard("typeOutsideControls", () => paragraphInsertText(p, text, "End", "user.typeOutsideControls"));
    for (const o of owners) this.engine.fire(o, "DataChanged");
  }

  /** Puts the cursor in a control (fires onSelectionChanged / onEntered). */
  selectControl(tagOrId: string | number): void {
    const sdt = this.control(tagOrId);
    const content = S.sdtContent(sdt);
    this.engine.selection = { parent: content, nodes: kids(content) };
    this.engine.fire(sdt, "Entered");
    this.engine.fire(sdt, "SelectionChanged");
  }

  /** Plain text of the document as the user sees it (paragraphs joined by "\n"). */
  visibleText(): string {
    return descendants(this.engine.body, "p").map(paragraphText).join("\n");
  }
}
