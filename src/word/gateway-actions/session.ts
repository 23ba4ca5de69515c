// What the Office gateway's actions share: the capabilities of this Word, the form as last read
// (handle and view), opening, the guards before a write, and running an edit.
import { amsterdamDay, lastLogRowOf, signerOf, textsAfterWrite, type Profile } from "../../domain";
import type { Capabilities } from "../capabilities";
import type { FormHandle } from "../commit";
import type { EditContext } from "../edits";
import { normaliseError, WordLayerError } from "../errors";
import type { FormView } from "../gateway";
import { readForm, type FormRead } from "../read-form";
import { runWord } from "../run";
import { buildView, viewAfterEdit } from "../view";

export interface OfficeGatewayOptions {
  /** The bundled plain handreiking as base64 (for "Nieuwe handreiking"). */
  loadTemplateBase64: () => Promise<string>;
  now?: () => Date;
}

/** An edit inside one Word.run: the form as last read and its box texts in, the new handle out. */
export type EditRun = (ctx: Word.RequestContext, h: FormHandle, texts: Record<string, string>) => Promise<FormHandle>;

export interface GatewaySession {
  caps: Capabilities;
  options: OfficeGatewayOptions;
  /** The form as last read or written (null before opening, or when the document is no form). */
  handle(): FormHandle | null;
  view(): FormView | null;
  /** Opening the pane reads the log's tail (does not grow with the log); the whole log on request. */
  open(log?: "tail" | "whole"): Promise<FormView>;
  /** A document of a newer version (data or handreiking) is only read: nothing may write to it. */
  refuseFuture(): void;
  /** Runs an edit; on failure the document is read again before the error reaches the pane. */
  edit(run: EditRun): Promise<FormView>;
  who(profile: Profile): EditContext;
  /** "YYYYMMDD" in Amsterdam. */
  today(): string;
}

export function handleOf(read: FormRead): FormHandle | null {
  const d = read.data;
  const data = d.status === "ok" ? d.data : d.status === "several" ? d.data : undefined;
  if (!data) return null;
  const lastLogRow = lastLogRowOf(data, read.logRows, read.logTableRows, read.logStart, read.logRowsStart);
  return {
    data,
    storage: read.storage,
    archive: read.archive,
    ...(read.logStart > 0 ? { logStart: read.logStart } : {}),
    ...(lastLogRow === undefined ? {} : { lastLogRow }),
  };
}

export function createSession(options: OfficeGatewayOptions, caps: Capabilities): GatewaySession {
  let handle: FormHandle | null = null;
  let view: FormView | null = null;
  const who = (profile: Profile): EditContext => ({ signer: signerOf(profile), now: options.now?.() });
  const today = (): string => amsterdamDay(options.now?.() ?? new Date());

  async function open(log: "tail" | "whole" = "tail"): Promise<FormView> {
    if (!caps.form) throw new WordLayerError("notSupported", { code: "wordTooOldForForm" });
    const read = await runWord((ctx) => readForm(ctx, caps, { log }));
    handle = handleOf(read);
    view = await buildView(read, caps, handle, today());
    return view;
  }

  function refuseFuture(): void {
    const future = view?.problems.find((p) => p.id === "dataFuture");
    if (future) throw new WordLayerError("notSupported", { code: "worded", text: future.message });
  }

  function requireForm(): { handle: FormHandle; view: FormView } {
    refuseFuture();
    if (!handle || !view) throw new WordLayerError("notFound", { code: "openFirst" });
    if (view.templateUpgrade)
      throw new WordLayerError("notSupported", {
        code: "upgradeFirst",
        from: view.templateUpgrade.from,
        to: view.templateUpgrade.to,
      });
    return { handle, view };
  }

  /** The new box texts follow from what the edit attributed (see textsAfterWrite). */
  async function edit(run: EditRun): Promise<FormView> {
    const current = requireForm();
    try {
      const next = await runWord((ctx) => run(ctx, current.handle, current.view.boxTexts));
      handle = next;
      view = viewAfterEdit(
        current.view,
        next,
        textsAfterWrite(current.handle.data.lastAttributed, next.data.lastAttributed, current.view.boxTexts),
        today(),
      );
      return view;
    } catch (error) {
      await open().catch(() => undefined);
      throw normaliseError(error);
    }
  }

  return { caps, options, handle: () => handle, view: () => view, open, refuseFuture, edit, who, today };
}
