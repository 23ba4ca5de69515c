// Word.CustomXmlPart(Collection) (WordApi 1.4) and Word.Setting(Collection) (WordApi 1.4).
// https://learn.microsoft.com/javascript/api/word/word.customxmlpart
// https://learn.microsoft.com/javascript/api/word/word.settingcollection
import { ClientObject, ClientCollection, ClientResult, RequestContext, defineScalars } from "./core";
import { Errors } from "./errors";
import { parseXml } from "./ooxml";
import { CustomPart, newGuid } from "./package";
import type { Engine } from "./engine";

/**
 * Word on the web refuses custom XML parts larger than 1 MB (OfficeDev/office-js#2408, closed "by design":
 * "unable to add any custom XML part where the XML String is larger than precisely 1MB", while desktop
 * accepted > 7 MB). Modelled as UTF-8 bytes > 1,048,576 failing with GeneralException at sync.
 */
export const WEB_CUSTOM_XML_LIMIT_BYTES = 1024 * 1024;

export function checkXml(engine: Engine, xml: string, where: string): void {
  if (typeof xml !== "string") throw Errors.invalidArgument("xml", where);
  try {
    parseXml(xml);
  } catch {
    throw Errors.invalidArgument("xml", where);
  }
  if (engine.profile.name === "web") {
    const bytes = new TextEncoder().encode(xml).length;
    if (bytes > WEB_CUSTOM_XML_LIMIT_BYTES)
      throw Errors.general(
        `Custom XML part of ${bytes} bytes exceeds the ~1 MB limit of Word on the web (OfficeDev/office-js#2408).`,
        where,
      );
  }
}

export function namespaceOf(xml: string): string {
  try {
    return parseXml(xml).documentElement.namespaceURI ?? "";
  } catch {
    return "";
  }
}

export class CustomXmlPart extends ClientObject {
  declare id: string;
  declare namespaceUri: string;
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "CustomXmlPart", path, resolver, nullable);
  }
  getXml(): ClientResult<string> {
    return this._result("getXml", (p: CustomPart) => p.xml);
  }
  setXml(xml: string): void {
    this._queue("setXml", () => {
      const p = this._t<CustomPart>();
      checkXml(this._engine, xml, "CustomXmlPart.setXml");
      p.xml = xml;
    });
  }
  delete(): void {
    this._queue("delete", () => {
      const p = this._t<CustomPart>();
      this._engine.pkg.customParts = this._engine.pkg.customParts.filter((x) => x !== p);
    });
  }
}
/** A part's namespace, parsed once per XML text: Word keeps it with the part; re-parsing large parts on every listing
 * made the emulator's reads grow with them. */
const namespaces = new WeakMap<CustomPart, { xml: string; namespaceUri: string }>();
export function partNamespace(p: CustomPart): string {
  const known = namespaces.get(p);
  if (known && known.xml === p.xml) return known.namespaceUri;
  const namespaceUri = namespaceOf(p.xml);
  namespaces.set(p, { xml: p.xml, namespaceUri });
  return namespaceUri;
}

defineScalars(CustomXmlPart, {
  id: { get: (_s, p: CustomPart) => p.id },
  namespaceUri: { get: (_s, p: CustomPart) => partNamespace(p) },
});

abstract class PartsBase extends ClientCollection<CustomXmlPart> {
  _makeItem(_t: unknown, i: number): CustomXmlPart {
    return new CustomXmlPart(this.context, `${this._path}.items[${i}]`, () => null);
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", () => this._list().length);
  }
  private _byId(member: string, id: string, nullable: boolean): CustomXmlPart {
    this._checkUsable();
    return this._child(
      member,
      new CustomXmlPart(
        this.context,
        `${this._path}.${member}()`,
        () => {
          const found = (this._list() as CustomPart[]).find((p) => p.id.toLowerCase() === String(id).toLowerCase());
          if (!found) {
            if (nullable) return null;
            throw Errors.itemNotFound(`${this._className}.${member}`);
          }
          return found;
        },
        nullable,
      ),
    );
  }
  getItem(id: string): CustomXmlPart {
    return this._byId("getItem", id, false);
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return this._byId("getItemOrNullObject", id, true);
  }
}

export class CustomXmlPartScopedCollection extends PartsBase {
  constructor(ctx: RequestContext, path: string, list: () => CustomPart[]) {
    super(ctx, "CustomXmlPartScopedCollection", path, list);
  }
  getOnlyItem(): CustomXmlPart {
    return this._pick("getOnlyItem", false, (l) => {
      if (l.length !== 1) throw Errors.invalidArgument("collection", "CustomXmlPartScopedCollection.getOnlyItem");
      return l[0];
    });
  }
  getOnlyItemOrNullObject(): CustomXmlPart {
    return this._pick("getOnlyItemOrNullObject", true, (l) => (l.length === 1 ? l[0] : null));
  }
}

export class CustomXmlPartCollection extends PartsBase {
  constructor(ctx: RequestContext, path: string) {
    super(ctx, "CustomXmlPartCollection", path, () => ctx._engine.pkg.customParts.slice());
  }
  add(xml: string): CustomXmlPart {
    return this._create("add", new CustomXmlPart(this.context, `${this._path}.add()`, () => null), () => {
      checkXml(this._engine, xml, "CustomXmlPartCollection.add");
      const part: CustomPart = { id: newGuid(), xml };
      this._engine.pkg.customParts.push(part);
      return part;
    });
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    this._checkUsable();
    return this._child(
      "getByNamespace",
      new CustomXmlPartScopedCollection(this.context, `${this._path}.getByNamespace()`, () =>
        (this._list() as CustomPart[]).filter((p) => partNamespace(p) === namespaceUri),
      ),
    );
  }
}

// ------------------------------------------------------------------ Word.SettingCollection

export class Setting extends ClientObject {
  declare key: string;
  declare value: unknown;
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "Setting", path, resolver, nullable);
  }
  delete(): void {
    this._queue("delete", () => {
      delete this._engine.pkg.wordSettings[this._t<{ key: string }>().key];
    });
  }
}
defineScalars(Setting, {
  key: { get: (_s, t: { key: string }) => t.key },
  value: {
    get: (s: Setting, t: { key: string }) => s._engine.pkg.wordSettings[t.key],
    set: (s: Setting, t: { key: string }, v: unknown) => {
      s._engine.pkg.wordSettings[t.key] = JSON.parse(JSON.stringify(v ?? null));
    },
  },
});

export class SettingCollection extends ClientCollection<Setting> {
  constructor(ctx: RequestContext, path: string) {
    super(ctx, "SettingCollection", path, () => Object.keys(ctx._engine.pkg.wordSettings).map((key) => ({ key })));
  }
  _makeItem(_t: unknown, i: number): Setting {
    return new Setting(this.context, `${this._path}.items[${i}]`, () => null);
  }
  add(key: string, value: unknown): Setting {
    return this._create("add", new Setting(this.context, `${this._path}.add()`, () => null), () => {
      if (!key) throw Errors.invalidArgument("key", "SettingCollection.add");
      this._engine.pkg.wordSettings[key] = JSON.parse(JSON.stringify(value ?? null));
      return { key };
    });
  }
  deleteAll(): void {
    this._queue("deleteAll", () => {
      this._engine.pkg.wordSettings = {};
    });
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", () => Object.keys(this._engine.pkg.wordSettings).length);
  }
  private _byKey(member: string, key: string, nullable: boolean): Setting {
    this._checkUsable();
    return this._child(
      member,
      new Setting(
        this.context,
        `${this._path}.${member}()`,
        () => {
          if (!(key in this._engine.pkg.wordSettings)) {
            if (nullable) return null;
            throw Errors.itemNotFound(`SettingCollection.${member}`);
          }
          return { key };
        },
        nullable,
      ),
    );
  }
  getItem(key: string): Setting {
    return this._byKey("getItem", key, false);
  }
  getItemOrNullObject(key: string): Setting {
    return this._byKey("getItemOrNullObject", key, true);
  }
}
