// Reading the stored profile: none yet (first use), usable, or damaged (ask again with a note).
import { deserializeProfile, type Profile } from "../domain";
import type { ProfileStore } from "./profile-store";
import { PROFILE_TEXT } from "../domain/text/profile";

export interface StoredProfile {
  profile: Profile | null;
  /** Shown above the profile form when the stored profile could not be used. */
  note?: string;
}

export function loadStoredProfile(store: ProfileStore): StoredProfile {
  let stored: string | null;
  try {
    stored = store.load();
  } catch {
    stored = null;
  }
  if (stored === null) return { profile: null };
  const result = deserializeProfile(stored);
  if (result.ok) return { profile: result.profile };
  return {
    profile: null,
    note: result.errors.form ?? PROFILE_TEXT.damaged,
  };
}
