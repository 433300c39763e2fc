// How a party is found: every phone number, e-mail address, postcode and name is brought to one
// form (the key) when it is stored and when it is searched, so any notation finds it.

/**
 * A phone number as digits with its country code: "06-1234 5678", "+31 (0)6 12345678",
 * "0031612345678" and "+31612345678" all become "31612345678". The SQL function
 * helder_phone_key (migration 0016) does the same; a test compares the two.
 */
export function phoneKey(value: string): string | null {
  const plus = value.trimStart().startsWith('+');
  const d = value.replace(/\D/g, '');
  if (d === '') return null;
  if (plus && d.startsWith('310') && d.length === 12) return `31${d.slice(3)}`;
  if (plus) return d;
  if (d.startsWith('00')) return d.slice(2);
  if (d.startsWith('0')) return `31${d.slice(1)}`;
  return d;
}

export function emailKey(value: string): string {
  return value.trim().toLowerCase();
}

/** "8251 ab" → "8251AB"; undefined when it is not a Dutch postcode. */
export function normalisePostcode(value: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s?([a-z]{2})\s*$/i.exec(value);
  return m ? `${m[1]}${m[2]!.toUpperCase()}` : undefined;
}

/** "8251AB 12": the search key of an address (postcode without space, house number). */
export function addressKey(address: { postcode?: string | null | undefined; houseNumber?: number | null | undefined } | null | undefined): string | null {
  const postcode = address?.postcode ? normalisePostcode(address.postcode) : undefined;
  if (!postcode) return null;
  return address?.houseNumber ? `${postcode} ${address.houseNumber}` : postcode;
}

/** "8251 AB" as the Klantinteracties API and letters write it. */
export function displayPostcode(value: string): string {
  const n = normalisePostcode(value);
  return n ? `${n.slice(0, 4)} ${n.slice(4)}` : value.trim();
}

/** Lower case, accents removed, words only: "Özdemir-de Vries" → "ozdemir de vries". */
export function searchWords(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // The Turkish dotless i has no accent to take off: Yılmaz is typed as yilmaz.
    .replace(/ı/g, 'i')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The Dutch eleven test (elfproef) of a BSN: 9 digits, weighted sum 9..2 and -1 divisible by 11. */
export function isValidBsn(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (!/^\d{9}$/.test(d) || d === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** A KvK number has 8 digits. */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value.trim());
}

export type PartyQuery =
  | { kind: 'email'; key: string }
  | { kind: 'phone'; key: string }
  | { kind: 'kvk'; value: string }
  | { kind: 'bsn'; value: string }
  | { kind: 'address'; key: string; exact: boolean }
  | { kind: 'name'; words: string[] };

/**
 * What the one search box was given: an e-mail address (or its start), a phone number in any
 * notation, a KvK number (8 digits), a BSN (9 digits passing the eleven test), a postcode with or
 * without house number, or words of a name.
 */
export function parsePartyQuery(raw: string): PartyQuery | undefined {
  const q = raw.normalize('NFKC').trim();
  if (q === '') return undefined;
  if (q.includes('@')) return { kind: 'email', key: emailKey(q) };
  const address = /^([1-9]\d{3})\s?([a-z]{2})(?:\s*[-,]?\s*(\d{1,5}))?(?:\s*\S{0,6})?$/i.exec(q);
  if (address) {
    const postcode = `${address[1]}${address[2]!.toUpperCase()}`;
    return address[3] ? { kind: 'address', key: `${postcode} ${Number(address[3])}`, exact: true } : { kind: 'address', key: postcode, exact: false };
  }
  if (/^[+\d][\d\s\-().\/]*$/.test(q)) {
    const digits = q.replace(/\D/g, '');
    if (!q.startsWith('+') && !q.startsWith('0') && digits.length === 8) return { kind: 'kvk', value: digits };
    if (!q.startsWith('+') && !q.startsWith('0') && digits.length === 9 && isValidBsn(digits)) return { kind: 'bsn', value: digits };
    if (digits.length >= 4) return { kind: 'phone', key: phoneKey(q)! };
  }
  const words = searchWords(q).slice(0, 6);
  return words.length ? { kind: 'name', words } : undefined;
}
