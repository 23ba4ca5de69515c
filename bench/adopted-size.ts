// What keeping an adopted entry's signature (signedAs, adopted-signature.ts) costs in the data part:
// one signed entry that wrote a box and closed its write (text and state seals), taken over from
// another copy, with and without signedAs. Run: node scripts/ts-run.cjs bench/adopted-size.ts
import {
  adoptEntry,
  createEntry,
  entryKeyOf,
  generateSigningKey,
  newDataPart,
  sealNewEntries,
  serializedLogSize,
  type ChangeEntry,
} from "../src/domain";

void (async () => {
  const key = await generateSigningKey();
  const base = {
    ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
    lastAttributed: { zorgen: "x" },
  };
  const entry = createEntry(
    { kind: "edit", description: "Gewijzigd.", boxKey: "zorgen" },
    { initials: "PH", organisation: "Ambiq" },
  );
  const signed = await sealNewEntries({ ...base, changeLog: [entry] }, 1, await entryKeyOf(key));
  const adopted = adoptEntry(signed.changeLog[0]!);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { signedAs, ...without }: ChangeEntry = adopted;
  const size = async (e: ChangeEntry) =>
    serializedLogSize((await sealNewEntries({ ...base, changeLog: [e] }, 1)).changeLog);
  console.log(`signedAs: ${adopted.signedAs?.length ?? 0} tekens`);
  console.log(
    `overgenomen regel in het gegevensdeel: ${await size(adopted)} bytes met, ${await size(without)} bytes zonder signedAs`,
  );
})();
