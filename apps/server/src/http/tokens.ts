// Tokens in links that residents get by mail (status page, survey). 32 random bytes: unguessable.
// Only a hash is stored, so a copy of the database does not open anyone's page.
import { createHash, createHmac, randomBytes } from 'node:crypto';

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A token as it appears in a link: anything else is refused before it reaches a query. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A keyed hash of an e-mail address: lets us recognise a person again without a second copy. */
export function recipientKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('base64url');
}
