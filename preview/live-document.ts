// Keeps a docx-preview rendering of the emulated document up to date. The document changed
// when the host counted a sync (any Word.run from the pane) or the preview made a simulated
// user edit; a poll notices both, and `whenRendered()` renders at once (tests wait on it).
import { renderAsync } from "docx-preview";
import { displayCopy } from "./display-docx";
import type { Session } from "./session";

export const RENDER_OPTIONS = {
  inWrapper: true,
  ignoreLastRenderedPageBreak: true,
  experimental: false,
  renderComments: false,
} as const;

export interface RenderResult {
  session: Session;
  /** word/document.xml as rendered (for the list of boxes). */
  documentXml: string;
}

export class LiveDocument {
  private session: Session | null = null;
  private userEdits = 0;
  private rendered = "";
  private renderedXml = "";
  private pollQueued = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly body: HTMLElement,
    private readonly styles: HTMLElement,
    /** The scrolling element around `body` (its position is kept across renders). */
    private readonly scroller: HTMLElement,
    private readonly onRendered: (result: RenderResult) => void,
    private readonly onError: (message: string) => void,
  ) {}

  /** Shows another session's document (from the top). */
  show(session: Session): Promise<void> {
    this.session = session;
    this.rendered = "";
    this.renderedXml = "";
    this.scroller.scrollTop = 0;
    return this.whenRendered();
  }

  /** The preview changed the document itself (a simulated user edit). */
  noteUserEdit(): Promise<void> {
    this.userEdits += 1;
    return this.whenRendered();
  }

  /**
   * Resolves once the rendering shows the document as it is now. Besides the cheap stamp it
   * compares the document XML, so edits the stamp cannot see (a test calling host.user
   * directly) are rendered too.
   */
  whenRendered(): Promise<void> {
    this.queue = this.queue.then(() => {
      if (this.session && this.renderedXml && this.session.host.documentXml() !== this.renderedXml) this.userEdits += 1;
      return this.renderWhileStale();
    });
    return this.queue;
  }

  /** For the poll: renders only when the stamp changed. */
  poll(): void {
    if (this.pollQueued || !this.session || this.stamp() === this.rendered) return;
    this.pollQueued = true;
    this.queue = this.queue.then(() => {
      this.pollQueued = false;
      return this.renderWhileStale();
    });
  }

  private stamp(): string {
    const s = this.session;
    return s ? `${s.id}:${s.host.syncCount}:${this.userEdits}` : "";
  }

  private async renderWhileStale(): Promise<void> {
    for (let attempt = 0; attempt < 5 && this.stamp() !== this.rendered; attempt++) {
      const session = this.session;
      if (!session) return;
      const stamp = this.stamp();
      const host = session.host;
      try {
        const documentXml = host.documentXml();
        const bytes = await host.saveDocx();
        if (this.stamp() !== stamp) continue; // changed while saving: take the newer state
        const blob = await displayCopy(bytes);
        const top = this.scroller.scrollTop;
        await renderAsync(blob, this.body, this.styles, RENDER_OPTIONS);
        this.scroller.scrollTop = top;
        this.rendered = stamp;
        this.renderedXml = documentXml;
        this.onRendered({ session, documentXml });
      } catch (error) {
        this.rendered = stamp; // do not retry the same state in a loop
        const message = error instanceof Error ? error.message : String(error);
        console.error("Voorbeeldomgeving: het document kon niet worden weergegeven.", error);
        this.onError(message);
      }
    }
  }
}
