import { createWordHost, OfficeExtensionError } from "../index";
import { makeDocx } from "../fixtures";

async function host(paragraphs = ["Eerste", "Tweede"]) {
  return createWordHost({ profile: "desktop", docx: await makeDocx({ paragraphs }) });
}

describe("request context: load / sync discipline", () => {
  test("reading an unloaded scalar throws PropertyNotLoaded with Office.js' message", async () => {
    const h = await host();
    await h.Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      let err: unknown;
      try {
        void p.text;
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(OfficeExtensionError);
      expect((err as OfficeExtensionError).code).toBe("PropertyNotLoaded");
      expect((err as OfficeExtensionError).message).toBe(
        `The property 'text' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      await ctx.sync();
    });
  });

  test("loaded values are visible only after sync; load() without sync still throws", async () => {
    const h = await host();
    await h.Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.load("text");
      expect(() => p.text).toThrow(/not available/);
      await ctx.sync();
      expect(p.text).toBe("Eerste");
    });
  });

  test("load syntaxes: string list, array, select object, navigation paths", async () => {
    const h = await host(["a", "b", "c"]);
    await h.Word.run(async (ctx) => {
      const body = ctx.document.body;
      const paras = body.paragraphs.load("items/text");
      const arr = body.paragraphs.getFirst().load(["text", "style"]);
      const sel = body.paragraphs.getLast().load({ select: "text,tableNestingLevel" });
      const doc = ctx.document.load("body/text");
      await ctx.sync();
      expect(paras.items.map((p: any) => p.text)).toEqual(["a", "b", "c"]);
      expect(arr.style).toBe("Normal");
      expect(sel.tableNestingLevel).toBe(0);
      expect(doc.body.text).toBe("a\rb\rc");
      expect(() => paras.items[0].style).toThrow(/not available/);
    });
  });

  test("unknown property in load fails the sync with InvalidArgument", async () => {
    const h = await host();
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.body.load("txet");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("writes are queued and applied in order at sync; reads see earlier writes of the same batch", async () => {
    const h = await host(["x"]);
    await h.Word.run(async (ctx) => {
      const body = ctx.document.body;
      body.insertParagraph("1", "End");
      const before = body.load("text");
      body.insertParagraph("2", "End");
      const p = body.paragraphs.getLast();
      p.insertText("!", "End");
      p.load("text");
      expect(h.engine.pkg.body.textContent).not.toContain("1");
      await ctx.sync();
      expect(before.text).toBe("x\r1");
      expect(p.text).toBe("2!");
    });
  });

  test("setting a property keeps the local value readable and queues the write", async () => {
    const h = await host(["x"]);
    await h.Word.run(async (ctx) => {
      const cc = ctx.document.body.paragraphs.getFirst().insertContentControl();
      cc.tag = "t1";
      expect(cc.tag).toBe("t1");
      await ctx.sync();
    });
    expect(h.documentXml()).toContain('w:tag w:val="t1"');
  });

  test("ClientResult.value throws ValueNotLoaded until synced", async () => {
    const h = await host();
    await h.Word.run(async (ctx) => {
      const count = ctx.document.customXmlParts.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(count.value).toBe(0);
    });
  });

  test("syncCount counts round trips: syncs with queued work, not empty ones (Word.run's final sync included), and can be reset", async () => {
    const h = await host();
    h.syncCount = 0;
    await h.Word.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(h.syncCount).toBe(0);
    await h.Word.run(async (ctx) => {
      ctx.document.body.load("text");
      await ctx.sync();
      ctx.document.body.insertParagraph("x", "End");
    });
    expect(h.syncCount).toBe(2); // the load, then the insert applied by Word.run's final sync
    h.syncCount = 0;
    expect(h.syncCount).toBe(0);
  });

  test("Word.run applies queued writes even without an explicit sync (final sync)", async () => {
    const h = await host(["x"]);
    await h.Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("late", "End");
    });
    await h.Word.run(async (ctx) => {
      const b = ctx.document.body.load("text");
      await ctx.sync();
      expect(b.text).toBe("x\rlate");
    });
  });

  test("batch must return a promise (RunMustReturnPromise)", async () => {
    const h = await host();
    await expect(h.Word.run((() => undefined) as any)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  test("*OrNullObject: isNullObject readable after sync; getFirst on empty collection fails with ItemNotFound", async () => {
    const h = await host(["x"]);
    await h.Word.run(async (ctx) => {
      const none = ctx.document.contentControls.getFirstOrNullObject();
      expect(() => none.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      none.load("id");
      const parent = ctx.document.body.paragraphs.getFirst().parentContentControlOrNullObject;
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(none.id).toBeUndefined();
      parent.load("id");
      await ctx.sync();
      expect(parent.isNullObject).toBe(true);
    });
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.contentControls.getFirst().load("id");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a proxy used after its Word.run ended (untracked) throws InvalidObjectPath; tracked objects keep working", async () => {
    const h = await host(["x"]);
    let leaked: any;
    let tracked: any;
    await h.Word.run(async (ctx) => {
      leaked = ctx.document.body.paragraphs.getFirst();
      tracked = ctx.document.body.paragraphs.getFirst();
      ctx.trackedObjects.add(tracked);
      await ctx.sync();
    });
    await h.Word.run(async (ctx) => {
      expect(() => leaked.insertText("no", "End")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
      expect(() => leaked.load("text")).toThrow(/isn't working for what you're trying to do/);
      await ctx.sync();
    });
    await h.Word.run(tracked, async (ctx: any) => {
      tracked.insertText(" ok", "End");
      tracked.load("text");
      await ctx.sync();
      expect(tracked.text).toBe("x ok");
    });
  });

  test("Word.run with objects from different contexts rejects with InvalidRequestContext", async () => {
    const h = await host();
    let a: any;
    let b: any;
    await h.Word.run(async (ctx) => {
      a = ctx.document.body.track();
      await ctx.sync();
    });
    await h.Word.run(async (ctx) => {
      b = ctx.document.body.track();
      await ctx.sync();
    });
    await expect(h.Word.run([a, b], async () => undefined)).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });

  test("a failing action rejects sync, stops the batch (later writes not applied), earlier writes stay", async () => {
    const h = await host(["x"]);
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.body.insertParagraph("before", "End");
        ctx.document.contentControls.getById(12345).insertText("boom", "Replace");
        ctx.document.body.insertParagraph("after", "End");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: expect.objectContaining({ errorLocation: expect.any(String) }),
    });
    const xml = h.documentXml();
    expect(xml).toContain("before");
    expect(xml).not.toContain("after");
  });
});

test("members that the real class lacks are not invented (ContentControlCollection has no getLast)", async () => {
  const h = await host();
  await h.Word.run(async (ctx) => {
    expect(() => (ctx.document.contentControls as any).getLast()).toThrow(TypeError);
    ctx.document.body.paragraphs.getLast().load("text");
    await ctx.sync();
  });
});

describe("fault injection", () => {
  test("failSyncAt(n): that sync rejects, nothing of its batch is applied, later syncs work", async () => {
    const h = await host(["x"]);
    h.failSyncAt(2, new OfficeExtensionError("GeneralException", "network"));
    await h.Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("one", "End");
      await ctx.sync(); // 1st: ok
      ctx.document.body.insertParagraph("two", "End");
      const b = ctx.document.body.load("text");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException", message: "network" }); // 2nd: fails
      expect(() => b.text).toThrow(/not available/);
      ctx.document.body.insertParagraph("three", "End");
      await ctx.sync(); // 3rd: ok
    });
    const xml = h.documentXml();
    expect(xml).toContain("one");
    expect(xml).not.toContain("two");
    expect(xml).toContain("three");
  });

  test("default injected error is an OfficeExtension.Error", async () => {
    const h = await host();
    h.failSyncAt(1);
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.body.load("text");
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(h.OfficeExtension.Error);
  });
});

describe("globals", () => {
  test("install()/uninstall() set and restore Word, Office, OfficeExtension", async () => {
    const h = await host();
    const g: Record<string, unknown> = { Word: "old" };
    h.install(g);
    expect(g.Word).toBe(h.Word);
    expect((g.Office as any).context.host).toBe("Word");
    h.uninstall();
    expect(g.Word).toBe("old");
    expect("Office" in g).toBe(false);
  });
});
