import { z } from 'zod';
import { isLocalDate } from '../calendar/local-date.js';

export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** Digits and a leading plus only: "06-123 456 78" becomes "0612345678". */
export function normalisePhone(value: string): string {
  return value.replace(/[\s\-().\/]/g, '');
}

/** Dutch numbers (10 digits from 0, 0800/0900 numbers) and international numbers with +. */
export function isValidPhone(value: string): boolean {
  const n = normalisePhone(value);
  return /^0[1-9]\d{8}$/.test(n) || /^0[89]0[09]\d{4,7}$/.test(n) || /^(\+|00)[1-9]\d{7,14}$/.test(n);
}

export const idSchema = z.uuid({ error: 'Dit kenmerk klopt niet.' });

export const localDateSchema = z
  .string()
  .refine(isLocalDate, { error: 'Dit is geen geldige datum. Schrijf de datum zo: 2026-12-24.' })
  .describe('A calendar date, YYYY-MM-DD');

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || EMAIL_PATTERN.test(v), {
    error: 'Dit is geen geldig e-mailadres. Een goed voorbeeld: naam@voorbeeld.nl.',
  });

export const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .refine((v) => v === '' || isValidPhone(v), {
    error: 'Dit is geen geldig telefoonnummer. Een goed voorbeeld: 06 12345678 of 0321 123456.',
  });

export function requiredText(max: number, message = 'Vul dit veld in.') {
  // The schema-level message is only for a missing value; other problems keep their own message.
  return z
    .string({ error: (issue) => (issue.code === 'invalid_type' ? message : undefined) })
    .trim()
    .min(1, { error: message })
    .max(max);
}

export function optionalText(max: number) {
  return z.string().trim().max(max).optional();
}

/** Empty strings from forms count as "not given". */
export function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The fields that hold a value: lets a partial form override only what was filled in. */
export function withoutBlanks<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')),
  ) as Partial<T>;
}
