// FormGateway on Office.js: each user action is one Word.run with one round trip for edits
// (read: two). After an edit the view is updated from what was written; after an error the
// document is read again, because then nobody knows exactly what Word applied.
import { amsterdamDay, ownerOf, signerOf, textsAfterWrite, TEMPLATE, type Profile } from "../domain";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { lastLogRowOf, type FormHandle } from "./commit";
import { convertDocument, newFromTemplate, type ConvertResult } from "./convert";
import { boxControl } from "./controls";
import { addRow, agreeForm, amendBox, attributeOutsideEdits, removeRow, writeBox, type EditContext } from "./edits";
import { normaliseError, WordLayerError } from "./errors";
import type { AttributedOutsideEdit, FormGateway, FormView, SaveOutcome } from "./gateway";
import { readForm, type FormRead } from "./read-form";
import { mergeCopy } from "./merge";
import { repairForm } from "./repair";
import { upgradeForm } from "./upgrade";
import { readHiddenData, removeQuarantined } from "./hidden-data";
import { runWord } from "./run";
import { buildView, viewAfterEdit } from "./view";

export interface OfficeGatewayOptions {
  /** The bundled plain handreiking as base64 (for "Nieuwe handreiking"). */
  loadTemplateBase64: () => Promise<string>;
  now?: () => Date;
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

export function currentCapabilities(): Capabilities {
  const doc = typeof Office !== "undefined" ? Office.context?.document : undefined;
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  return detectCapabilities(
    context?.requirements,
    typeof doc?.getFileAsync === "function",
    context?.platform ? String(context.platform) : null,
  );
}

export function createOfficeGateway(options: OfficeGatewayOptions): FormGateway {
  const caps = currentCapabilities();
  let handle: FormHandle | null = null;
  let view: FormView | null = null;
  const who = (profile: Profile): EditContext => ({ signer: signerOf(profile), now: options.now?.() });
  const today = (): string => amsterdamDay(options.now?.() ?? new Date());

  /** Opening the pane reads the log's tail (does not grow with the log); the whole log on request. */
  async function open(log: "tail" | "whole" = "tail"): Promise<FormView> {
    if (!caps.form)
      throw new WordLayerError(
        "notSupported",
        "Deze versie van Word is te oud voor het formulier (WordApi 1.3 is nodig).",
      );
    const read = await runWord((ctx) => readForm(ctx, caps, { log }));
    handle = handleOf(read);
    view = buildView(read, caps, handle, today());
    return view;
  }

  /** A document of a newer version (data or handreiking) is only read: nothing may write to it. */
  function refuseFuture(): void {
    const future = view?.problems.find((p) => p.id === "dataFuture");
    if (future) throw new WordLayerError("notSupported", future.message);
  }

  function requireForm(): { handle: FormHandle; view: FormView } {
    refuseFuture();
    if (!handle || !view) throw new WordLayerError("notFound", "Open eerst het formulier.");
    if (view.templateUpgrade)
      throw new WordLayerError(
        "notSupported",
        `Dit document is van versie ${view.templateUpgrade.from} van de handreiking. Werk het eerst bij naar versie ${view.templateUpgrade.to}.`,
      );
    return { handle, view };
  }

  /**
   * Runs an edit; on failure the document is read again before the error reaches the pane. The
   * new box texts follow from what the edit attributed (see textsAfterWrite).
   */
  async function edit(
    run: (ctx: Word.RequestContext, h: FormHandle, texts: Record<string, string>) => Promise<FormHandle>,
  ): Promise<FormView> {
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

  /** A plain document of an earlier version was converted as that version: upgrade it in the same run (two more round
   * trips). */
  async function upgradeConverted(ctx: Word.RequestContext, converted: ConvertResult, profile: Profile): Promise<void> {
    if (converted.data.templateVersion === TEMPLATE.version) return;
    await upgradeForm(
      ctx,
      caps,
      { data: converted.data, storage: converted.storage },
      { signer: signerOf(profile), now: options.now?.() },
    );
  }

  return {
    open: () => open(),
    openWholeLog: () => open("whole"),
    async newDocument(profile) {
      const base64 = await options.loadTemplateBase64();
      await runWord(async (ctx) =>
        upgradeConverted(
          ctx,
          await newFromTemplate(ctx, caps, base64, {
            signer: signerOf(profile),
            owner: ownerOf(profile),
            now: options.now?.(),
          }),
          profile,
        ),
      );
      return open();
    },
    async convert(profile) {
      refuseFuture();
      await runWord(async (ctx) =>
        upgradeConverted(
          ctx,
          await convertDocument(ctx, caps, {
            signer: signerOf(profile),
            owner: ownerOf(profile),
            now: options.now?.(),
          }),
          profile,
        ),
      );
      return open();
    },
    writeBox: (key, text, profile) => edit((ctx, h, texts) => writeBox(ctx, h, texts, key, text, who(profile))),
    amend: (key, addition, profile) => edit((ctx, h, texts) => amendBox(ctx, h, texts, key, addition, who(profile))),
    agree: (day, profile, note) => edit((ctx, h) => agreeForm(ctx, h, day, who(profile), note)),
    addRow: (fieldId, profile) => edit(async (ctx, h) => (await addRow(ctx, h, fieldId, who(profile))).handle),
    removeRow: (fieldId, rowKey, profile) =>
      edit((ctx, h, texts) => removeRow(ctx, h, texts, fieldId, rowKey, who(profile))),
    attributeOutsideEdits: (edits: readonly AttributedOutsideEdit[], profile) =>
      edit((ctx, h) => attributeOutsideEdits(ctx, h, edits, who(profile))),
    async mergeCopy(there, choices, profile, source) {
      await open("whole"); // never merge into texts the pane has not just read; the whole log, to compare with the copy's
      return edit((ctx, h, texts) => mergeCopy(ctx, h, texts, there, choices, who(profile), source));
    },
    async repair(profile, logSide) {
      refuseFuture();
      if (view?.templateUpgrade)
        throw new WordLayerError(
          "notSupported",
          "Werk het document eerst bij naar de nieuwe versie van de handreiking; daarna kan het worden hersteld.",
        );
      await runWord((ctx) => repairForm(ctx, caps, who(profile), logSide));
      return open();
    },
    async upgradeTemplate(profile) {
      refuseFuture();
      const current = handle;
      if (!current || !view?.templateUpgrade)
        throw new WordLayerError("notFound", "Dit document hoeft niet te worden bijgewerkt.");
      if (view.templateUpgrade.error) throw new WordLayerError("notSupported", view.templateUpgrade.error);
      await runWord((ctx) => upgradeForm(ctx, caps, current, { signer: signerOf(profile), now: options.now?.() }));
      return open();
    },
    async selectBox(key) {
      await runWord(async (ctx) => {
        boxControl(ctx, key).select("Select");
        await ctx.sync();
      }).catch(() => undefined); // selecting is a convenience; never an error for the user
    },
    async saveWithName(name): Promise<SaveOutcome> {
      if (!caps.saveWithName)
        return {
          status: "notSupported",
          message:
            "Deze versie van Word kan een document niet zelf onder een naam opslaan. Gebruik Bestand > Opslaan als en plak de naam.",
        };
      if (Office.context.document.url) return { status: "alreadyNamed" };
      await runWord(async (ctx) => {
        ctx.document.save("Save", name);
        await ctx.sync();
      });
      return { status: "saved", fileName: name };
    },
    hiddenData: () => runWord((ctx) => readHiddenData(ctx, caps)),
    removeQuarantined: (id, profile) => edit((ctx, h) => removeQuarantined(ctx, h, caps, id, who(profile))),
    getCopy: () => (caps.fileCopy ? readWholeFile() : Promise.resolve(null)),
    onDocumentChanged(callback) {
      const doc = Office.context.document;
      if (typeof doc.addHandlerAsync !== "function") return () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const handler = () => {
        clearTimeout(timer);
        timer = setTimeout(callback, 800);
      };
      doc.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => {
        clearTimeout(timer);
        doc.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
      };
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
