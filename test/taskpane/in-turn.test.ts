import { inTurnQueue } from "../../src/taskpane/in-turn";

describe("inTurnQueue", () => {
  test("a call starts only after the one before it has finished, also when that one failed", async () => {
    const inTurn = inTurnQueue();
    const seen: string[] = [];
    let release: () => void = () => undefined;
    const first = inTurn(
      () =>
        new Promise<void>((resolve) => {
          seen.push("first starts");
          release = () => {
            seen.push("first ends");
            resolve();
          };
        }),
    );
    const failing = inTurn(async () => {
      seen.push("second starts");
      throw new Error("nee");
    });
    const third = inTurn(async () => {
      seen.push("third starts");
      return 3;
    });
    await Promise.resolve();
    expect(seen).toEqual(["first starts"]);
    release();
    await first;
    await expect(failing).rejects.toThrow("nee");
    await expect(third).resolves.toBe(3);
    expect(seen).toEqual(["first starts", "first ends", "second starts", "third starts"]);
  });
});
