import { describe, expect, test } from 'vitest';
import { callbackRequestInputSchema, contactInputSchema, isValidPhone, useDutchErrors } from '../src/index.js';

useDutchErrors();
const team = '3f1c9f0e-8a51-4c36-9a52-1c4a8cfd2a11';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('phone numbers', () => {
  test.each(['0612345678', '06-12345678', '06 123 456 78', '0321 123456', '+31 6 12345678', '0031612345678', '+32 470 12 34 56', '0800 1234'])(
    '%s is accepted',
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );
  test.each(['12345', '06123', 'abc', '+31', '061234567890123456', ''])('%s is rejected', (phone) => {
    expect(isValidPhone(phone)).toBe(false);
  });
});

describe('contact input', () => {
  const base = { channel: 'phone', subject: 'Paspoort aanvragen', resolution: 'first_line' };

  test('an anonymous first-line contact is valid', () => {
    expect(contactInputSchema.safeParse(base).success).toBe(true);
  });

  test('missing fields get plain Dutch messages', () => {
    const result = contactInputSchema.safeParse({});
    expect(messages(result)).toMatchObject({
      channel: 'Kies het kanaal van het contact.',
      subject: 'Vul het onderwerp in.',
      resolution: 'Kies of de vraag direct is opgelost of is doorgezet.',
    });
  });

  test('a subject of only spaces is empty', () => {
    expect(messages(contactInputSchema.safeParse({ ...base, subject: '   ' })).subject).toBe('Vul het onderwerp in.');
  });

  test('a 1 MB subject is too long', () => {
    expect(messages(contactInputSchema.safeParse({ ...base, subject: 'x'.repeat(1_000_000) })).subject).toBe(
      'Dit is te lang. Gebruik maximaal 300 tekens.',
    );
  });

  test('a wrong type says what to do', () => {
    expect(messages(contactInputSchema.safeParse({ ...base, subject: 42 })).subject).toBe('Vul het onderwerp in.');
    expect(messages(contactInputSchema.safeParse({ ...base, channel: 'fax' })).channel).toBe('Kies het kanaal van het contact.');
  });

  test('a callback needs the way back to the customer', () => {
    const result = contactInputSchema.safeParse({
      ...base,
      resolution: 'handed_over',
      customer: { name: 'J. de Vries' },
      callbackRequest: { teamId: team, question: 'Wanneer is mijn paspoort klaar?', replyBy: 'phone' },
    });
    expect(messages(result)['customer.phone']).toBe('Vul het telefoonnummer in. De klant wil gebeld worden.');
  });

  test('the customer of the contact is used for the callback', () => {
    const result = contactInputSchema.safeParse({
      ...base,
      resolution: 'handed_over',
      customer: { name: 'J. de Vries', phone: '0612345678' },
      callbackRequest: { teamId: team, question: 'Wanneer is mijn paspoort klaar?', replyBy: 'phone' },
    });
    expect(result.success).toBe(true);
  });

  test('resolved in the first line with a callback is contradictory', () => {
    const result = contactInputSchema.safeParse({
      ...base,
      customer: { name: 'J. de Vries', phone: '0612345678' },
      callbackRequest: { teamId: team, question: 'Vraag', replyBy: 'phone' },
    });
    expect(messages(result).callbackRequest).toContain('heeft geen terugbelverzoek nodig');
  });

  test('an invalid e-mail address is explained', () => {
    expect(messages(contactInputSchema.safeParse({ ...base, customer: { email: 'jan@' } }))['customer.email']).toContain(
      'geen geldig e-mailadres',
    );
  });
});

describe('callback request input', () => {
  test('a reply by e-mail needs an e-mail address', () => {
    const result = callbackRequestInputSchema.safeParse({
      teamId: team,
      question: 'Vraag over de WOZ-waarde',
      replyBy: 'email',
      customer: { name: 'A. Jansen', phone: '0321123456' },
    });
    expect(messages(result)['customer.email']).toBe('Vul het e-mailadres in. De klant wil een e-mail.');
  });

  test('a malformed team id is rejected', () => {
    const result = callbackRequestInputSchema.safeParse({
      teamId: 'not-an-id',
      question: 'Vraag',
      replyBy: 'phone',
      customer: { name: 'A. Jansen', phone: '0321123456' },
    });
    expect(messages(result).teamId).toBe('Dit kenmerk klopt niet.');
  });
});
