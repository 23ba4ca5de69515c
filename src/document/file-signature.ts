// What a file that is not a readable .docx package is, told by its first bytes, so the user hears
// the true reason: a Word file protected with a password, an old .doc file, a damaged .docx, or
// something else. Pure: bytes in, a kind out (read-limits.ts words it).
//
// A .docx is a zip (it starts with the local file header "PK\x03\x04"). Word encrypts a .docx
// protected with a password into an OLE compound file (MS-OFFCRYPTO 2.3.4: signature
// D0 CF 11 E0 A1 B1 1A E1, streams "EncryptionInfo" and "EncryptedPackage", whose directory
// entries hold their names in UTF-16LE). An old Word 97–2003 .doc is a compound file too, without
// those streams.
import { FILE_KIND_ERRORS } from "../domain/text/read-copy";
export { FILE_KIND_ERRORS };

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function holdsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export type FileKind = "encrypted" | "oldDoc" | "damaged" | "notDocx";

/** What bytes that are no readable zip package are (a zip that starts right but cannot be read: damaged). */
export function kindOfUnreadable(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, CFB_SIGNATURE))
    return holdsUtf16Name(bytes, "EncryptedPackage") || holdsUtf16Name(bytes, "EncryptionInfo")
      ? "encrypted"
      : "oldDoc";
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return "damaged";
  return "notDocx";
}
