import { PROFILE_TEXT } from "../domain/text/profile";
// Where the professional's profile is kept between sessions: this browser's localStorage.
// The pane only needs load and save, so tests pass an in-memory store.

export interface ProfileStore {
  /** The stored text, or null when nothing is stored (or storage is unavailable). */
  load(): string | null;
  /** Throws when the browser refuses to store (private mode, quota). */
  save(serialized: string): void;
}

export const PROFILE_STORAGE_KEY = "handreiking-regie.profile";

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    // Some hosts throw on merely touching localStorage when it is disabled.
    return null;
  }
}

export const localStorageProfileStore: ProfileStore = {
  load() {
    try {
      return storage()?.getItem(PROFILE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  },
  save(serialized) {
    const s = storage();
    if (!s) throw new Error(PROFILE_TEXT.noStorage);
    s.setItem(PROFILE_STORAGE_KEY, serialized);
  },
};

/** An in-memory store (tests, or a browser that refuses localStorage). */
export function memoryProfileStore(initial: string | null = null): ProfileStore & { value: string | null } {
  return {
    value: initial,
    load() {
      return this.value;
    },
    save(serialized) {
      this.value = serialized;
    },
  };
}
