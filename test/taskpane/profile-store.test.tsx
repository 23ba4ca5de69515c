/** @jest-environment jsdom */
import { serializeProfile } from "../../src/domain";
import { createBoxSelector } from "../../src/taskpane/box-selector";
import { errorMessage, GENERIC_ERROR } from "../../src/taskpane/error-message";
import { loadStoredProfile } from "../../src/taskpane/profile-state";
import { localStorageProfileStore, memoryProfileStore, PROFILE_STORAGE_KEY } from "../../src/taskpane/profile-store";
import { WordLayerError } from "../../src/word/errors";
import { PETRA } from "./helpers";

describe("profile storage", () => {
  afterEach(() => window.localStorage.clear());

  test("localStorage keeps the serialized profile under one key", () => {
    expect(localStorageProfileStore.load()).toBeNull();
    localStorageProfileStore.save(serializeProfile(PETRA));
    expect(window.localStorage.getItem(PROFILE_STORAGE_KEY)).toBe(serializeProfile(PETRA));
    expect(loadStoredProfile(localStorageProfileStore)).toEqual({ profile: PETRA });
  });

  test("nothing stored is first use; something unreadable is damaged, with a note", () => {
    expect(loadStoredProfile(memoryProfileStore(null))).toEqual({ profile: null });
    expect(loadStoredProfile(memoryProfileStore('{"version":1,"profile":{"initials":"P1"}}'))).toEqual({
      profile: null,
      note: "Het opgeslagen profiel is beschadigd. Vul uw gegevens opnieuw in.",
    });
  });

  test("a store that throws on load counts as nothing stored", () => {
    const broken = {
      load: () => {
        throw new Error("SecurityError");
      },
      save: () => undefined,
    };
    expect(loadStoredProfile(broken)).toEqual({ profile: null });
  });
});

describe("small helpers", () => {
  test("selecting a box asks Word once per box and ignores failures", async () => {
    const calls: string[] = [];
    const select = createBoxSelector({
      selectBox: async (key) => {
        calls.push(key);
        throw new Error("no");
      },
    });
    select("a");
    select("a");
    select("b");
    select("a");
    await Promise.resolve();
    expect(calls).toEqual(["a", "b", "a"]);
  });

  test("errors: the Word layer's Dutch message, otherwise a generic one", () => {
    expect(errorMessage(new WordLayerError("locked"))).toBe(
      "Dit deel van het document is vergrendeld en kan niet worden gewijzigd.",
    );
    expect(errorMessage(new Error("GeneralException at line 3"))).toBe(GENERIC_ERROR);
  });
});
