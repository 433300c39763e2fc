import { createHash, timingSafeEqual } from 'node:crypto';

/** `Authorization: Bearer <token>` against METRICS_TOKEN, comparing digests so the time taken says nothing. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}
