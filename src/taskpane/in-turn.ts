// Runs calls one after the other: each starts when the one before it has finished (or failed).
// The pane's saves come quickly while filling (leaving a row, then Enter adds one), and each
// edit must start from the document as the previous edit left it.
export type InTurn = <T>(call: () => Promise<T>) => Promise<T>;

export function inTurnQueue(): InTurn {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(call: () => Promise<T>): Promise<T> => {
    const next = last.then(call, call);
    last = next.catch(() => undefined);
    return next;
  };
}
