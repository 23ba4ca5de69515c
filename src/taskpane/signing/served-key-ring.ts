// The organisations' key lists as served with the release (sleutellijsten.json, next to
// taskpane.html, from the add-in's own origin: no other network), checked against the
// organisation keys this build trusts (BUILD_INFO.trustAnchors, set at release time).
import { loadKeyRing, NO_KEY_RING, type KeyRing, type TrustAnchor } from "../../domain";
import { BUILD_INFO } from "../../build-info";
import { SIGNING_TEXT } from "../../domain/text/signing";

export const KEY_LIST_FILE = "sleutellijsten.json";

/** Reads the served file; null when there is none (a release without key lists). */
export type FetchKeyLists = () => Promise<unknown>;

export const fetchServedKeyLists: FetchKeyLists = async () => {
  const response = await fetch(KEY_LIST_FILE, { cache: "no-cache", credentials: "omit" });
  return response.ok ? ((await response.json()) as unknown) : null;
};

export async function servedKeyRing(
  fetchLists: FetchKeyLists = fetchServedKeyLists,
  anchors: readonly TrustAnchor[] = BUILD_INFO.trustAnchors ?? [],
): Promise<KeyRing> {
  if (anchors.length === 0) return { ...NO_KEY_RING, refused: [SIGNING_TEXT.noAnchors] };
  let file: unknown;
  try {
    file = await fetchLists();
  } catch {
    return { ...NO_KEY_RING, refused: [SIGNING_TEXT.listsUnreadable] };
  }
  if (file === null) return { ...NO_KEY_RING, refused: [SIGNING_TEXT.noLists] };
  return loadKeyRing(file, anchors);
}
