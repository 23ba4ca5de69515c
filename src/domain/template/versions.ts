// The registry of handreiking versions the add-in knows: every version a document may have been
// made in, oldest first, and for each earlier version the mapping onto the next. A document of
// version x is upgraded by chaining the mappings from x to the current version (upgrade.ts).
//
// Adding a version (see docs/handreiking-aanpassen.md): write its definition as changes
// to the previous one (like handreiking-1-1.ts), its mapping, add both below; checkRegistry (run by
// test/domain/versions.test.ts) refuses a mapping that does not fit its two definitions.
import { handreikingTemplate } from "./handreiking";
import { handreikingTemplate11, MAPPING_1_0_TO_1_1 } from "./handreiking-1-1";
import { loadTemplate } from "./load";
import type { VersionMapping } from "./mapping";
import type { TemplateDef } from "./schema";

export type { FieldChange, VersionMapping } from "./mapping";

/**
 * The version the add-in ships as its current template. It stays 1.0 until the region adopts 1.1:
 * 1.1 is registered (documents of 1.1 can be read and tested) but new documents start on 1.0.
 */
export const SHIPPED_VERSION = "1.0";

/** Every known version, oldest first. */
export const TEMPLATE_VERSIONS: readonly TemplateDef[] = [
  loadTemplate(handreikingTemplate),
  loadTemplate(handreikingTemplate11),
];

/** For each version but the newest: how it maps onto the next. */
export const VERSION_MAPPINGS: readonly VersionMapping[] = [MAPPING_1_0_TO_1_1];

/** "1.10" after "1.9"; missing parts count as 0 ("1.1" = "1.1.0"). Negative when a is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function findTemplateVersion(
  version: string,
  registry: readonly TemplateDef[] = TEMPLATE_VERSIONS,
): TemplateDef | undefined {
  return registry.find((t) => compareVersions(t.version, version) === 0);
}

/** The registered definition of `version`; throws for a version the add-in does not know. */
export function templateOfVersion(version: string, registry: readonly TemplateDef[] = TEMPLATE_VERSIONS): TemplateDef {
  const template = findTemplateVersion(version, registry);
  if (!template) throw new Error(`Onbekende versie van de handreiking: ${version}.`);
  return template;
}
