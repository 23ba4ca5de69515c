// Runs one Word file other people made through every entry point of the pane on the emulator:
// open the pane in it, convert, "Nieuwe handreiking", the hidden-data check, pick it as the other
// copy, make the research copy of it, a new handreiking after its content (when it holds any) and
// the check before sending on the form that makes. Collects every message a user would read and the body
// before and after, for test/foreign/every-entry-point*.test.ts.
import { wordErrorText } from "../../src/domain/text/errors";
import { WordLayerError } from "../../src/word/errors";
import { createWordHost } from "word-host";
import { OpenError } from "word-host";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { readCopy } from "../../src/document/read-data-part";
import { loadTemplateBase64 } from "../../src/word/template-asset";
import { createOfficeGateway } from "../../src/word/office-gateway";
import { checkReadiness, expectedFileName, type Profile, type ReadinessItem } from "../../src/domain";
import type { FormView } from "../../src/word/gateway";
import { changesBeyondAppend } from "./package-kept";

export const PROFILE: Profile = { initials: "PH", organisation: "Ambiq", name: "Petra Hof" };

export interface EntryPointRun {
  /** The emulator refused the file (a Dutch OpenError), or null. */
  openRefused: string | null;
  /** What the pane called the document. */
  kind: string | null;
  /** Dutch messages shown, per entry point. */
  messages: { entry: string; text: string }[];
  /** Thrown where nothing should throw (not a Dutch refusal). */
  crashes: string[];
  /** The body (as Body.getOoxml gives it) before anything, after a refused entry point, and at the end. */
  bodyBefore: string | null;
  bodyAfterRefusals: string | null;
  madeForm: boolean;
  /** "Nieuwe handreiking" after the content of a document that holds some (null: not tried, the body is empty). */
  appended: {
    kind: string;
    problems: string[];
    /** What of the file before is lost or changed (package-kept.ts): must be []. */
    lost: string[];
    /** The check before sending on the new form: its items, and the file name (or why there is none). */
    readiness: ReadinessItem[];
    fileName: string;
  } | null;
}

/** The check before sending as the pane shows it (SendPanel): the file name and the checklist. */
function checkBeforeSending(view: FormView): { readiness: ReadinessItem[]; fileName: string } {
  const name = expectedFileName(view.values, view.data?.changeLog ?? []);
  return {
    readiness: view.data ? checkReadiness({ values: view.values, boxTexts: view.boxTexts, data: view.data }) : [],
    fileName: name.ok ? name.name : name.error,
  };
}

async function bodyOoxml(): Promise<string> {
  return Word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    return ooxml.value;
  });
}

// A refusal of the Word layer carries codes; the user reads it worded, as the pane words it.
const messageOf = (error: unknown) =>
  error instanceof WordLayerError
    ? wordErrorText(error.kind, error.refusal)
    : error instanceof Error
      ? error.message
      : String(error);

export async function runEveryEntryPoint(bytes: Uint8Array): Promise<EntryPointRun> {
  const run: EntryPointRun = {
    openRefused: null,
    kind: null,
    messages: [],
    crashes: [],
    bodyBefore: null,
    bodyAfterRefusals: null,
    madeForm: false,
    appended: null,
  };
  const say = (entry: string, text: string) => run.messages.push({ entry, text });

  // picking it as the other copy, and the research copy: from the bytes
  const copy = await readCopy(bytes);
  if (!copy.ok) say("andere kopie", copy.error);
  try {
    await anonymiseCopy(bytes, { code: "J01" });
  } catch (error) {
    say("onderzoekskopie", messageOf(error));
  }

  let host;
  try {
    host = await createWordHost({ profile: "desktop", docx: bytes });
  } catch (error) {
    if (error instanceof OpenError) run.openRefused = error.message;
    else run.crashes.push(`openen: ${messageOf(error)}`);
    return run;
  }
  host.install(globalThis as unknown as Record<string, unknown>);
  try {
    const gateway = createOfficeGateway({ loadTemplateBase64, now: () => new Date("2020-09-02T08:00:00Z") });
    run.bodyBefore = await bodyOoxml();
    const view = await gateway.open();
    run.kind = view.kind;
    view.reduced.forEach((t) => say("openen", t));
    view.problems.forEach((p) => say("openen (probleem)", p.message));
    try {
      const hidden = await gateway.hiddenData();
      if (hidden.logEntries > 0 || hidden.quarantine.length > 0) say("verborgen gegevens", JSON.stringify(hidden));
    } catch (error) {
      run.crashes.push(`verborgen gegevens: ${messageOf(error)}`);
    }
    if (view.kind !== "plain") {
      await gateway.convert(PROFILE).then(
        () => run.crashes.push("omzetten: een document dat geen handreiking is, werd omgezet"),
        (error: unknown) => say("omzetten", messageOf(error)),
      );
    }
    if (view.kind !== "empty") {
      await gateway.newDocument(PROFILE).then(
        () => run.crashes.push("nieuwe handreiking: over een document met inhoud geschreven"),
        (error: unknown) => say("nieuwe handreiking", messageOf(error)),
      );
    }
    run.bodyAfterRefusals = await bodyOoxml();
    if (view.kind === "empty") {
      run.madeForm = (await gateway.newDocument(PROFILE)).kind === "form";
    } else if (view.kind === "other") {
      const saved = await host.saveDocx();
      try {
        const made = await gateway.newDocument(PROFILE, "afterContent");
        const check = checkBeforeSending(made);
        check.readiness.forEach((item) => [item.label, ...item.details].forEach((t) => say("controle", t)));
        say("controle", check.fileName);
        run.appended = {
          kind: made.kind,
          problems: made.problems.map((p) => p.message),
          lost: await changesBeyondAppend(saved, await host.saveDocx()),
          ...check,
        };
      } catch (error) {
        say("toevoegen na inhoud", messageOf(error));
        run.appended = {
          kind: "refused",
          problems: [],
          lost: await changesBeyondAppend(saved, await host.saveDocx()),
          readiness: [],
          fileName: "",
        };
      }
    }
  } catch (error) {
    run.crashes.push(messageOf(error));
  } finally {
    host.uninstall();
  }
  return run;
}

/** Words that give an English sentence away (none of them is Dutch). */
const ENGLISH =
  /\b(the|and|not|error|cannot|failed|undefined|null|invalid|missing|property|exception|unexpected|reading|file|please|could|should)\b/i;

/** Whether a message reads as English or as a programmer's error rather than a Dutch sentence. */
export function looksEnglish(text: string): boolean {
  return ENGLISH.test(text) || /TypeError|RangeError|\w+Error:/.test(text);
}
