// npm run keys -- <opdracht> …: key administration for signed log entries (docs/it-beheer.md).
//   org-key  --organisatie "Ambiq" --prive ambiq.private.jwk --ankers organisatiesleutels.json
//   add      --lijst ambiq.json [--organisatie "Ambiq"] --initialen PH --sleutel <SPKI base64> [--naam "…"]
//   revoke   --lijst ambiq.json --sleutel-id <16 hex> --op JJJJMMDD
//   sign     --lijst ambiq.json --prive ambiq.private.jwk --uit ambiq.signed.json [--uitgegeven JJJJMMDD]
//   bundle   --uit sleutellijsten.json ambiq.signed.json hengelo.signed.json …
// Exits 1 with a Dutch message on any error.
import { addKey, bundleLists, createOrgKey, revokeKey, signList } from "./key-admin";

function options(args: readonly string[]): { named: Map<string, string>; rest: string[] } {
  const named = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--")) named.set(a.slice(2), args[++i] ?? "");
    else rest.push(a);
  }
  return { named, rest };
}

async function run(argv: readonly string[]): Promise<string> {
  const [command, ...args] = argv;
  const { named, rest } = options(args);
  const need = (name: string): string => {
    const v = named.get(name);
    if (!v) throw new Error(`--${name} ontbreekt.`);
    return v;
  };
  switch (command) {
    case "org-key": {
      const a = await createOrgKey(need("organisatie"), need("prive"), need("ankers"));
      return `Organisatiesleutel voor ${a.organisation} gemaakt. Bewaar ${need("prive")} offline; ${need("ankers")} gaat mee als ORG_KEYS.`;
    }
    case "add": {
      const name = named.get("naam");
      const id = await addKey(
        need("lijst"),
        { initials: need("initialen"), publicKey: need("sleutel"), ...(name ? { name } : {}) },
        named.get("organisatie"),
      );
      return `Sleutel ${id} toegevoegd.`;
    }
    case "revoke":
      await revokeKey(need("lijst"), need("sleutel-id"), need("op"));
      return `Sleutel ${need("sleutel-id")} ingetrokken vanaf ${need("op")}.`;
    case "sign": {
      const signed = await signList(need("lijst"), need("prive"), need("uit"), named.get("uitgegeven"));
      return `Lijst ondertekend met organisatiesleutel ${signed.signedBy}: ${need("uit")}.`;
    }
    case "bundle":
      bundleLists(need("uit"), rest);
      return `${rest.length} lijst(en) gebundeld in ${need("uit")} (KEY_LISTS bij de release).`;
    default:
      throw new Error("Gebruik: npm run keys -- org-key | add | revoke | sign | bundle (zie scripts/keys/cli.ts).");
  }
}

run(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
