// Types for build-info.cjs, so TypeScript tests can import it.
export interface BuildInfo {
  version: string;
  supportContact: string;
  trustAnchors?: Array<{ organisation: string; publicKey: string }>;
}
export declare const DEFAULT_CONTACT: string;
export declare const MAX_CONTACT: number;
export declare function supportContact(raw: unknown): string;
export declare function trustAnchors(path: string | undefined): Array<{ organisation: string; publicKey: string }>;
export declare function buildInfo(env?: Record<string, string | undefined>): BuildInfo;
export declare function fillSupportPage(html: string, info: BuildInfo): string;
