/** @jest-environment jsdom */
// Signed entries in the pane (docs/ondertekening.md): the profile screen shows the key to hand to IT, the Word layer
// gets the key, and the log shows each entry's signature status — never "ondertekend door" unless it verified, and
// saying so when no key list is loaded. On the real Word layer, except the two tests that build a forged or merged
// log in the domain (on the retiring fake gateway, see their notes).
import { screen, waitFor, within } from "@testing-library/react";
import { TextEncoder } from "util";
import {
  adoptEntry,
  checkSignatures,
  entryKeyOf,
  generateSigningKey,
  newDataPart,
  NO_KEY_RING,
  publicKeyText,
  sealNewEntries,
  type ChangeEntry,
} from "../../src/domain";
import { fingerprintText, keyNameOf, memoryKeyStore } from "../../src/taskpane/signing/key-store";
import { NO_KEY_LIST } from "../../src/taskpane/components/SignatureSummary";
import { filledValues } from "handreiking-fixtures/form-values";
import { sampleLog } from "./log-fixtures";
import { ambiqRingFor } from "../keys/key-lists";
import {
  expectNoAxeViolations,
  JV,
  PETRA,
  renderForm,
  renderFormOnWord,
  renderOnWord,
  stopHost,
  wordGateway,
  writeAs,
} from "./helpers";
import { setSigningKey, signingKey } from "../../src/word/signing-key";

afterEach(stopHost);

// jsdom lacks TextEncoder; WebCrypto comes from Node (test/setup-jest.ts or Node's global)
if (typeof globalThis.TextEncoder === "undefined")
  Object.defineProperty(globalThis, "TextEncoder", { value: TextEncoder, configurable: true });

/** The sample log sealed write by write, PH's entries signed with `ph`, JV's (Wijkteam, no list) unsigned. */
async function signedLog(ph: CryptoKeyPair): Promise<ChangeEntry[]> {
  let data = newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" });
  for (const e of sampleLog()) {
    data = await sealNewEntries(
      { ...data, changeLog: [...data.changeLog, e] },
      1,
      e.initials === "PH" ? await entryKeyOf(ph) : null,
    );
  }
  return [...data.changeLog];
}

/** Written through the Word layer: PH converts and later fills in a box signing with `ph`, JV (Wijkteam Hengelo, no
 * key) fills in a box between: newest first, PH signed, JV unsigned, PH signed. */
function signedInWord(ph: CryptoKeyPair): () => Promise<void> {
  return async () => {
    setSigningKey(await entryKeyOf(ph));
    await wordGateway(new Date("2020-09-01T09:00:00Z")).convert(PETRA);
    setSigningKey(null);
    await writeAs(JV, "hulpvraag", "Rust in het gezin.", new Date("2020-09-02T09:00:00Z"));
    setSigningKey(await entryKeyOf(ph));
    await writeAs(PETRA, "zorgen", "Schoolverzuim", new Date("2020-09-03T09:00:00Z"));
    setSigningKey(null);
  };
}

const entries = () =>
  within(screen.getByRole("list", { name: "Wijzigingen, nieuwste eerst" })).getAllByRole("listitem");

describe("signing in the pane", () => {
  test("profile screen: the key is made once per profile, its fingerprint and public key shown; the Word layer signs with it", async () => {
    const map = new Map<string, CryptoKeyPair>();
    const { user, container } = await renderFormOnWord({
      signing: { keyStore: memoryKeyStore(map), keyRing: () => Promise.resolve(NO_KEY_RING) },
    });
    await waitFor(() => expect(signingKey()).not.toBeNull());
    expect(map.size).toBe(1);
    const keys = map.get(keyNameOf({ initials: "PH", organisation: "Ambiq" }))!;
    const entryKey = await entryKeyOf(keys);
    expect(signingKey()?.keyId).toBe(entryKey.keyId);
    await user.click(screen.getByRole("button", { name: "Wijzigen" }));
    expect(await screen.findByRole("heading", { name: "Uw sleutel voor ondertekenen" })).toBeInTheDocument();
    expect(screen.getByText(fingerprintText(entryKey.keyId))).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Publieke sleutel" })).toHaveValue(await publicKeyText(keys.publicKey));
    await expectNoAxeViolations(container);
    expect(map.size).toBe(1); // the same key, not a new one per render
  });

  test("a key store that fails: the pane says entries are not signed", async () => {
    await renderFormOnWord({
      signing: {
        keyStore: { get: () => Promise.reject(new Error("geen IndexedDB")), put: () => Promise.resolve() },
        keyRing: () => Promise.resolve(NO_KEY_RING),
      },
    });
    expect(await screen.findByText(/uw wijzigingen worden niet ondertekend/)).toBeInTheDocument();
    expect(signingKey()).toBeNull();
  });

  test("the log: per entry its status; known keys named, others not", async () => {
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    const { user, container } = await renderFormOnWord({
      doc: "plain",
      prepare: signedInWord(ph),
      signing: { keyStore: memoryKeyStore(), keyRing: () => Promise.resolve(ring) },
    });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    await screen.findAllByText(/^Ondertekening:/);
    const items = entries();
    expect(items[0]).toHaveTextContent("Ondertekening: ondertekend door PH (Ambiq), sleutel bekend");
    expect(items[1]).toHaveTextContent("Ondertekening: niet ondertekend"); // JV: Wijkteam Hengelo has no list
    expect(items[2]).toHaveTextContent("Ondertekening: ondertekend door PH (Ambiq), sleutel bekend");
    expect(screen.queryByText(/de ondertekening niet/)).toBeNull();
    await expectNoAxeViolations(container);
  });

  test("a signed entry changed outside the add-in: 'handtekening klopt niet', and the log says a line is wrong", async () => {
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    const log = await signedLog(ph);
    log[2] = { ...log[2]!, description: "Rij verwijderd: Afspraken" };
    expect((await checkSignatures(log, ring)).problems).toEqual([2]);
    // Still on the fake: in Word the same edit to the data part also breaks the log's chain, and the pane then shows
    // the two sides of that entry (log-sides.test.tsx) without the signature line this test is about.
    const { user } = await renderForm({
      values: filledValues(),
      log,
      signing: { keyStore: memoryKeyStore(), keyRing: () => Promise.resolve(ring) },
    });
    // shown with the problems on opening too, before the Logboek is opened
    const warning = await screen.findByText("Het document is niet helemaal in orde");
    expect(warning.closest("[role=group], .fui-MessageBar") ?? warning.parentElement).toHaveTextContent(
      "Bij 1 logregel klopt de ondertekening niet (03-09-2020, PH (Ambiq): handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende).",
    );
    expect(screen.queryByRole("button", { name: "Herstellen" })).toBeNull(); // a repair cannot make it fit
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(
      await screen.findByText("Bij 1 regel klopt de ondertekening niet; zie ‘Ondertekening’ bij de regel."),
    ).toBeInTheDocument();
    expect(entries()[0]).toHaveTextContent(
      "handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende",
    );
  });

  test("adopted from another copy: a verified signature replaces 'ongecontroleerd in de andere kopie'", async () => {
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    // the whole log taken over from another copy and sealed again here, as a merge does
    const adopted = (await signedLog(ph)).map(adoptEntry);
    const sealed = await sealNewEntries(
      { ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }), changeLog: adopted },
      adopted.length,
    );
    const log = [...sealed.changeLog];
    // and one of PH's adopted entries changed afterwards, the chain recomputed (the recipe is public)
    log[0] = { ...log[0]!, description: "Aangemaakt door iemand anders." };
    const forged = await sealNewEntries({ ...sealed, changeLog: log }, log.length);
    // Still on the fake: in Word this needs a merge of another copy whose PH entries are signed.
    const { user } = await renderForm({
      values: filledValues(),
      log: [...forged.changeLog],
      signing: { keyStore: memoryKeyStore(), keyRing: () => Promise.resolve(ring) },
    });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    await screen.findAllByText(/^Ondertekening:/);
    const items = entries();
    const newest = items[0]!;
    expect(newest).toHaveTextContent(
      "Ondertekening: ondertekend door PH (Ambiq), sleutel bekend — overgenomen uit een andere kopie",
    );
    expect(newest).not.toHaveTextContent("ongecontroleerd in de andere kopie");
    // JV's entry was not signed: it stays unchecked
    expect(items[1]).toHaveTextContent("ongecontroleerd in de andere kopie");
    expect(items[1]).toHaveTextContent("Ondertekening: niet ondertekend");
    // the oldest, changed after PH signed it: unchecked, and its signature does not fit
    const oldest = items[items.length - 1]!;
    expect(oldest).toHaveTextContent("ongecontroleerd in de andere kopie");
    expect(oldest).toHaveTextContent(
      "handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende",
    );
  });

  test("no key list loaded: said so, and no entry is called 'ondertekend door'", async () => {
    const ph = await generateSigningKey();
    const { user } = await renderFormOnWord({ doc: "plain", prepare: signedInWord(ph) });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(await screen.findByText(new RegExp(NO_KEY_LIST.slice(0, 40)))).toBeInTheDocument();
    await screen.findAllByText(/^Ondertekening:/);
    // per entry (LOG_MEANING above the list explains the words "ondertekend door …" in general)
    for (const item of entries()) expect(item).not.toHaveTextContent(/ondertekend door/);
    expect(entries()[0]).toHaveTextContent("handtekening niet gecontroleerd: er is geen sleutellijst geladen");
  });

  test("no profile yet: no key is made and nothing is shown about one", async () => {
    const map = new Map<string, CryptoKeyPair>();
    await renderOnWord({
      doc: "empty",
      stored: null,
      signing: { keyStore: memoryKeyStore(map), keyRing: () => Promise.resolve(NO_KEY_RING) },
    });
    expect(await screen.findByRole("textbox", { name: /Initialen/ })).toBeInTheDocument();
    expect(map.size).toBe(0);
    expect(screen.queryByRole("heading", { name: "Uw sleutel voor ondertekenen" })).toBeNull();
  });
});
