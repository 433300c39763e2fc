// The resident in view: one search box over every way a resident is known, the customer view with
// what they already told, merges that can be undone, and a BSN that is kept sealed and audited.
import { phoneKey } from '@helder/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { rowsOf } from '../../src/db/client.js';
import { auditEvents, customers, partyIdentifiers, partyMerges } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createEmployee, createTeam, expectError, fieldsOf, UNKNOWN_ID, unique } from '../support/http.js';

const clock = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock, config: { parties: { bsnEnabled: true } } });
});
afterAll(async () => t?.close());

/** A mobile number no other test uses: "06" and 8 digits. */
function mobile(): string {
  return `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

async function createParty(overrides: Record<string, unknown> = {}) {
  const response = await t.call(DEMO.kcc, 'POST', '/api/parties', {
    kind: 'resident',
    firstName: 'Fatima',
    surnamePrefix: 'van der',
    surname: unique('Berg').replace(/\s/g, ''),
    phones: [{ value: mobile(), label: 'mobiel' }],
    emails: [{ value: `${unique('f').replace(/\W/g, '')}@example.nl` }],
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function search(q: string, as: string = DEMO.kcc) {
  const response = await t.call(as, 'GET', `/api/parties?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { id: string; name: string; phone: string | null; email: string | null }[];
}

describe('finding a party', () => {
  test('every notation of a phone number finds the same party', async () => {
    const number = mobile();
    const party = await createParty({ phones: [{ value: `${number.slice(0, 2)}-${number.slice(2, 6)} ${number.slice(6)}` }] });
    const local = number.slice(1);
    for (const q of [number, `${number.slice(0, 2)}-${number.slice(2, 6)} ${number.slice(6)}`, `+31${local}`, `+31 (0)${local}`, `0031 ${local}`, `0031${local}`]) {
      expect((await search(q)).map((p) => p.id), q).toContain(party.id);
    }
    // A number still being typed is a prefix.
    expect((await search(number.slice(0, 8))).map((p) => p.id)).toContain(party.id);
  });

  test('by e-mail in any case, by name while typing, without accents, by postcode and house number, by KvK number', async () => {
    const surname = `Özdemir${Math.random().toString(36).slice(2, 7)}`;
    const email = `${unique('Mail').replace(/\W/g, '')}@Example.NL`;
    const party = await createParty({ firstName: 'Aylin', surnamePrefix: undefined, surname, emails: [{ value: email }], address: { street: 'De Rede', houseNumber: 14, postcode: '8251 ab', city: 'Dronten' } });
    expect(party.name).toBe(`Aylin ${surname}`);
    expect(party.address).toBe('De Rede 14, 8251 AB Dronten');
    expect((await search(email.toLowerCase())).map((p) => p.id)).toEqual([party.id]);
    expect((await search(email.toUpperCase())).map((p) => p.id)).toEqual([party.id]);
    expect((await search(`aylin ${surname.slice(0, 6).toLowerCase().replace('ö', 'o')}`)).map((p) => p.id)).toContain(party.id);
    expect((await search('8251AB 14')).map((p) => p.id)).toContain(party.id);
    expect((await search('8251 ab 14')).map((p) => p.id)).toContain(party.id);
    expect((await search('8251 AB 15')).map((p) => p.id)).not.toContain(party.id);

    const kvk = String(10000000 + Math.floor(Math.random() * 89999999));
    const business = await createParty({ kind: 'business', name: unique('Bakkerij de Korenschoof'), kvkNumber: kvk, firstName: undefined, surname: undefined, surnamePrefix: undefined });
    expect(business.kvkNumber).toBe(kvk);
    expect((await search(kvk)).map((p) => p.id)).toEqual([business.id]);
  });

  test('a query that finds nothing answers an empty list; bad input answers Dutch field messages that keep nothing', async () => {
    expect(await search('zzzqqqxxyy')).toEqual([]);
    const bad = await t.call(DEMO.kcc, 'POST', '/api/parties', { kind: 'resident', phones: [{ value: '12' }], emails: [{ value: 'geen-adres' }], kvkNumber: '123', bsn: '123456789', address: { postcode: '0000 XX' } });
    expectError(bad, 400);
    const fields = fieldsOf(bad);
    expect(fields['surname']).toMatch(/achternaam/);
    expect(fields['phones.0.value']).toMatch(/telefoonnummer/);
    expect(fields['emails.0.value']).toMatch(/e-mailadres/);
    expect(fields['kvkNumber']).toMatch(/8 cijfers/);
    expect(fields['bsn']).toMatch(/elfproef/);
    expect(fields['address.postcode']).toMatch(/postcode/);
  });

  test('only case workers may look up parties', async () => {
    expectError(await t.call('privacy@dronten.demo', 'GET', '/api/parties?q=jansen'), 403);
    expectError(await t.call(null, 'GET', '/api/parties?q=jansen'), 401);
  });

  test('the SQL phone key used to link old contacts agrees with the one the search uses', async () => {
    const samples = ['06-1234 5678', '+31612345678', '+31 (0)6 12345678', '0031612345678', '0321 123456', '+32 470 12 34 56', '612345678', '0800-1234', ''];
    for (const s of samples) {
      const [row] = rowsOf<{ key: string | null }>(await t.database.db.execute(sql`select helder_phone_key(${s}) as key`));
      expect(row!.key, s).toBe(phoneKey(s));
    }
  });
});

describe('the customer view', () => {
  test('a registration with the chosen party shows up with its answer and open request; a later call by the same number lands on the same party', async () => {
    const party = await createParty();
    const burgerzaken = t.team('Burgerzaken').id;
    const handed = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      channel: 'phone',
      subject: 'Verhuizing doorgeven',
      summary: 'Wil weten of de verhuizing is verwerkt.',
      answer: 'Uitgelegd dat het vijf dagen duurt.',
      productId: t.product('Paspoort').id,
      resolution: 'handed_over',
      partyId: party.id,
      customer: { name: party.name, phone: party.phone },
      callbackRequest: { teamId: burgerzaken, question: 'Is de verhuizing al verwerkt?', replyBy: 'phone' },
    });
    expect(handed.statusCode, handed.body).toBe(201);
    expect(handed.json().customer.partyId).toBe(party.id);
    expect(handed.json().answer).toBe('Uitgelegd dat het vijf dagen duurt.');

    // The resident calls again; the employee does not choose, but the number is known.
    const again = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      channel: 'phone',
      subject: 'Nog een vraag',
      resolution: 'first_line',
      customer: { name: party.name, phone: `+31${party.phone.slice(1)}` },
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().customer.partyId).toBe(party.id);

    const view = (await t.call(DEMO.kcc, 'GET', `/api/parties/${party.id}`)).json();
    expect(view.openRequests).toHaveLength(1);
    expect(view.openRequests[0]).toMatchObject({ reference: handed.json().callbackRequest.reference, teamName: 'Burgerzaken', question: 'Is de verhuizing al verwerkt?', dueAt: handed.json().callbackRequest.dueAt });
    expect(['on_time', 'due_today']).toContain(view.openRequests[0].dueState);
    expect(view.recentContacts.map((c: { reference: string }) => c.reference)).toEqual([again.json().reference, handed.json().reference]);
    expect(view.recentContacts[1].answer).toBe('Uitgelegd dat het vijf dagen duurt.');
    expect(view.hiddenCount).toBe(0);

    // Every view of the party is in the audit trail, with the customers it showed.
    const audits = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'party'), eq(auditEvents.entityId, party.id), eq(auditEvents.action, 'read_customer')));
    expect(audits.length).toBeGreaterThan(0);
    expect(audits.at(-1)!.customerIds.length).toBe(2);
  });

  test('a new e-mail address makes a new party; the typed number joins a chosen party', async () => {
    const email = `${unique('nieuw').replace(/\W/g, '')}@example.nl`;
    const first = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'email', subject: 'Vraag', resolution: 'first_line', customer: { name: 'Kees Nieuw', email } });
    expect(first.statusCode, first.body).toBe(201);
    const partyId = first.json().customer.partyId as string;
    expect(partyId).toMatch(/^[0-9a-f-]{36}$/);
    const number = mobile();
    const second = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'Vraag 2', resolution: 'first_line', partyId, customer: { name: 'Kees Nieuw', phone: number } });
    expect(second.json().customer.partyId).toBe(partyId);
    const view = (await t.call(DEMO.kcc, 'GET', `/api/parties/${partyId}`)).json();
    expect(view.digitalAddresses.map((a: { value: string }) => a.value).sort()).toEqual([email, number].sort());
    // Anonymous and name-only contacts link nobody.
    const anonymous = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'Anoniem', resolution: 'first_line', customer: { name: 'Alleen Naam' } });
    expect(anonymous.json().customer.partyId).toBeNull();
    expectError(await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'X', resolution: 'first_line', partyId: UNKNOWN_ID }), 400);
  });

  test('a second-line employee sees only what their team may open, and how much is hidden', async () => {
    const party = await createParty();
    const other = await createTeam(t);
    await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      channel: 'phone', subject: 'Voor een ander team', resolution: 'handed_over', partyId: party.id, customer: { name: party.name, phone: party.phone },
      callbackRequest: { teamId: other.id, question: 'Geheim voor Burgerzaken', replyBy: 'phone' },
    });
    const view = (await t.call(DEMO.secondLine, 'GET', `/api/parties/${party.id}`)).json();
    expect(view.openRequests).toEqual([]);
    expect(view.recentContacts).toEqual([]);
    expect(view.hiddenCount).toBe(2);
    const member = await createEmployee(t, ['second_line'], other.id);
    const theirs = (await t.call(member.email, 'GET', `/api/parties/${party.id}`)).json();
    expect(theirs.openRequests).toHaveLength(1);
    expect(theirs.hiddenCount).toBe(0);
  });
});

describe('merging duplicates', () => {
  test('a merge moves contacts and addresses, hides the duplicate, and can be undone exactly once within 30 days', async () => {
    const survivor = await createParty();
    const duplicate = await createParty({ firstName: 'F.', surname: survivor.surname });
    const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'counter', subject: 'Bij de balie', resolution: 'first_line', partyId: duplicate.id, customer: { name: duplicate.name, email: duplicate.email } });
    expect(contact.statusCode, contact.body).toBe(201);

    expectError(await t.call(DEMO.secondLine, 'POST', `/api/parties/${survivor.id}/merge`, { duplicateId: duplicate.id }), 403);
    expectError(await t.call(DEMO.kcc, 'POST', `/api/parties/${survivor.id}/merge`, { duplicateId: survivor.id }), 400);
    const merged = await t.call(DEMO.kcc, 'POST', `/api/parties/${survivor.id}/merge`, { duplicateId: duplicate.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const view = merged.json();
    expect(view.recentContacts.map((c: { id: string }) => c.id)).toContain(contact.json().id);
    expect(view.digitalAddresses.map((a: { value: string }) => a.value)).toEqual(expect.arrayContaining([duplicate.email, duplicate.phone, survivor.email, survivor.phone]));
    expect(view.digitalAddresses.filter((a: { isDefault: boolean; kind: string }) => a.isDefault && a.kind === 'phone').map((a: { value: string }) => a.value)).toEqual([survivor.phone]);
    expect(view.merges).toHaveLength(1);
    expect((await search(duplicate.phone)).map((p) => p.id)).toEqual([survivor.id]);
    const gone = (await t.call(DEMO.kcc, 'GET', `/api/parties/${duplicate.id}`)).json();
    expect(gone.mergedIntoId).toBe(survivor.id);
    // A registration for the merged party lands on the survivor.
    const late = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'Later', resolution: 'first_line', partyId: duplicate.id, customer: { name: duplicate.name } });
    expect(late.json().customer.partyId).toBe(survivor.id);
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'merge'), eq(auditEvents.entityId, survivor.id)));
    expect(audit).toHaveLength(1);

    const undo = await t.call(DEMO.kcc, 'POST', `/api/party-merges/${view.merges[0].id}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().recentContacts.map((c: { id: string }) => c.id)).not.toContain(contact.json().id);
    const back = (await t.call(DEMO.kcc, 'GET', `/api/parties/${duplicate.id}`)).json();
    expect(back.mergedIntoId).toBeNull();
    expect(back.recentContacts.map((c: { id: string }) => c.id)).toContain(contact.json().id);
    expect(back.digitalAddresses.find((a: { kind: string; isDefault: boolean }) => a.kind === 'phone' && a.isDefault)?.value).toBe(duplicate.phone);
    expectError(await t.call(DEMO.kcc, 'POST', `/api/party-merges/${view.merges[0].id}/undo`), 409);
  });

  test('after 30 days a merge stays', async () => {
    const a = await createParty();
    const b = await createParty();
    const merged = (await t.call(DEMO.admin, 'POST', `/api/parties/${a.id}/merge`, { duplicateId: b.id })).json();
    // Made 31 days ago (moving the clock instead would end the session too).
    await t.database.db.update(partyMerges).set({ mergedAt: new Date(clock.now().getTime() - 31 * 86_400_000) }).where(eq(partyMerges.id, merged.merges[0].id));
    expectError(await t.call(DEMO.admin, 'POST', `/api/party-merges/${merged.merges[0].id}/undo`), 409, 'too_late');
  });
});

describe('the BSN', () => {
  test('is kept sealed, shown masked, found by search, and every view of it is audited', async () => {
    const bsn = '111222333';
    const party = await createParty({ bsn });
    expect(party.bsnMasked).toBe('••••••333');
    expect(JSON.stringify(party)).not.toContain(bsn);
    const [stored] = await t.database.db.select().from(partyIdentifiers).where(and(eq(partyIdentifiers.partyId, party.id), eq(partyIdentifiers.idKind, 'bsn')));
    expect(stored!.value).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(bsn);

    expect((await search(bsn)).map((p) => p.id)).toEqual([party.id]);
    const shown = await t.call(DEMO.kcc, 'GET', `/api/parties/${party.id}/bsn`);
    expect(shown.json()).toEqual({ bsn });
    const reads = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'read_bsn'), eq(auditEvents.entityId, party.id)));
    expect(reads).toHaveLength(1);

    const other = await t.call(DEMO.kcc, 'POST', '/api/parties', { kind: 'resident', surname: 'Tweede', bsn });
    expect(fieldsOf(other)['bsn']).toMatch(/andere klant/);

    // A change without the BSN keeps it; an empty one removes it.
    const kept = await t.call(DEMO.kcc, 'PUT', `/api/parties/${party.id}`, { kind: 'resident', surname: party.surname, phones: [], emails: [] });
    expect(kept.json().bsnMasked).toBe('••••••333');
    const removed = await t.call(DEMO.kcc, 'PUT', `/api/parties/${party.id}`, { kind: 'resident', surname: party.surname, bsn: '' });
    expect(removed.json().bsnMasked).toBeNull();
    expectError(await t.call(DEMO.kcc, 'GET', `/api/parties/${party.id}/bsn`), 404);
  });

  test('is refused where the municipality does not keep it', async () => {
    const plain = await createTestApp({ config: { parties: { bsnEnabled: false } } });
    try {
      const refused = await plain.call(DEMO.kcc, 'POST', '/api/parties', { kind: 'resident', surname: 'Zonder', bsn: '111222333' });
      expect(fieldsOf(refused)['bsn']).toMatch(/geen BSN/);
      const response = await plain.call(DEMO.kcc, 'GET', '/api/parties?q=111222333');
      expect(response.json().items).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

test('customers stay linked to their party after a change of details', async () => {
  const party = await createParty();
  const changed = await t.call(DEMO.kcc, 'PUT', `/api/parties/${party.id}`, {
    kind: 'resident', firstName: 'Fatima', surname: party.surname, phones: [{ value: party.phone }, { value: mobile(), isDefault: true, label: 'werk' }], emails: [],
  });
  expect(changed.statusCode, changed.body).toBe(200);
  const view = changed.json();
  expect(view.digitalAddresses.filter((a: { kind: string }) => a.kind === 'phone')).toHaveLength(2);
  expect(view.digitalAddresses.filter((a: { kind: string }) => a.kind === 'email')).toHaveLength(0);
  expect(view.phone).not.toBe(party.phone);
  expect(view.digitalAddresses.find((a: { label: string | null }) => a.label === 'werk').isDefault).toBe(true);
  const linked = await t.database.db.select().from(customers).where(eq(customers.partyId, party.id));
  expect(linked).toHaveLength(0);
});

describe('linking what Helder already holds', () => {
  test('the SQL search text of a name is the one the party search writes', async () => {
    const { partySearchText } = await import('../../src/parties/fields.js');
    for (const name of ['Piet de Vries', 'Özdemir-Yılmaz', 'José Álvarez Ñúñez', "Van 't Hek", 'Šarić  Čović', 'Zoë  ', '']) {
      const [row] = rowsOf<{ text: string }>(await t.database.db.execute(sql`select helder_search_text(${name}) as text`));
      expect(row!.text, name).toBe(partySearchText({ kind: 'business', name }));
    }
  });

  test('customers from before parties existed are linked by e-mail address or phone number in any notation', async () => {
    const number = mobile();
    const email = `${unique('oud').replace(/\W/g, '')}@example.nl`;
    const [a, b, c, d] = await t.database.db
      .insert(customers)
      .values([
        { name: 'Henk Oud', phone: number, createdAt: new Date('2026-01-01T10:00:00Z') },
        { name: 'H. Oud', phone: `+31${number.slice(1)}`, email: email.toUpperCase(), createdAt: new Date('2026-02-01T10:00:00Z') },
        { name: 'Henk Oud', email, createdAt: new Date('2026-03-01T10:00:00Z') },
        { name: 'Alleen een naam', createdAt: new Date('2026-03-01T10:00:00Z') },
      ])
      .returning({ id: customers.id });
    await t.database.db.execute(sql`select helder_link_customers(${sql.raw(`array['${a!.id}','${b!.id}','${c!.id}','${d!.id}']::uuid[]`)})`);
    const linked = await t.database.db.select({ id: customers.id, partyId: customers.partyId }).from(customers).where(sql`${customers.id} in (${a!.id}, ${b!.id}, ${c!.id}, ${d!.id})`);
    const party = (id: string) => linked.find((l) => l.id === id)!.partyId;
    expect(party(a!.id)).not.toBeNull();
    expect(party(b!.id)).toBe(party(a!.id));
    expect(party(c!.id)).toBe(party(a!.id));
    expect(party(d!.id)).toBeNull();
    const view = (await t.call(DEMO.kcc, 'GET', `/api/parties/${party(a!.id)}`)).json();
    expect(view.name).toBe('Henk Oud');
    expect(view.digitalAddresses.filter((x: { kind: string }) => x.kind === 'phone')).toHaveLength(1);
    expect(view.digitalAddresses.find((x: { kind: string }) => x.kind === 'email').value.toLowerCase()).toBe(email);
    expect((await search(`+31 ${number.slice(1)}`)).map((p) => p.id)).toEqual([party(a!.id)]);
  });

  test('an import with the resident\'s details links the records to their party', async () => {
    const party = await createParty();
    const reference = unique('IMP').replace(/\W/g, '');
    const csv = `reference,occurred_at,channel,team,product,resolution,customer_name,customer_email,customer_phone
${reference}-1,2026-11-02T10:00:00,phone,Burgerzaken,,first_line,${party.name},,${party.phone}
${reference}-2,2026-11-03T10:00:00,email,Burgerzaken,,first_line,Nieuwe Inwoner,${reference.toLowerCase()}@example.nl,
${reference}-3,2026-11-04T10:00:00,counter,Burgerzaken,,first_line,,,
`;
    const response = await t.app.inject({ method: 'POST', url: '/api/import/contacts', payload: csv, headers: { cookie: await t.login(DEMO.admin), 'content-type': 'text/csv' } });
    expect(response.statusCode, response.body).toBe(200);
    const view = (await t.call(DEMO.kcc, 'GET', `/api/parties/${party.id}`)).json();
    expect(view.recentContacts.map((c: { subject: string }) => c.subject)).toHaveLength(1);
    expect((await search(`${reference.toLowerCase()}@example.nl`))).toHaveLength(1);
    const bad = await t.app.inject({ method: 'POST', url: '/api/import/contacts', payload: `reference,occurred_at,channel,team,product,resolution,customer_email\nX-${reference},2026-11-02T10:00:00,phone,Burgerzaken,,first_line,geen-adres\n`, headers: { cookie: await t.login(DEMO.admin), 'content-type': 'text/csv' } });
    expectError(bad, 400);
    expect(bad.body).toContain('customer_email');
  });
});
