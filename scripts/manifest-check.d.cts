// Types for manifest-check.cjs, so TypeScript tests can import it.
import type { ManifestInfo } from "office-addin-manifest";

export interface ManifestValidation {
  valid: boolean;
  errors: string[];
}
export interface ValidateOptions {
  fileName?: string;
  schemaDir?: string;
}
export declare const REPO_ROOT: string;
export declare const DEFAULT_MANIFEST: string;
export declare const MAIN_SCHEMA: string;
export declare const IMPORTED_SCHEMAS: string[];
export declare function findSchemaDir(env?: Record<string, string | undefined>): string;
export declare function loadSchemas(schemaDir?: string): {
  schema: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
};
export declare function validateManifestXml(xml: string, options?: ValidateOptions): Promise<ManifestValidation>;
export declare function validateManifestFile(
  manifestPath?: string,
  options?: ValidateOptions,
): Promise<ManifestValidation>;
export declare function readManifestInfo(manifestPath?: string): Promise<ManifestInfo>;
