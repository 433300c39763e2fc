// Names without tricks, passwords that are not guessed first, and CSV that a spreadsheet cannot run.
import { describe, expect, test } from 'vitest';
import {
  callbackRequestInputSchema,
  contactInputSchema,
  csvCell,
  employeeInputSchema,
  employeePatchSchema,
  INVISIBLE_NAME_MESSAGE,
  isCommonPassword,
  isInvisible,
  MIN_PASSWORD_LENGTH,
  neutraliseCsvText,
  PASSWORD_MESSAGES,
  passwordProblem,
  productInputSchema,
  reportInputSchema,
  stripBidiControls,
  teamInputSchema,
  toCsv,
  useDutchErrors,
} from '../src/index.js';
import { COMMON_PASSWORDS } from '../src/validation/common-passwords.js';

useDutchErrors();
const team = '3f1c9f0e-8a51-4c36-9a52-1c4a8cfd2a11';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const INVISIBLE = {
  'zero-width space': '\u200B',
  'zero-width non-joiner': '\u200C',
  'zero-width joiner': '\u200D',
  'word joiner': '\u2060',
  'byte order mark between joiners': '\u200D\uFEFF\u200D',
  'soft hyphen': '\u00AD',
  'Hangul filler': '\u3164',
  'Hangul choseong filler': '\u115F',
  'Hangul jungseong filler': '\u1160',
  'halfwidth Hangul filler': '\uFFA0',
  'braille blank': '\u2800',
  'mixed with spaces and a no-break space': ' \u200B\u00A0\u200C ',
  'ideographic space': '\u3000\u3000',
  'tag characters': '\u{E0041}\u{E0042}',
  'only bidi controls and a zero-width space': '\u202E\u200B\u202C',
};

describe('names', () => {
  test.each(Object.entries(INVISIBLE))('%s is invisible', (_name, value) => {
    expect(isInvisible(value)).toBe(true);
  });

  test.each(['Anna', 'Ø', '李', 'ا', '\u200BAnna', 'Jan\u00ADnie', '😀', '0'])('%s is visible', (value) => {
    expect(isInvisible(value)).toBe(false);
  });

  test('bidirectional controls are removed, nothing else', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(stripBidiControls(`Jan${all} de Vries`)).toBe('Jan de Vries');
    expect(stripBidiControls('\u202Ekcab\u202C\u200Bx')).toBe('kcab\u200Bx');
    expect(stripBidiControls('Ωμέγα عربي')).toBe('Ωμέγα عربي');
  });

  test.each(Object.entries(INVISIBLE))('a team, product or employee named with a %s only is refused in Dutch', (_name, value) => {
    expect(messages(teamInputSchema.safeParse({ name: value })).name).toMatch(/^(Deze naam bestaat alleen uit tekens die u niet kunt zien|Vul de naam van het team in)/);
    expect(messages(productInputSchema.safeParse({ name: value, teamId: team })).name).toMatch(/^(Deze naam bestaat alleen|Vul de naam)/);
    expect(messages(employeeInputSchema.safeParse({ name: value, email: 'a@b.nl', roles: ['kcc'] })).name).toMatch(/^(Deze naam bestaat alleen|Vul de naam)/);
    expect(messages(employeePatchSchema.safeParse({ name: value })).name).toMatch(/^(Deze naam bestaat alleen|Vul de naam)/);
  });

  test('a zero-width name gets the message about invisible characters', () => {
    expect(messages(teamInputSchema.safeParse({ name: '\u200B\u200C' })).name).toBe(INVISIBLE_NAME_MESSAGE);
  });

  test('a customer of a contact, a callback request and a report refuse invisible names', () => {
    const contact = { channel: 'phone', subject: 'Paspoort', resolution: 'first_line', customer: { name: '\u3164' } };
    expect(messages(contactInputSchema.safeParse(contact))['customer.name']).toBe(INVISIBLE_NAME_MESSAGE);
    const callback = { teamId: team, question: 'Bel terug', replyBy: 'phone', customer: { name: '\u200B', phone: '0612345678' } };
    expect(messages(callbackRequestInputSchema.safeParse(callback))['customer.name']).toBe(INVISIBLE_NAME_MESSAGE);
    const report = { category: 'other', description: 'Niemand belde mij terug.', name: '\u2060\u2060', consent: true };
    expect(messages(reportInputSchema.safeParse(report)).name).toMatch(/^Uw naam bestaat alleen uit tekens die niet te zien zijn/);
    // An empty name on a report is still "not given".
    expect(reportInputSchema.safeParse({ ...report, name: '', consent: undefined }).success).toBe(true);
  });

  test('names and subjects lose their bidi controls and keep the rest', () => {
    const contact = contactInputSchema.parse({ channel: 'phone', subject: ' \u202EPaspoort\u202C aanvragen ', resolution: 'first_line', customer: { name: 'Anna\u2066 Jansen\u2069' } });
    expect(contact.subject).toBe('Paspoort aanvragen');
    expect(contact.customer?.name).toBe('Anna Jansen');
    expect(teamInputSchema.parse({ name: 'Burger\u200Fzaken' }).name).toBe('Burgerzaken');
    expect(employeeInputSchema.parse({ name: '\u202Dİlker Yılmaz', email: 'i@b.nl', roles: ['kcc'] }).name).toBe('İlker Yılmaz');
    expect(reportInputSchema.parse({ category: 'other', description: 'Niemand belde mij terug.', name: 'Noor\u061C', consent: true }).name).toBe('Noor');
  });

  test('a subject of only invisible characters is refused; of only bidi controls it is empty', () => {
    const base = { channel: 'phone', resolution: 'first_line' };
    expect(messages(contactInputSchema.safeParse({ ...base, subject: '\u200B' })).subject).toMatch(/^Deze tekst bestaat alleen uit tekens/);
    expect(messages(contactInputSchema.safeParse({ ...base, subject: '\u202E\u202C' })).subject).toBe('Vul het onderwerp in.');
  });
});

describe('passwords', () => {
  test('the bundled list holds the 10,000 most common passwords, in lower case, without doubles', () => {
    expect(COMMON_PASSWORDS).toHaveLength(10_000);
    expect(new Set(COMMON_PASSWORDS).size).toBe(10_000);
    expect(COMMON_PASSWORDS.slice(0, 3)).toEqual(['123456', 'password', '12345678']);
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase() && p.length > 0)).toBe(true);
  });

  test('common passwords are recognised whatever their capitals', () => {
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(isCommonPassword('QWERTY123456')).toBe(true);
    expect(isCommonPassword('1Qaz2Wsx3Edc')).toBe(true);
    expect(isCommonPassword('Zonnebloem-Dronten-42')).toBe(false);
  });

  test.each([
    ['kort', PASSWORD_MESSAGES.tooShort],
    ['a'.repeat(MIN_PASSWORD_LENGTH - 1), PASSWORD_MESSAGES.tooShort],
    ['helder-demo', PASSWORD_MESSAGES.tooShort],
    [' '.repeat(MIN_PASSWORD_LENGTH), PASSWORD_MESSAGES.onlySpaces],
    ['\t \n'.repeat(5), PASSWORD_MESSAGES.onlySpaces],
    ['Qwerty123456', PASSWORD_MESSAGES.common],
    ['MOTHERFUCKER', PASSWORD_MESSAGES.common],
    ['een-lang-testwachtwoord', null],
    ['  twee spaties ervoor', null],
  ])('%j: %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
    const result = employeeInputSchema.safeParse({ name: 'Nieuw', email: 'n@b.nl', roles: ['kcc'], password });
    expect(messages(result).password).toBe(problem ?? undefined);
    expect(messages(employeePatchSchema.safeParse({ password })).password).toBe(problem ?? undefined);
  });

  test('no password at all is still allowed (the employee logs in with the organisation account)', () => {
    expect(employeeInputSchema.safeParse({ name: 'Nieuw', email: 'n@b.nl', roles: ['kcc'] }).success).toBe(true);
  });
});

describe('CSV export', () => {
  test.each(['=1+1', '+31 6 12345678', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR', '=HYPERLINK("http://x.example","klik")'])('the text %j is neutralised with a quote', (text) => {
    expect(neutraliseCsvText(text)).toBe(`'${text}`);
    expect(csvCell(text).replace(/^"|"$/g, '').replaceAll('""', '"').startsWith(`'`)).toBe(true);
  });

  test.each(['Burgerzaken', '0612345678', ' =niet aan het begin', "'al veilig", ''])('the text %j stays as it is', (text) => {
    expect(neutraliseCsvText(text)).toBe(text);
  });

  test('numbers stay numbers: a negative figure is not neutralised', () => {
    expect(csvCell(-3.5)).toBe('-3,5');
    expect(csvCell(-3.5, { separator: ',' })).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    // The same characters typed as text are neutralised.
    expect(csvCell('-3,5')).toBe("'-3,5");
  });

  test('quoting: separator, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b')).toBe('a,b');
    expect(csvCell('a,b', { separator: ',' })).toBe('"a,b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvCell('\rX')).toBe(`"'\rX"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  test('a file: CRLF lines, header first', () => {
    expect(toCsv([['naam', 'waarde'], ['=team', -1.25], ['Team B', null]])).toBe("naam;waarde\r\n'=team;-1,25\r\nTeam B;\r\n");
  });
});
