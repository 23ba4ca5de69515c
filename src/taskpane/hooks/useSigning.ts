// The professional's signing key and the organisations' key lists, for the pane: the key is
// taken from (or made in) the key store for the current profile and handed to the Word layer,
// which signs every entry it writes; the key ring is read once and checks the log's signatures.
import { useEffect, useState } from "react";
import { NO_KEY_RING, type KeyRing, type Profile } from "../../domain";
import { setSigningKey } from "../../word/signing-key";
import { keyNameOf, professionalKey, type KeyStore } from "../signing/key-store";
import { SIGNING_TEXT } from "../../domain/text/signing";

export interface SigningSetup {
  keyStore: KeyStore;
  /** The organisations' key lists, checked against the build's organisation keys. */
  keyRing: () => Promise<KeyRing>;
}

export interface SigningState {
  /** The profile's key (null: none yet, or it could not be made). */
  key: { keyId: string; publicKey: string } | null;
  /** Dutch: why entries are not signed, when a key was expected. */
  keyProblem: string | null;
  /** Null while loading. */
  ring: KeyRing | null;
}

export const NOT_SIGNING: SigningState = {
  key: null,
  keyProblem: null,
  ring: { ...NO_KEY_RING, refused: [SIGNING_TEXT.notSigning] },
};

export function useSigning(setup: SigningSetup | undefined, profile: Profile | null): SigningState {
  // each result remembers the profile it belongs to: after a profile change the old key is never shown
  const [key, setKey] = useState<{ name: string; key: NonNullable<SigningState["key"]> } | null>(null);
  const [keyProblem, setKeyProblem] = useState<{ name: string; text: string } | null>(null);
  const [ring, setRing] = useState<KeyRing | null>(null);
  const initials = profile?.initials;
  const organisation = profile?.organisation;

  useEffect(() => {
    if (!setup || initials === undefined || organisation === undefined) return;
    let live = true;
    // no entry of this profile is signed with the previous profile's key
    setSigningKey(null);
    const name = keyNameOf({ initials, organisation });
    professionalKey(setup.keyStore, { initials, organisation }).then(
      (k) => {
        if (!live) return;
        setSigningKey(k.entryKey);
        setKey({ name, key: { keyId: k.keyId, publicKey: k.publicKey } });
      },
      () => {
        if (live)
          setKeyProblem({
            name,
            text: SIGNING_TEXT.keyUnusable,
          });
      },
    );
    return () => {
      live = false;
      setSigningKey(null);
    };
  }, [setup, initials, organisation]);

  useEffect(() => {
    if (!setup) return;
    let live = true;
    setup.keyRing().then(
      (r) => live && setRing(r),
      () => live && setRing({ ...NO_KEY_RING, refused: [SIGNING_TEXT.listsUnreadable] }),
    );
    return () => {
      live = false;
    };
  }, [setup]);

  if (!setup) return NOT_SIGNING;
  const current = initials === undefined || organisation === undefined ? null : keyNameOf({ initials, organisation });
  return {
    key: key?.name === current ? key.key : null,
    keyProblem: keyProblem?.name === current ? keyProblem.text : null,
    ring,
  };
}
