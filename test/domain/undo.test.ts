// Other people's agreed text: who wrote it last, when a correction loses some of it, and when a
// correction can be put back from the log.
import { createEntry, lastAuthorOf, MAX_LOGGED_VALUE, othersTextLoss, undoOf, type NewEntry } from "../../src/domain";

const JV = { initials: "JV", organisation: "Wijkteam Hengelo" };
const PH = { initials: "PH", organisation: "Ambiq" };
const at = (input: NewEntry, who = JV) => createEntry(input, who, new Date("2020-10-05T09:00:00Z"), () => 0.42);
const edit = (before: string, after: string, who = JV) =>
  at({ kind: "edit", boxKey: "hulpvraag", before, after, description: "Gecorrigeerd" }, who);

describe("othersTextLoss", () => {
  const log = [edit("", "Rust in het gezin.")];
  test("emptying or replacing a colleague's text is named, with who wrote it", () => {
    expect(othersTextLoss(log, "hulpvraag", "Rust in het gezin.", "", PH)).toBe(
      "U maakt dit vak leeg. De tekst is van JV (Wijkteam Hengelo) en is vastgesteld in het MDO.",
    );
    expect(othersTextLoss(log, "hulpvraag", "Rust in het gezin.", "Iets anders.", PH)).toBe(
      "U vervangt tekst van JV (Wijkteam Hengelo) die is vastgesteld in het MDO.",
    );
  });
  test("no question for one's own text, a text kept whole, an empty box, or a box the log does not name", () => {
    expect(othersTextLoss(log, "hulpvraag", "Rust in het gezin.", "", { ...JV, initials: "jv" })).toBeNull();
    expect(othersTextLoss(log, "hulpvraag", "Rust in het gezin.", "Rust in het gezin. En meer.", PH)).toBeNull();
    expect(othersTextLoss(log, "hulpvraag", "  ", "Nieuw", PH)).toBeNull();
    expect(othersTextLoss(log, "gaatGoed", "Iets", "", PH)).toBeNull();
  });
  test("the last author counts, in either order; merge records author nothing", () => {
    const mine = [edit("", "A"), edit("A", "B", PH)];
    expect(othersTextLoss(mine, "hulpvraag", "B", "", PH)).toBeNull();
    expect(othersTextLoss(mine, "hulpvraag", "B", "", JV)).toMatch(/van PH \(Ambiq\)/);
    const merged = [edit("", "A"), at({ kind: "merge", boxKey: "hulpvraag", description: "Samengevoegd" }, PH)];
    expect(lastAuthorOf(merged, "hulpvraag")).toEqual(JV);
  });
});

describe("undoOf", () => {
  test("a correction can be put back while its box still holds what it wrote", () => {
    const e = edit("Rust in het gezin.", "");
    expect(undoOf(e, { hulpvraag: "" })).toEqual({ key: "hulpvraag", text: "Rust in het gezin." });
    expect(undoOf(e, { hulpvraag: "Later veranderd." })).toBeNull();
    expect(undoOf(e, {})).toBeNull();
  });
  test("not for other kinds, or a logged value that may have been shortened", () => {
    expect(undoOf(at({ kind: "amendment", boxKey: "hulpvraag", description: "Aanvulling" }), {})).toBeNull();
    const long = "x".repeat(MAX_LOGGED_VALUE);
    expect(undoOf(edit(long, "kort"), { hulpvraag: "kort" })).toBeNull();
  });
});
