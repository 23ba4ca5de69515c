// The Word layer's action groups other than reading load on their first use (issue 30): the group's
// module is loaded once, a failed load is tried again on the next call, and the actions behave as
// the group's own.
import { loadedOnUse } from "../../src/word/office-gateway";
import type { GatewaySession } from "../../src/word/gateway-actions/session";

interface Group {
  double(n: number): Promise<number>;
  name(): Promise<string>;
}

const session = { caps: {} } as unknown as GatewaySession;

test("nothing loads until an action is called; then once, for every action of the group", async () => {
  const made: GatewaySession[] = [];
  const load = jest.fn(async () => (s: GatewaySession): Group => {
    made.push(s);
    return { double: async (n) => n * 2, name: async () => "groep" };
  });
  const group = loadedOnUse<Group>({ double: true, name: true }, load, session);
  expect(load).not.toHaveBeenCalled();
  await expect(Promise.all([group.double(21), group.double(2)])).resolves.toEqual([42, 4]);
  await expect(group.name()).resolves.toBe("groep");
  expect(load).toHaveBeenCalledTimes(1);
  expect(made).toEqual([session]);
});

test("a failed load fails that call and is tried again on the next", async () => {
  let attempts = 0;
  const load = async () => {
    attempts++;
    if (attempts === 1) throw new Error("Loading chunk bewerken failed");
    return (): Group => ({ double: async (n) => n * 2, name: async () => "groep" });
  };
  const group = loadedOnUse<Group>({ double: true, name: true }, load, session);
  await expect(group.double(1)).rejects.toThrow("Loading chunk bewerken failed");
  await expect(group.double(5)).resolves.toBe(10);
  expect(attempts).toBe(2);
});

test("an action's own error reaches the caller unchanged", async () => {
  const refused = new Error("geweigerd");
  const group = loadedOnUse<Group>(
    { double: true, name: true },
    async () => () => ({ double: async () => Promise.reject(refused), name: async () => "x" }),
    session,
  );
  await expect(group.double(1)).rejects.toBe(refused);
});
