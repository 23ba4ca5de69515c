// FormGateway on Office.js: each user action is one Word.run with one round trip for edits
// (read: two). After an edit the view is updated from what was written; after an error the
// document is read again, because then nobody knows exactly what Word applied.
import { amsterdamDay, type PrefillProfile, type Profile, type Signer } from "../domain";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { lastLogRowOf, type FormHandle } from "./commit";
import { convertDocument, newFromTemplate } from "./convert";
import { boxControl } from "./controls";
import { addRow, agreeForm, amendBox, attributeOutsideEdits, removeRow, writeBox, type EditContext } from "./edits";
import { normaliseError, WordLayerError } from "./errors";
import type { AttributedOutsideEdit, FormGateway, FormView, SaveOutcome } from "./gateway";
import { readForm, type FormRead } from "./read-form";
import { mergeCopy, textsAfterMerge } from "./merge";
import { repairForm } from "./repair";
import { readHiddenData, removeQuarantined } from "./hidden-data";
import { runWord } from "./run";
import { buildView, viewAfterEdit } from "./view";

export interface OfficeGatewayOptions {
  /** The bundled plain handreiking as base64 (for "Nieuwe handreiking"). */
  loadTemplateBase64: () => Promise<string>;
  now?: () => Date;
}

/**
 * Who signs a change in the document: initials and organisation, as the stamps show. The
 * profile's name is never a signature: it only pre-fills the Beheerder box, where the form asks
 * for a name (see ownerOf); older
 * documents whose log entries carry a name are still read (ChangeEntry.name stays optional).
 */
export function signerOf(profile: Profile): Signer {
  return { initials: profile.initials, organisation: profile.organisation };
}

/** Name and organisation for the Beheerder box of a new form (the only place the name goes). */
export function ownerOf(profile: Profile): PrefillProfile {
  return { name: profile.name, organisation: profile.organisation };
}

export function handleOf(read: FormRead): FormHandle | null {
  const d = read.data;
  const data = d.status === "ok" ? d.data : d.status === "several" ? d.data : undefined;
  if (!data) return null;
  const lastLogRow = lastLogRowOf(data, read.logRows, read.logTableRows);
  return { data, storage: read.storage, archive: read.archive, ...(lastLogRow === undefined ? {} : { lastLogRow }) };
}

export function currentCapabilities(): Capabilities {
  const doc = typeof Office !== "undefined" ? Office.context?.document : undefined;
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  return detectCapabilities(context?.requirements, typeof doc?.getFileAsync === "function", context?.platform ? String(context.platform) : null);
}

export function createOfficeGateway(options: OfficeGatewayOptions): FormGateway {
  const caps = currentCapabilities();
  let handle: FormHandle | null = null;
  let view: FormView | null = null;
  const who = (profile: Profile): EditContext => ({ signer: signerOf(profile), now: options.now?.() });
  const today = (): string => amsterdamDay(options.now?.() ?? new Date());

  async function open(): Promise<FormView> {
    if (!caps.form) throw new WordLayerError("notSupported", "Deze versie van Word is te oud voor het formulier (WordApi 1.3 is nodig).");
    const read = await runWord((ctx) => readForm(ctx, caps));
    handle = handleOf(read);
    view = buildView(read, caps, handle, today());
    return view;
  }

  function requireForm(): { handle: FormHandle; view: FormView } {
    const future = view?.problems.find((p) => p.id === "dataFuture");
    if (future) throw new WordLayerError("notSupported", future.message);
    if (!handle || !view) throw new WordLayerError("notFound", "Open eerst het formulier.");
    return { handle, view };
  }

  /** Runs an edit; on failure the document is read again before the error reaches the pane. */
  async function edit(run: (ctx: Word.RequestContext, h: FormHandle, texts: Record<string, string>) => Promise<FormHandle>, textsAfter: (h: FormHandle, texts: Record<string, string>) => Record<string, string>): Promise<FormView> {
    const current = requireForm();
    try {
      const next = await runWord((ctx) => run(ctx, current.handle, current.view.boxTexts));
      handle = next;
      view = viewAfterEdit(current.view, next, textsAfter(next, current.view.boxTexts), today());
      return view;
    } catch (error) {
      await open().catch(() => undefined);
      throw normaliseError(error);
    }
  }

  return {
    open,
    async newDocument(profile) {
      const base64 = await options.loadTemplateBase64();
      await runWord((ctx) => newFromTemplate(ctx, caps, base64, { signer: signerOf(profile), owner: ownerOf(profile), now: options.now?.() }));
      return open();
    },
    async convert(profile) {
      await runWord((ctx) => convertDocument(ctx, caps, { signer: signerOf(profile), owner: ownerOf(profile), now: options.now?.() }));
      return open();
    },
    writeBox: (key, text, profile) =>
      edit(
        (ctx, h, texts) => writeBox(ctx, h, texts, key, text, who(profile)),
        (h, texts) => ({ ...texts, [key]: h.data.lastAttributed[key] ?? "" }),
      ),
    amend: (key, addition, profile) =>
      edit(
        (ctx, h, texts) => amendBox(ctx, h, texts, key, addition, who(profile)),
        (h, texts) => ({ ...texts, [key]: h.data.lastAttributed[key] ?? "" }),
      ),
    agree: (day, profile, note) => edit((ctx, h) => agreeForm(ctx, h, day, who(profile), note), (_h, texts) => texts),
    addRow: (fieldId, profile) =>
      edit(
        async (ctx, h) => (await addRow(ctx, h, fieldId, who(profile))).handle,
        (h, texts) => ({ ...Object.fromEntries(Object.keys(h.data.lastAttributed).filter((k) => !(k in texts)).map((k) => [k, ""])), ...texts }),
      ),
    removeRow: (fieldId, rowKey, profile) =>
      edit(
        (ctx, h, texts) => removeRow(ctx, h, texts, fieldId, rowKey, who(profile)),
        (_h, texts) => Object.fromEntries(Object.entries(texts).filter(([k]) => !k.startsWith(`${fieldId}.${rowKey}.`))),
      ),
    attributeOutsideEdits: (edits: readonly AttributedOutsideEdit[], profile) => edit((ctx, h) => attributeOutsideEdits(ctx, h, edits, who(profile)), (_h, texts) => texts),
    async mergeCopy(there, choices, profile, source) {
      await open(); // never merge into texts the pane has not just read
      const before = requireForm().handle;
      return edit(
        (ctx, h, texts) => mergeCopy(ctx, h, texts, there, choices, who(profile), source),
        (h, texts) => textsAfterMerge(before, h, texts),
      );
    },
    async repair(profile, logSide) {
      await runWord((ctx) => repairForm(ctx, caps, who(profile), logSide));
      return open();
    },
    async selectBox(key) {
      await runWord(async (ctx) => {
        boxControl(ctx, key).select("Select");
        await ctx.sync();
      }).catch(() => undefined); // selecting is a convenience; never an error for the user
    },
    async saveWithName(name): Promise<SaveOutcome> {
      if (!caps.saveWithName) return { status: "notSupported", message: "Deze versie van Word kan een document niet zelf onder een naam opslaan. Gebruik Bestand > Opslaan als en plak de naam." };
      if (Office.context.document.url) return { status: "alreadyNamed" };
      await runWord(async (ctx) => {
        ctx.document.save("Save", name);
        await ctx.sync();
      });
      return { status: "saved", fileName: name };
    },
    hiddenData: () => runWord((ctx) => readHiddenData(ctx, caps)),
    removeQuarantined: (id, profile) => edit((ctx, h) => removeQuarantined(ctx, h, caps, id, who(profile)), (_h, texts) => texts),
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
