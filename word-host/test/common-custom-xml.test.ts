// Office.context.document.customXmlParts (Common API, set CustomXmlParts 1.1): the same parts the
// Word API sees, saved in the package, per profile; a host can be made without the set.
import { createWordHost, type WordHost } from "../index";

const call = <T>(
  start: (cb: (r: { status: string; value: T; error?: { message: string } }) => void) => void,
): Promise<T> =>
  new Promise((resolve, reject) =>
    start((r) => (r.status === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message)))),
  );

interface Part {
  id: string;
  getXmlAsync(cb: (r: { status: string; value: string }) => void): void;
  deleteAsync(cb: (r: { status: string; value: void }) => void): void;
}
interface Parts {
  addAsync(xml: string, cb: (r: { status: string; value: Part }) => void): void;
  getByIdAsync(id: string, cb: (r: { status: string; value: Part | null }) => void): void;
  getByNamespaceAsync(ns: string, cb: (r: { status: string; value: Part[] }) => void): void;
}
const partsOf = (host: WordHost) =>
  (host.Office.context.document as unknown as { customXmlParts?: Parts }).customXmlParts;

test("Word 2019 adds a part through the Common API; a saved file shows it to the Word API of 365", async () => {
  const old = await createWordHost({ profile: "office2019" });
  const parts = partsOf(old)!;
  const added = await call<Part>((cb) => parts.addAsync('<d xmlns="urn:x">1</d>', cb));
  expect(added.id).toMatch(/^\{[0-9A-F-]{36}\}$/);
  expect(await call<string>((cb) => added.getXmlAsync(cb))).toBe('<d xmlns="urn:x">1</d>');
  expect((await call<Part[]>((cb) => parts.getByNamespaceAsync("urn:x", cb))).map((p) => p.id)).toEqual([added.id]);

  const desktop = await createWordHost({ profile: "desktop", docx: await old.saveDocx() });
  desktop.install();
  try {
    const seen = await Word.run(async (ctx) => {
      const inNs = ctx.document.customXmlParts.getByNamespace("urn:x");
      inNs.load("items/id");
      await ctx.sync();
      return inNs.items.map((p) => p.id);
    });
    expect(seen).toEqual([added.id]);
  } finally {
    desktop.uninstall();
  }
});

test("deleteAsync removes the part; getByIdAsync then answers null; invalid XML is refused", async () => {
  const host = await createWordHost({ profile: "office2019" });
  const parts = partsOf(host)!;
  const added = await call<Part>((cb) => parts.addAsync('<d xmlns="urn:x"/>', cb));
  await call<void>((cb) => added.deleteAsync(cb));
  expect(await call<Part | null>((cb) => parts.getByIdAsync(added.id, cb))).toBeNull();
  await expect(call<Part>((cb) => parts.addAsync("<d", cb))).rejects.toThrow();
});

test("failCommonCall makes the next call of that method fail and change nothing", async () => {
  const host = await createWordHost({ profile: "office2019" });
  host.failCommonCall("addAsync");
  await expect(call<Part>((cb) => partsOf(host)!.addAsync('<d xmlns="urn:x"/>', cb))).rejects.toThrow();
  expect(host.engine.pkg.customParts).toEqual([]);
  await call<Part>((cb) => partsOf(host)!.addAsync('<d xmlns="urn:x"/>', cb));
  expect(host.engine.pkg.customParts).toHaveLength(1);
});

test("a host without the CustomXmlParts set has no Common API parts and says so", async () => {
  const host = await createWordHost({ profile: "office2019", withoutSets: ["CustomXmlParts"] });
  expect(partsOf(host)).toBeUndefined();
  expect(host.Office.context.requirements.isSetSupported("CustomXmlParts", "1.1")).toBe(false);
  expect(
    (await createWordHost({ profile: "office2019" })).Office.context.requirements.isSetSupported(
      "CustomXmlParts",
      "1.1",
    ),
  ).toBe(true);
});
