// An in-memory FormGateway for the pane's tests. It keeps the document as box texts plus a
// data part and derives everything else with the domain's own functions, like the Word layer:
// writeBox logs an entry with before/after (before agreement: the person's fill session, one
// entry updated as they keep filling), amend adds a stamped line, outside edits are the
// boxes whose text differs from what was last attributed. Every call is recorded.
import {
  agreementDescription,
  amendedText,
  amendmentEntry,
  amsterdamDay,
  applyPlanToTexts,
  boxTextProblem,
  convertedEntry,
  correctionEntry,
  describeHiddenData,
  emptyFormValues,
  findField,
  formatStamp,
  listBoxes,
  mergeEntries,
  newDataPart,
  newRowKey,
  outsideEditEntry,
  planMerge,
  quarantineRemovedEntry,
  readEditStamps,
  rowAddedEntry,
  rowBoxKeys,
  rowNumberOf,
  rowPath,
  rowRemovedEntry,
  rowsField,
  rowText,
  serializeDataPart,
  signerOf,
  stampCheckOf,
  stepOfBox,
  TEMPLATE,
  valuesFromBoxTexts,
  withAuthoredEntries,
  withEntries,
  withFillSession,
  withProfilePrefill,
  withRowsAdded,
  withRowsRemoved,
  type AgreementNote,
  type ChangeEntry,
  type CopyState,
  type DataPart,
  type EntryContext,
  type FormValues,
  type HiddenData,
  type MergeChoice,
  type NewEntry,
  type Profile,
  type QuarantinedData,
  type RowValue,
} from "../../src/domain";
import { detectCapabilities, reducedFeatures, type Capabilities } from "../../src/word/capabilities";
import { WordLayerError } from "../../src/word/errors";
import type {
  AttributedOutsideEdit,
  CopySource,
  DocumentKind,
  DocumentProblem,
  FormGateway,
  FormView,
  LogSide,
  NewPlacement,
  OutsideEdit,
  SaveOutcome,
  TemplateUpgradeNotice,
} from "../../src/word/gateway";

export const FIXED_NOW = new Date("2020-09-02T10:00:00Z");

export interface FakeOptions {
  kind?: DocumentKind;
  /** The form's values (kind "form"), or what a plain document already holds (kind "plain"). */
  values?: Partial<FormValues>;
  agreed?: DataPart["agreed"];
  log?: ChangeEntry[];
  /** All true unless overridden. */
  capabilities?: Partial<Capabilities>;
  problems?: DocumentProblem[];
  map?: FormView["map"];
  now?: Date;
  saveOutcome?: SaveOutcome;
  copy?: Uint8Array | null;
  /** Data the repair set aside (shown under "Verborgen gegevens"). */
  quarantine?: QuarantinedData[];
  /** Log archive parts the document holds. */
  archive?: { parts: number; count: number };
}

export interface Call {
  method: keyof FormGateway;
  args: unknown[];
}

type Method = keyof FormGateway;

/** Deterministic "random" for ids. */
function counterRandom(): () => number {
  let n = 0;
  return () => {
    n = (n * 7919 + 104729) % 1000003;
    return n / 1000003;
  };
}

function withRowKeys(values: FormValues): FormValues {
  let i = 0;
  const out: FormValues = { ...values };
  for (const step of TEMPLATE.steps) {
    for (const field of step.fields) {
      if (field.kind !== "rows") continue;
      const rows = (out[field.id] as RowValue[] | undefined) ?? [];
      const min = Math.max(field.minRows ?? 1, 1);
      const filled =
        rows.length >= min
          ? rows
          : [...rows, ...Array.from({ length: min - rows.length }, () => ({ key: "", cells: {} }))];
      out[field.id] = filled.map((r) => ({
        key: r.key || `r${String(++i).padStart(6, "0")}`,
        cells: Object.fromEntries(
          (field.columns ?? []).map((c) => [c.id, (r.cells as Record<string, string>)[c.id] ?? ""]),
        ),
      }));
    }
  }
  return out;
}

export class FakeGateway implements FormGateway {
  readonly calls: Call[] = [];
  /** As a real open of a long log: how many of the oldest entries the view leaves out (archived). */
  olderUnread = 0;
  kind: DocumentKind;
  boxTexts: Record<string, string> = {};
  data: DataPart | null = null;
  problems: DocumentProblem[];
  capabilities: Capabilities;
  map: FormView["map"];
  saveOutcome: SaveOutcome;
  copy: Uint8Array | null;
  quarantine: QuarantinedData[];
  archive: { parts: number; count: number };
  now: Date;
  private readonly random = counterRandom();
  private readonly plainValues: FormValues;
  private readonly listeners = new Set<() => void>();
  private readonly failures = new Map<Method, unknown>();

  constructor(options: FakeOptions = {}) {
    this.kind = options.kind ?? "form";
    this.now = options.now ?? FIXED_NOW;
    this.problems = options.problems ?? [];
    this.capabilities = { ...detectCapabilities({ isSetSupported: () => true }, true), ...options.capabilities };
    this.map = options.map ?? null;
    this.saveOutcome = options.saveOutcome ?? { status: "saved", fileName: "" };
    this.copy = options.copy === undefined ? new Uint8Array([80, 75, 3, 4]) : options.copy;
    this.quarantine = options.quarantine ?? [];
    this.archive = options.archive ?? { parts: 0, count: 0 };
    this.plainValues = withRowKeys({ ...emptyFormValues(), ...(options.values as FormValues | undefined) });
    if (this.kind === "form") {
      this.makeForm(this.plainValues, options.log ?? [], options.agreed ?? null);
    }
  }

  /** The next call of this method rejects with the error (once). */
  failNext(method: Method, error: unknown = new WordLayerError("busy")): void {
    this.failures.set(method, error);
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Someone types in the document outside the pane. */
  typeInDocument(key: string, text: string): void {
    this.boxTexts[key] = text;
  }

  /** As after a LibreOffice round trip: the boxes are gone, the data part stays (repair brings the boxes back). */
  stripControls(): void {
    this.stripped = true;
    this.boxTexts = {};
    this.problems = [
      ...this.problems,
      {
        id: "controlsStripped",
        repairable: true,
        message:
          "Dit document is opgeslagen in een ander programma (bijvoorbeeld LibreOffice). Dat heeft de vakken en de vergrendeling van de vaste tekst verwijderd; de gegevens en het logboek zijn er nog.",
      },
    ];
  }

  private stripped = false;

  /** Word reports a change (the pane should read again). */
  emitDocumentChanged(): void {
    this.listeners.forEach((l) => l());
  }

  get values(): FormValues {
    return valuesFromBoxTexts(this.boxTexts, this.data?.rowOrder ?? {}).values;
  }

  view(): FormView {
    // as the Word layer (view.ts): boxes gone, the data part's texts shown
    const notRestored = this.stripped && this.data !== null;
    const { values, unreadable } =
      this.kind === "form"
        ? valuesFromBoxTexts(notRestored ? (this.data?.lastAttributed ?? {}) : this.boxTexts, this.data?.rowOrder ?? {})
        : { values: this.plainValues, unreadable: {} };
    return {
      kind: this.kind,
      capabilities: this.capabilities,
      reduced: reducedFeatures(this.capabilities),
      map: this.map,
      data: this.data ? (JSON.parse(JSON.stringify(this.data)) as DataPart) : null,
      boxTexts: { ...this.boxTexts },
      values,
      unreadable,
      notRestored,
      outsideEdits: this.outsideEdits(),
      problems: [...this.problems],
      templateUpgrade: this.templateUpgrade,
      logStart: this.olderUnread,
    };
  }

  /** Set by a test: the form is of an earlier version of the handreiking (cleared by upgradeTemplate). */
  templateUpgrade: TemplateUpgradeNotice | null = null;

  async upgradeTemplate(profile: Profile): Promise<FormView> {
    this.record("upgradeTemplate", [profile]);
    const notice = this.templateUpgrade;
    if (!notice) throw new WordLayerError("notFound", { code: "upgrade", refusal: { code: "notNeeded" } });
    this.templateUpgrade = null;
    if (this.data) this.data = { ...this.data, templateVersion: notice.to };
    this.log(
      [
        {
          kind: "edit",
          description: `Bijgewerkt naar versie ${notice.to} door ${profile.initials} (was versie ${notice.from}).`,
        },
      ],
      profile,
    );
    return this.view();
  }

  private outsideEdits(): OutsideEdit[] {
    if (!this.data) return [];
    const check = stampCheckOf(this.data, this.boxTexts, amsterdamDay(this.now));
    return Object.entries(this.data.lastAttributed).flatMap(([key, before]) => {
      const after = this.boxTexts[key];
      return after !== undefined && after !== before
        ? [{ key, before, after, stamp: readEditStamps(before, after, check) }]
        : [];
    });
  }

  private makeForm(values: FormValues, log: ChangeEntry[], agreed: DataPart["agreed"]): void {
    this.kind = "form";
    const boxes = listBoxes(TEMPLATE, values);
    this.boxTexts = Object.fromEntries(boxes.map((b) => [b.key, b.text]));
    const rowOrder = Object.fromEntries(
      TEMPLATE.steps
        .flatMap((s) => s.fields)
        .filter((f) => f.kind === "rows")
        .map((f) => [f.id, ((values[f.id] as RowValue[]) ?? []).map((r) => r.key)]),
    );
    this.data = {
      ...newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: this.random }),
      agreed,
      lastAttributed: { ...this.boxTexts },
      rowOrder,
      changeLog: [...log],
    };
  }

  private record(method: Method, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private requireData(): DataPart {
    if (!this.data) throw new WordLayerError("notFound", { code: "openFirst" });
    return this.data;
  }

  /** Who edits, as the Word layer signs: initials and organisation, never the profile's name. */
  private who(profile: Profile): EntryContext {
    return { signer: signerOf(profile), now: this.now, random: this.random };
  }

  /** A fixed id for the next form version, so tests are repeatable (the Word layer's is random). */
  private nextVersionId(data: DataPart): string {
    return `v${String(data.formVersion + 1).padStart(10, "0")}`;
  }

  /** Adds entries as the Word layer does (edit-entries.ts). */
  private log(inputs: NewEntry[], profile: Profile): void {
    const data = this.requireData();
    this.data = withEntries(data, inputs, this.who(profile), this.nextVersionId(data)).data;
  }

  /** Like the Word layer before agreement: the person's open fill session updated, or a new one (fill-session.ts). */
  private logSession(keys: string[], profile: Profile): void {
    this.data = withFillSession(this.requireData(), keys, this.who(profile)).data;
  }

  /** Boxes that hold text (what converting a plain document keeps). */
  private filledBoxes(): number {
    return Object.values(this.boxTexts).filter((t) => t !== "").length;
  }

  /** The stamp the Word layer writes in the document for a change after agreement. */
  private stamp(profile: Profile): string {
    return formatStamp(signerOf(profile), amsterdamDay(this.now));
  }

  private attributed(key: string): string {
    const data = this.requireData();
    const current = this.boxTexts[key];
    if (current === undefined) throw new WordLayerError("notFound");
    if (current !== (data.lastAttributed[key] ?? "")) throw new WordLayerError("unattributed");
    return current;
  }

  async open(): Promise<FormView> {
    this.record("open", []);
    return this.view();
  }

  async openWholeLog(): Promise<FormView> {
    this.record("openWholeLog", []);
    // as Word: the archived entries are now read with the rest
    if (this.data && this.olderUnread > 0) this.data = { ...this.data, archivedEntries: this.olderUnread };
    this.olderUnread = 0;
    return this.view();
  }

  async newDocument(profile: Profile, placement?: NewPlacement): Promise<FormView> {
    this.record("newDocument", placement ? [profile, placement] : [profile]);
    const before = { kind: this.kind, map: this.map };
    this.makeForm(withRowKeys(emptyFormValues(TEMPLATE, profile)), [], null);
    this.log([convertedEntry(TEMPLATE.version, 0, 0)], profile);
    this.appendedTo = placement === "afterContent" ? before : null;
    // as the Word layer records it: where the original content ended (counts, hash)
    if (this.appendedTo && this.data)
      this.data = { ...this.data, appendedAfter: { paragraphs: 1, tables: 0, controls: 0, fingerprint: "fake" } };
    return this.view();
  }

  /** What the document was before "Nieuwe handreiking" appended the form to it (null: not appended). */
  private appendedTo: Pick<FormView, "kind" | "map"> | null = null;

  async removeAppended(): Promise<FormView> {
    this.record("removeAppended", []);
    if (this.kind !== "form" || !this.appendedTo) throw new WordLayerError("invalid", { code: "undoNotAppended" });
    if ((this.data?.changeLog.length ?? 0) !== 1 || this.outsideEdits().length > 0)
      throw new WordLayerError("invalid", { code: "undoTouched" });
    this.kind = this.appendedTo.kind;
    this.map = this.appendedTo.map;
    this.data = null;
    this.boxTexts = {};
    this.appendedTo = null;
    return this.view();
  }

  async convert(profile: Profile): Promise<FormView> {
    this.record("convert", [profile]);
    this.makeForm(withProfilePrefill(this.plainValues, profile), [], null);
    this.log([convertedEntry(TEMPLATE.version, this.filledBoxes(), 0)], profile);
    return this.view();
  }

  async writeBox(key: string, text: string, profile: Profile): Promise<FormView> {
    this.record("writeBox", [key, text, profile]);
    const before = this.attributed(key);
    if (before === text) return this.view();
    this.boxTexts[key] = text;
    if (!this.requireData().agreed) {
      this.logSession([key], profile);
      this.data = { ...this.requireData(), lastAttributed: { ...this.requireData().lastAttributed, [key]: text } };
      return this.view();
    }
    const row = rowNumberOf(this.requireData().rowOrder, key);
    this.log([correctionEntry(key, before, text, row, this.stamp(profile))], profile);
    this.data = { ...this.requireData(), lastAttributed: { ...this.requireData().lastAttributed, [key]: text } };
    return this.view();
  }

  async amend(key: string, addition: string, profile: Profile): Promise<FormView> {
    this.record("amend", [key, addition, profile]);
    if (!this.requireData().agreed) throw new WordLayerError("invalid", { code: "amendBeforeAgreed" });
    const before = this.attributed(key);
    const line = formatStamp(profile, amsterdamDay(this.now), addition);
    const after = amendedText(key, before, line);
    const problem = boxTextProblem(key, after);
    if (problem) throw new WordLayerError("invalid", { code: "worded", text: problem });
    this.boxTexts[key] = after;
    this.log([amendmentEntry(key, before, after, line, rowNumberOf(this.requireData().rowOrder, key))], profile);
    this.data = { ...this.requireData(), lastAttributed: { ...this.requireData().lastAttributed, [key]: after } };
    return this.view();
  }

  async agree(day: string, profile: Profile, note?: AgreementNote): Promise<FormView> {
    this.record("agree", note ? [day, profile, note] : [day, profile]);
    if (this.requireData().agreed) throw new WordLayerError("invalid", { code: "alreadyAgreed" });
    this.log([{ kind: "agreed", description: agreementDescription(day, note) }], profile);
    this.data = {
      ...this.requireData(),
      agreed: { day, initials: profile.initials, organisation: profile.organisation },
    };
    return this.view();
  }

  async addRow(fieldId: string, profile: Profile): Promise<FormView> {
    this.record("addRow", [fieldId, profile]);
    const data = this.requireData();
    const rows = rowsField(fieldId);
    if (!rows) throw new WordLayerError("notFound");
    const keys = data.rowOrder[fieldId] ?? [];
    const rowKey = newRowKey(this.random, keys);
    for (const key of rowBoxKeys(fieldId, rowKey, rows.columns)) this.boxTexts[key] = "";
    this.data = withRowsAdded(data, fieldId, [rowKey], rows.columns);
    if (!data.agreed) {
      this.logSession([rowPath(fieldId, rowKey)], profile);
      return this.view();
    }
    this.log([rowAddedEntry(fieldId, keys.length + 1, this.stamp(profile))], profile);
    return this.view();
  }

  async removeRow(fieldId: string, rowKey: string, profile: Profile): Promise<FormView> {
    this.record("removeRow", [fieldId, rowKey, profile]);
    const data = this.requireData();
    const rows = rowsField(fieldId);
    const keys = data.rowOrder[fieldId] ?? [];
    if (!rows || !keys.includes(rowKey)) throw new WordLayerError("notFound");
    if (keys.length <= 1) throw new WordLayerError("invalid", { code: "lastRow" });
    const cellKeys = rowBoxKeys(fieldId, rowKey, rows.columns);
    cellKeys.forEach((k) => this.attributed(k));
    const before = rowText(this.boxTexts, fieldId, rowKey, rows.columns);
    cellKeys.forEach((k) => delete this.boxTexts[k]);
    this.data = withRowsRemoved(data, fieldId, [rowKey], rows.columns);
    this.log([rowRemovedEntry(fieldId, keys.indexOf(rowKey) + 1, before)], profile);
    return this.view();
  }

  /** Like the Word layer: checks the document still holds the texts, then logs each edit with its real author. */
  async attributeOutsideEdits(edits: readonly AttributedOutsideEdit[], profile: Profile): Promise<FormView> {
    this.record("attributeOutsideEdits", [edits, profile]);
    if (edits.length === 0) return this.view();
    const data = this.requireData();
    if (edits.some((e) => this.boxTexts[e.key] !== e.after || (data.lastAttributed[e.key] ?? "") !== e.before))
      throw new WordLayerError("invalid", { code: "changedMeanwhile" });
    const check = stampCheckOf(data, this.boxTexts, amsterdamDay(this.now));
    let inputs;
    try {
      inputs = edits.map((e) => outsideEditEntry(e, e.author, signerOf(profile), check, stepOfBox(e.key)));
    } catch (error) {
      throw new WordLayerError("invalid", error instanceof Error ? { code: "worded", text: error.message } : undefined);
    }
    const logged = withAuthoredEntries(data, inputs, this.who(profile), this.nextVersionId(data)).data;
    const attributed = { ...logged.lastAttributed };
    edits.forEach((e) => (attributed[e.key] = e.after));
    this.data = { ...logged, lastAttributed: attributed };
    return this.view();
  }

  async repair(profile: Profile, logSide?: LogSide): Promise<FormView> {
    this.record("repair", logSide ? [profile, logSide] : [profile]);
    if (this.problems.some((p) => p.sides) && !logSide)
      throw new WordLayerError("invalid", { code: "repair", refusal: "chooseLogSide" });
    this.problems = this.problems.filter((p) => !p.repairable);
    if (this.stripped && this.data) this.boxTexts = { ...this.data.lastAttributed };
    this.stripped = false;
    return this.view();
  }

  /** Applies the domain's merge plan to the box texts (rows, boxes, entries); the Word layer's own test covers the
   * document. */
  async mergeCopy(
    there: CopyState,
    choices: Record<string, MergeChoice>,
    profile: Profile,
    source?: CopySource,
  ): Promise<FormView> {
    this.record("mergeCopy", source ? [there, choices, profile, source] : [there, choices, profile]);
    const data = this.requireData();
    const plan = planMerge({ data, boxTexts: this.boxTexts }, there, choices);
    if (!plan.complete)
      throw new WordLayerError("invalid", { code: "worded", text: "Kies eerst per vak welke tekst blijft." });
    const records = mergeEntries(plan, profile, this.now, this.random);
    this.boxTexts = applyPlanToTexts(this.boxTexts, plan);
    for (const [f, rows] of Object.entries(plan.newRowKeys)) {
      for (const r of rows)
        for (const c of findField(f)?.field.columns ?? []) this.boxTexts[`${f}.${r}.${c.id}`] ??= "";
    }
    this.data = {
      ...data,
      changeLog: [...data.changeLog, ...plan.entriesToAdd, ...records],
      lastAttributed: { ...this.boxTexts },
      rowOrder: plan.rowOrder,
    };
    return this.view();
  }

  async selectBox(key: string): Promise<void> {
    this.record("selectBox", [key]);
  }

  async saveWithName(fileNameWithoutExtension: string): Promise<SaveOutcome> {
    this.record("saveWithName", [fileNameWithoutExtension]);
    return this.saveOutcome.status === "saved"
      ? { status: "saved", fileName: this.saveOutcome.fileName || fileNameWithoutExtension }
      : this.saveOutcome;
  }

  async hiddenData(): Promise<HiddenData> {
    this.record("hiddenData", []);
    return describeHiddenData({
      dataPartXml: this.data ? [serializeDataPart(this.data)] : [],
      data: this.data,
      archive: this.archive,
      quarantine: this.quarantine,
    });
  }

  async removeQuarantined(id: string, profile: Profile): Promise<FormView> {
    this.record("removeQuarantined", [id, profile]);
    const found = this.quarantine.find((q) => q.id === id);
    if (!found) throw new WordLayerError("notFound", { code: "quarantineGone" });
    this.quarantine = this.quarantine.filter((q) => q !== found);
    this.log([quarantineRemovedEntry(found)], profile);
    return this.view();
  }

  async getCopy(): Promise<Uint8Array | null> {
    this.record("getCopy", []);
    return this.copy;
  }

  onDocumentChanged(callback: () => void): () => void {
    this.calls.push({ method: "onDocumentChanged", args: [] });
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }
}
