// Names and subjects that people type: who a contact was with, a team, a product, a colleague.
// Two tricks are refused here, for every form that takes a name:
// - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) turn text around
//   on screen, so "Jan‮kcab" can look like another name or hide what a subject says. They are
//   removed; nobody types them on purpose.
// - a "name" made only of characters that show nothing (zero-width spaces, joiners, the soft
//   hyphen, Hangul fillers …) looks empty on every list but counts as filled in. It is refused.
import { z } from 'zod';

/** Bidirectional embedding, override and isolate controls, and the directional marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * Characters that show nothing: format characters (Cf, such as U+200B, U+200C, U+200D, U+2060,
 * U+FEFF, U+00AD), separators (Z) and controls (Cc), the Hangul fillers (U+115F, U+1160, U+3164,
 * U+FFA0), the braille blank (U+2800), the combining grapheme joiner (U+034F), the Khmer inherent
 * vowels (U+17B4, U+17B5), Mongolian and other variation selectors, and the tag characters.
 */
const ONLY_INVISIBLE = /^[\p{Cf}\p{Z}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800\u034F\u17B4\u17B5\u180B-\u180F\uFE00-\uFE0F\u{E0000}-\u{E0FFF}]*$/u;

export const INVISIBLE_NAME_MESSAGE = 'Deze naam bestaat alleen uit tekens die u niet kunt zien. Vul een naam in met letters of cijfers.';
export const INVISIBLE_TEXT_MESSAGE = 'Deze tekst bestaat alleen uit tekens die u niet kunt zien. Vul een tekst in met letters of cijfers.';

/** The text without bidirectional controls. */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/** True when nothing of the text can be seen (an empty text too). */
export function isInvisible(value: string): boolean {
  return ONLY_INVISIBLE.test(value);
}

export interface NameMessages {
  /** For a missing or empty value. */
  required?: string;
  tooLong?: string;
  invisible?: string;
}

/** A name that must be given: bidi controls removed, trimmed, at least one visible character. */
export function requiredName(max: number, message = 'Vul de naam in.', messages: NameMessages = {}) {
  const required = messages.required ?? message;
  return z
    .string({ error: (issue) => (issue.code === 'invalid_type' ? required : undefined) })
    .overwrite(stripBidiControls)
    .trim()
    .min(1, { error: required, abort: true })
    .max(max, messages.tooLong ? { error: messages.tooLong } : undefined)
    .refine((v) => !isInvisible(v), { error: messages.invisible ?? INVISIBLE_NAME_MESSAGE });
}

/** A name that may be left empty (""), but if given has something to see. */
export function optionalName(max: number, messages: NameMessages = {}) {
  return z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .max(max, messages.tooLong ? { error: messages.tooLong } : undefined)
    .refine((v) => v === '' || !isInvisible(v), { error: messages.invisible ?? INVISIBLE_NAME_MESSAGE })
    .optional();
}

/** A subject (a short line that says what something is about): like a required name. */
export function requiredSubject(max: number, message = 'Vul het onderwerp in.') {
  return requiredName(max, message, { invisible: INVISIBLE_TEXT_MESSAGE });
}
