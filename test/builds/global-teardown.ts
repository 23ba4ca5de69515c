// Removes the builds global-setup.ts made (never a directory the caller passed in).
import { rmSync } from "fs";
import { OWNED_BUILDS } from "./global-setup";

export default function globalTeardown(): void {
  for (const dir of (process.env[OWNED_BUILDS] ?? "").split("\n").filter(Boolean))
    rmSync(dir, { recursive: true, force: true });
}
