// What a password must be: long enough, more than spaces, and not one of the 10,000 passwords people
// choose most (an attacker tries those first). Checked when a password is set or changed, never at
// login, so accounts made before (such as the demo accounts) keep working.
import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;

/** True when the password is on the bundled list, whatever its capitals. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS);
  return common.has(password.toLowerCase());
}

export const PASSWORD_MESSAGES = {
  tooShort: `Een wachtwoord heeft minimaal ${MIN_PASSWORD_LENGTH} tekens.`,
  onlySpaces: 'Een wachtwoord mag niet alleen uit spaties bestaan. Kies een wachtwoord met letters, cijfers of tekens.',
  common: 'Dit wachtwoord gebruiken veel mensen. Daarom is het makkelijk te raden. Kies een ander wachtwoord.',
} as const;

/** The Dutch message for a password that may not be used, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (password.trim() === '') return PASSWORD_MESSAGES.onlySpaces;
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  return null;
}
