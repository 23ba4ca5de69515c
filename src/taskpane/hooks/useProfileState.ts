// Who is filling in: the profile stored on this computer, whether it is being edited, and
// whether storing it failed (then it holds while the pane stays open).
import { useState } from "react";
import { serializeProfile, type Profile } from "../../domain";
import type { ProfileStore } from "../profile-store";
import { loadStoredProfile, type StoredProfile } from "../profile-state";

export interface ProfileState {
  stored: StoredProfile;
  profile: Profile | null;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  /** Storing the profile on this computer failed. */
  storageWarning: boolean;
  save: (profile: Profile) => void;
}

export function useProfileState(storage: ProfileStore): ProfileState {
  const [stored] = useState(() => loadStoredProfile(storage));
  const [profile, setProfile] = useState<Profile | null>(stored.profile);
  const [editing, setEditing] = useState(false);
  const [storageWarning, setStorageWarning] = useState(false);

  const save = (p: Profile) => {
    try {
      storage.save(serializeProfile(p));
      setStorageWarning(false);
    } catch {
      setStorageWarning(true);
    }
    setProfile(p);
    setEditing(false);
  };

  return { stored, profile, editing, setEditing, storageWarning, save };
}
