// The public address of an answer (/vragen/<slug>), made from its title once: lower case, accents
// off, hyphens between the words. "Rijbewijs verlengen (75+)" becomes rijbewijs-verlengen-75.

const MAX_LENGTH = 80;

export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ĳ/g, 'ij')
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  // A title of one very long word, or of signs only.
  return slug || words[0]?.slice(0, MAX_LENGTH) || 'vraag';
}

/** The slug itself when free, else the first free `slug-2`, `slug-3`, … */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
