// Key lists for the signing tests: one organisation's list naming one professional, signed with a
// fresh organisation key, and the trust anchor it is checked against (docs/ondertekening.md).
import {
  generateSigningKey,
  loadKeyRing,
  publicKeyText,
  signKeyList,
  type KeyRing,
  type SignedKeyList,
  type TrustAnchor,
} from "../../src/domain";

export interface OrganisationList {
  list: SignedKeyList;
  anchor: TrustAnchor;
}

/** `organisation`'s list, issued 1 August 2020, naming `initials` with `person`'s public key. */
export async function organisationList(
  organisation: string,
  initials: string,
  person: CryptoKeyPair,
  org?: CryptoKeyPair,
): Promise<OrganisationList> {
  const orgKeys = org ?? (await generateSigningKey());
  const orgPublic = await publicKeyText(orgKeys.publicKey);
  const list = await signKeyList(
    {
      format: "handreiking-regie-sleutellijst",
      version: 1,
      organisation,
      issued: "20200801",
      keys: [{ initials, publicKey: await publicKeyText(person.publicKey) }],
    },
    orgKeys.privateKey,
    orgPublic,
  );
  return { list, anchor: { organisation, publicKey: orgPublic } };
}

/** The key ring the pane would load from these lists and their anchors. */
export function ringOf(lists: readonly OrganisationList[]): Promise<KeyRing> {
  return loadKeyRing(
    { lists: lists.map((l) => l.list) },
    lists.map((l) => l.anchor),
  );
}

/** Ambiq's ring with PH's key: the common case. */
export async function ambiqRingFor(ph: CryptoKeyPair): Promise<KeyRing> {
  return ringOf([await organisationList("Ambiq", "PH", ph)]);
}
