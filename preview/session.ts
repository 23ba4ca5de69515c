// One preview session: a Word host emulator holding the bundled plain handreiking, installed as
// the page's Word / Office / OfficeExtension globals, and the real FormGateway on top of it.
// Switching the platform profile or starting again makes a new session.
import templateDataUrl from "../assets/handreiking-regie.docx";
import { createWordHost, type ProfileName, type WordHost } from "word-host";
import type { FormGateway } from "../src/word/gateway";
import { createOfficeGateway } from "../src/word/office-gateway";
import { loadTemplateBase64 } from "../src/word/template-asset";

export type { ProfileName } from "word-host";

export interface Session {
  /** Increases with every new session (the pane is re-mounted with it as key). */
  id: number;
  profile: ProfileName;
  host: WordHost;
  gateway: FormGateway;
}

export const PROFILE_OPTIONS: ReadonlyArray<{ value: ProfileName; label: string }> = [
  { value: "desktop", label: "Word voor Windows of Mac (Microsoft 365)" },
  { value: "web", label: "Word op het web" },
  { value: "office2019", label: "Word 2019 (oudere versie)" },
];

export const START_PROFILE: ProfileName = "desktop";

export function isProfileName(value: string): value is ProfileName {
  return PROFILE_OPTIONS.some((o) => o.value === value);
}

/** The plain handreiking as bundled by webpack (a data URL), as bytes. */
export function templateBytes(): Uint8Array {
  const comma = templateDataUrl.indexOf(",");
  const binary = atob(templateDataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let sessions = 0;

/** Starts a session from the plain handreiking (or a .docx the user opened); uninstalls the previous one's globals
 * first. */
export async function startSession(
  profile: ProfileName,
  previous: Session | null,
  docx: Uint8Array = templateBytes(),
): Promise<Session> {
  previous?.host.uninstall();
  const host = await createWordHost({ profile, docx });
  host.install(window as unknown as Record<string, unknown>);
  // After install: the gateway reads the requirement sets from the global Office once.
  const gateway = createOfficeGateway({ loadTemplateBase64 });
  sessions += 1;
  return { id: sessions, profile, host, gateway };
}
