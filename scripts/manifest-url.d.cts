// Types for manifest-url.cjs, so TypeScript tests can import it.
export declare const DEV_URL: string;
export declare function normaliseBaseUrl(raw: unknown): string;
export declare function rewriteManifest(xml: string, rawBaseUrl: unknown): string;
export declare const MISSING_BASE_URL: string;
export declare function manifestBaseUrl(options: {
  production: boolean;
  baseUrl?: unknown;
  localhost?: unknown;
  env?: Record<string, string | undefined>;
}): string | null;
