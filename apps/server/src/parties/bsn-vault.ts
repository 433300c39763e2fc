// A BSN is kept only when the municipality enables it (PARTY_BSN_ENABLED), and never in the clear:
// a keyed hash finds a party by its BSN, AES-256-GCM under a key derived from HELDER_SECRET shows
// it to an employee or API client whose view is audited, and the last three digits make the masked
// display. A copy of the database alone gives no BSN away.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'helder party bsn v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedBsn {
  valueHash: string;
  valueSealed: string;
  valueHint: string;
}

export class BsnVault {
  private readonly key: Buffer;
  private readonly hashKey: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'helder', VERSION, 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', secret, 'helder', `${VERSION} lookup`, 32));
  }

  /** The keyed hash a BSN is looked up by (digits only). */
  hash(bsn: string): string {
    return createHmac('sha256', this.hashKey).update(bsn.replace(/\D/g, '')).digest('base64url');
  }

  seal(bsn: string): SealedBsn {
    const digits = bsn.replace(/\D/g, '');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(VERSION));
    const body = Buffer.concat([cipher.update(digits, 'utf8'), cipher.final()]);
    return {
      valueHash: this.hash(digits),
      valueSealed: Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url'),
      valueHint: digits.slice(-3),
    };
  }

  open(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) throw new Error('sealed BSN is too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** "••••••789" */
  static mask(hint: string | null): string {
    return `••••••${hint ?? '•••'}`;
  }
}
