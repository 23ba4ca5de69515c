// How identifiers are written in the Dutch test set: every common Dutch date and age notation,
// phone numbers, e-mail, links, handles, BSN (11-proof), IBAN, postcodes and addresses. Each
// picks a form at random from a seeded source, so the set is varied and reproducible.

export type Rand = () => number;

export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pickOf =
  (r: Rand) =>
  <T>(xs: readonly T[]): T =>
    xs[Math.floor(r() * xs.length)] as T;

const MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split(" ");
const SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split(" ");
const DAYS = "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag".split(" ");
const NUMBERS =
  "één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien".split(" ");
const pad = (n: number): string => String(n).padStart(2, "0");

export function date(r: Rand): string {
  const pick = pickOf(r);
  const y = 2008 + Math.floor(r() * 17);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const yy = pad(y % 100);
  const wd = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "maandag";
  return pick([
    `${d}-${SHORT[m - 1]}-${y}`,
    `${pad(d)}-${pad(m)}-${y}`,
    `${d} ${MONTHS[m - 1]} '${yy}`,
    `${y}-${SHORT[m - 1]}-${pad(d)}`,
    `${d}/${m}/${yy}`,
    `${SHORT[m - 1]}. ${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${wd} ${d} ${MONTHS[m - 1]}`,
    `${d} ${SHORT[m - 1]}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${pad(d)}.${pad(m)}.${y}`,
    `${d} ${SHORT[m - 1]}. '${yy}`,
    `${MONTHS[m - 1]} ${y}`,
    `${d}-${m}-${yy}`,
    `'${yy}`,
  ]);
}

export function age(r: Rand): string {
  const pick = pickOf(r);
  const n = 3 + Math.floor(r() * 14);
  const word = NUMBERS[n - 1] ?? "negen";
  return pick([`${n}-jarige`, `${n} jaar oud`, `${word}jarige`, `${n} jaar`, `${n} jr`, `${n}-jarig`]);
}

export function phone(r: Rand): string {
  const pick = pickOf(r);
  const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
  const a = digits(8);
  const area = pick(["53", "74", "546", "548", "543"]);
  const rest = digits(9 - area.length);
  return pick([
    `06-${a}`,
    `06 ${a.slice(0, 4)} ${a.slice(4)}`,
    `+31 6 ${a}`,
    `0${area}-${rest}`,
    `(0${area}) ${rest}`,
    `+31 (0)${area} ${rest}`,
    `06 ${a.slice(0, 2)} ${a.slice(2, 4)} ${a.slice(4, 6)} ${a.slice(6)}`,
  ]);
}

const ascii = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();

export function email(r: Rand, first: string, last: string): string {
  const pick = pickOf(r);
  const f = ascii(first);
  const l = ascii(last);
  return pick([
    `${f}.${l}@gmail.com`,
    `${f}${l}@hotmail.nl`,
    `${f.charAt(0)}.${l}@${pick(["jarabee", "karakter", "enschede", "hengelo", "ziggo"])}.nl`,
    `${f}_${Math.floor(r() * 90 + 10)}@live.nl`,
    `${f}.${l} [at] gmail.com`,
  ]);
}

export function handle(r: Rand, first: string, last: string): string {
  const pick = pickOf(r);
  const f = ascii(first);
  return pick([
    `@${f}.${ascii(last).charAt(0)}_${pad(Math.floor(r() * 20))}`,
    `@${f}${Math.floor(r() * 9000 + 1000)}`,
    `@${f}_${ascii(last)}`,
  ]);
}

export function url(r: Rand, first: string, last: string): string {
  const pick = pickOf(r);
  const f = ascii(first);
  const l = ascii(last);
  return pick([
    `www.${f}${l}.nl`,
    `https://www.instagram.com/${f}.${l}`,
    `https://www.facebook.com/${f}.${l}.5`,
    `https://tiktok.com/@${f}${l}`,
    `http://${f}-${l}.blogspot.com`,
  ]);
}

/** A nine-digit number that passes the 11-proof, written as a BSN is. */
export function bsn(r: Rand): string {
  for (;;) {
    const d = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 8) : Math.floor(r() * 10)));
    const sum = d.reduce((acc, n, i) => acc + n * (9 - i), 0);
    const last = sum % 11;
    if (last > 9) continue;
    const s = [...d, last].join("");
    return pickOf(r)([
      s,
      `${s.slice(0, 4)}.${s.slice(4, 6)}.${s.slice(6)}`,
      `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`,
    ]);
  }
}

export function iban(r: Rand): string {
  const pick = pickOf(r);
  const digits = Array.from({ length: 10 }, () => String(Math.floor(r() * 10))).join("");
  const bank = pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]);
  const check = pad(10 + Math.floor(r() * 89));
  return pick([
    `NL${check}${bank}${digits}`,
    `NL${check} ${bank} ${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`,
  ]);
}

export function postcode(r: Rand): string {
  const n = 7000 + Math.floor(r() * 2999);
  const letters = String.fromCharCode(65 + Math.floor(r() * 26)) + String.fromCharCode(65 + Math.floor(r() * 26));
  return pickOf(r)([`${n} ${letters}`, `${n}${letters}`]);
}

export function houseNumber(r: Rand): string {
  const n = 1 + Math.floor(r() * 180);
  return pickOf(r)([`${n}`, `${n}a`, `${n}-2`, `${n} B`, `${n}`]);
}
