// Types for third-party-notices.cjs, so TypeScript tests can import it.
export declare const NOTICES: string;
export declare function noticesFor(files: string[], root?: string): string;
export declare function packageRoot(file: string): string | null;
export declare class ThirdPartyNoticesPlugin {
  apply(compiler: unknown): void;
}
