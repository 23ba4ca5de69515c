// Shared by the growth test and the bench: no other imports, so plain Node can load it too.
/** Every custom XML part in the document with its namespace and size in bytes (UTF-8). */
export async function partSizes(): Promise<{ namespace: string; bytes: number }[]> {
  return Word.run(async (ctx) => {
    const parts = ctx.document.customXmlParts;
    parts.load("items/namespaceUri");
    await ctx.sync();
    const xml = parts.items.map((p) => ({ namespace: p.namespaceUri, xml: p.getXml() }));
    await ctx.sync();
    return xml.map((x) => ({ namespace: x.namespace, bytes: new TextEncoder().encode(x.xml.value).length }));
  });
}
