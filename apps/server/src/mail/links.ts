// Links with a token (the status page, the survey) open a resident's own page, so the outbox never
// holds them in the clear: only the hash of a token is kept anywhere else, and a copy of the
// database (or an administrator reading the outbox) must not open anyone's page either.
//
// When a mail is written into the outbox, the token in such a link is replaced by a sealed mark:
// the token encrypted with AES-256-GCM under a key derived from HELDER_SECRET. The worker opens the
// mark just before it hands the mail to the SMTP server; the administrator's view shows the link
// masked. Without the secret the marks are useless, and the body columns need no schema change.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A link to a resident's own page: `/status/<token>` or `/enquete/<token>` (43 base64url characters). */
const TOKEN_LINK = /(\/(?:status|enquete)\/)([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;
/**
 * A sealed token as it rests in the outbox: `/status/{{token:<iv, ciphertext and tag, base64url>}}`.
 * Only right after a link's path, as `seal` writes it: the same text typed by someone elsewhere in
 * a mail is left alone (and cannot stop the mail from going out).
 */
const SEALED = /(\/(?:status|enquete)\/)\{\{token:([A-Za-z0-9_-]+)\}\}/g;
/** What an administrator sees instead of the token. */
export const MASK = '••••••••';

const VERSION = 'helder outbox link token v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class LinkTokenError extends Error {}

export class LinkSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'helder', VERSION, 32));
  }

  /** The text with the token of every status and survey link replaced by a sealed mark. */
  seal(text: string): string {
    return text.replace(TOKEN_LINK, (_all, path: string, token: string) => `${path}{{token:${this.encrypt(token)}}}`);
  }

  /** The text as the resident must get it: every sealed mark opened. Throws when a mark does not open. */
  open(text: string): string {
    return text.replace(SEALED, (_all, path: string, sealed: string) => path + this.decrypt(sealed));
  }

  /** The text as an administrator may see it: the link without its token. */
  static mask(text: string): string {
    return text.replace(SEALED, `$1${MASK}`);
  }

  private encrypt(token: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(VERSION));
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  private decrypt(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) throw new LinkTokenError('sealed link token is too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(VERSION));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new LinkTokenError('sealed link token does not open with this HELDER_SECRET');
    }
  }
}
