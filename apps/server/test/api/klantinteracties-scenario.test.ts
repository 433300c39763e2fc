// A KISS-like client on Helder's Klantinteracties API, with the calls KISS makes (its proxy and
// its front end, read from KISS-frontend): a key from the administrator, actors looked up by e-mail
// address and department, a klantcontact with its betrokkene and digital addresses, an interne taak
// for a team. The task lands in that team's inbox in Helder with Helder's deadline; the second line
// completes it in Helder and the API says `verwerkt`. Plus keys, audit, long texts, filters, paging.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { auditEvents, callbackRequests, contacts, customers } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { unique } from '../support/http.js';
import { API, client, makeToken, uuidOf } from '../support/klantinteracties.js';

// Tuesday 2 March 2027, 10:00 in Amsterdam.
const clock = new FixedClock(new Date('2027-03-02T10:00:00+01:00'));

let t: TestApp;
let kiss: ReturnType<typeof client>;
let token: { id: string; token: string };
const TOKEN_NAME = `KISS ${process.pid}`;
/** Every call the client made (method and path), to compare with the audit trail. */
const calls: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ clock, config: { parties: { bsnEnabled: true }, sessionHours: 24 * 30 } });
  token = await makeToken(t, TOKEN_NAME);
  const raw = client(t, token.token);
  kiss = async (method, url, payload, headers) => {
    const response = await raw(method, url, payload, headers);
    if (response.statusCode < 400) calls.push(`${method} ${url}`);
    return response;
  };
});
afterAll(() => t.close());

const state: Record<string, string> = {};
const LONG_SUBJECT = `Vraag over de aanvraag van een nieuw paspoort en een identiteitskaart voor de kinderen, ${'met een lange toelichting die KISS anders zou afkappen '.repeat(4)}`.slice(0, 300);
const LONG_CONTENT = `Mevrouw belde over haar verlopen paspoort. ${'Zij wil weten welke documenten zij moet meenemen en of de kinderen mee moeten komen. '.repeat(80)}`.slice(0, 6000);

describe('a contactverzoek from KISS becomes a callback request in Helder', () => {
  test('KISS finds its user and the department among the actors', async () => {
    // PostKlantcontactenCustomProxy: actoren?actoridentificatorObjectId=<e-mail of the logged-in user>.
    const byEmail = await kiss('GET', `${API}/actoren?actoridentificatorObjectId=${DEMO.kcc}`);
    expect(byEmail.statusCode).toBe(200);
    expect(byEmail.json().count).toBe(1);
    state.kccActor = byEmail.json().results[0].uuid;
    expect(state.kccActor).toBe((await t.employee(DEMO.kcc)).id);

    // ensureActoren: all four identificator fields, as KISS configures a medewerker with e-mail.
    const secondLine = await kiss('GET', `${API}/actoren?${new URLSearchParams({ actoridentificatorObjectId: DEMO.secondLine, actoridentificatorCodeRegister: 'handmatig', actoridentificatorCodeSoortObjectId: 'email', actoridentificatorCodeObjecttype: 'mdw' })}`);
    expect(secondLine.json().results.map((a: { uuid: string }) => a.uuid)).toEqual([(await t.employee(DEMO.secondLine)).id]);

    // A department (afdeling) by its name, with KISS's own codes; not found, KISS posts it: Helder answers with its team.
    const byName = await kiss('GET', `${API}/actoren?${new URLSearchParams({ actoridentificatorObjectId: 'Burgerzaken', actoridentificatorCodeRegister: 'obj', actoridentificatorCodeSoortObjectId: 'idf', actoridentificatorCodeObjecttype: 'afd' })}`);
    expect(byName.json().results).toHaveLength(1);
    state.team = byName.json().results[0].uuid;
    expect(state.team).toBe(t.team('Burgerzaken').id);
    const posted = await kiss('POST', `${API}/actoren`, { naam: 'Burgerzaken', soortActor: 'organisatorische_eenheid', indicatieActief: true, actoridentificator: { objectId: 'AFD-17', codeObjecttype: 'afd', codeRegister: 'obj', codeSoortObjectId: 'idf' } });
    expect(posted.statusCode).toBe(201);
    expect(uuidOf(posted)).toBe(state.team);
  });

  test('KISS registers the klantcontact (long texts kept whole) and links its user', async () => {
    const created = await kiss('POST', `${API}/klantcontacten`, {
      kanaal: 'Telefoon',
      onderwerp: LONG_SUBJECT,
      inhoud: LONG_CONTENT,
      indicatieContactGelukt: true,
      taal: 'nld',
      vertrouwelijk: false,
      plaatsgevondenOp: clock.now().toISOString(),
    }, { 'content-type': 'application/json; charset=utf-8' });
    expect(created.statusCode, created.body).toBe(201);
    state.contact = uuidOf(created);
    expect(created.json().onderwerp).toBe(LONG_SUBJECT);
    expect(created.json().inhoud).toBe(LONG_CONTENT);
    expect(created.json().kanaal).toBe('telefoon');

    const link = await kiss('POST', `${API}/actorklantcontacten`, { actor: { uuid: state.kccActor }, klantcontact: { uuid: state.contact } });
    expect(link.statusCode).toBe(201);

    const read = await kiss('GET', `${API}/klantcontacten/${state.contact}`);
    expect(read.json().onderwerp).toHaveLength(300);
    expect(read.json().inhoud).toBe(LONG_CONTENT);
    expect(read.json().hadBetrokkenActoren.map((a: { uuid: string }) => a.uuid)).toEqual([state.kccActor]);
    const [row] = await t.database.db.select().from(contacts).where(eq(contacts.id, state.contact!));
    expect(row).toMatchObject({ channel: 'phone', subject: LONG_SUBJECT, summary: LONG_CONTENT, registeredByToken: token.id });
  });

  test('KISS adds the betrokkene and the addresses the resident gave', async () => {
    const betrokkene = await kiss('POST', `${API}/betrokkenen`, {
      wasPartij: null,
      hadKlantcontact: { uuid: state.contact },
      rol: 'klant',
      initiator: true,
      organisatienaam: '',
      contactnaam: { voorletters: 'F', voornaam: 'Fatima', voorvoegselAchternaam: '', achternaam: 'El Amrani' },
    });
    expect(betrokkene.statusCode, betrokkene.body).toBe(201);
    state.betrokkene = uuidOf(betrokkene);
    expect(betrokkene.json().volledigeNaam).toBe('Fatima El Amrani');

    for (const [soortDigitaalAdres, adres] of [['telefoonnummer', '0612345678'], ['email', 'fatima@example.nl']]) {
      const response = await kiss('POST', `${API}/digitaleadressen`, { verstrektDoorBetrokkene: { uuid: state.betrokkene }, verstrektDoorPartij: null, adres, soortDigitaalAdres, omschrijving: 'onbekend' });
      expect(response.statusCode, response.body).toBe(201);
    }
    // The contact's customer is this betrokkene, with the first phone number and e-mail address it gave.
    const [contact] = await t.database.db.select().from(contacts).where(eq(contacts.id, state.contact!));
    expect(contact!.customerId).toBe(state.betrokkene);
    const [customer] = await t.database.db.select().from(customers).where(eq(customers.id, state.betrokkene!));
    expect(customer).toMatchObject({ name: 'Fatima El Amrani', phone: '0612345678', email: 'fatima@example.nl', contactId: state.contact });
  });

  test('KISS makes the interne taak for the department: Helder\'s request with Helder\'s deadline', async () => {
    const response = await kiss('POST', `${API}/internetaken`, {
      nummer: '',
      gevraagdeHandeling: 'Contact opnemen met betrokkene',
      aanleidinggevendKlantcontact: { uuid: state.contact },
      toegewezenAanActoren: [{ uuid: state.team }],
      toelichting: 'Mevrouw wil teruggebeld worden over de afspraak voor de kinderen.',
      status: 'te_verwerken',
    });
    expect(response.statusCode, response.body).toBe(201);
    const task = response.json();
    state.task = task.uuid;
    expect(task).toMatchObject({ status: 'te_verwerken', afgehandeldOp: null, gevraagdeHandeling: 'Contact opnemen met betrokkene', referentienummer: expect.stringMatching(/^TB-\d+$/) });
    expect(task.toegewezenAanActoren.map((a: { uuid: string }) => a.uuid)).toEqual([state.team]);
    expect(task.toegewezenOp).toBe(clock.now().toISOString());

    // In Helder: the Burgerzaken inbox of the second line, due as Helder computes it.
    const inbox = await t.call(DEMO.secondLine, 'GET', `/api/callback-requests?teamId=${state.team}&status=open`);
    expect(inbox.statusCode).toBe(200);
    const request = inbox.json().items.find((r: { id: string }) => r.id === state.task);
    expect(request, 'the task is in the team\'s inbox').toBeDefined();
    const team = t.team('Burgerzaken');
    const due = await t.services.calendar.dueDateFor(clock.now(), team.deadlineWorkingDays);
    expect(request).toMatchObject({
      reference: task.referentienummer,
      contactId: state.contact,
      question: 'Mevrouw wil teruggebeld worden over de afspraak voor de kinderen.',
      replyBy: 'phone',
      customer: { name: 'Fatima El Amrani', phone: '0612345678', email: 'fatima@example.nl' },
      dueExplanation: due.explanation,
      workingDays: team.deadlineWorkingDays,
      status: 'open',
    });
    // Written with Amsterdam's offset, to the second.
    expect(Math.abs(new Date(request.dueAt).getTime() - due.dueAt.getTime())).toBeLessThan(1000);
    const detail = await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${state.task}`);
    expect(detail.json().history.map((h: { type: string }) => h.type)).toEqual(['created']);
    // The contact was handed over to that team, as a registration with a callback request is.
    const [contact] = await t.database.db.select().from(contacts).where(eq(contacts.id, state.contact!));
    expect(contact).toMatchObject({ resolution: 'handed_over', teamId: state.team });
  });

  test('the second line completes it in Helder; the API says verwerkt, with afgehandeldOp', async () => {
    clock.set('2027-03-03T14:30:00+01:00');
    const done = await t.call(DEMO.secondLine, 'POST', `/api/callback-requests/${state.task}/complete`, { outcome: 'Teruggebeld en afspraak gemaakt.' });
    expect(done.statusCode, done.body).toBe(200);
    const task = (await kiss('GET', `${API}/internetaken/${state.task}`)).json();
    expect(task.status).toBe('verwerkt');
    expect(task.afgehandeldOp).toBe(new Date('2027-03-03T14:30:00+01:00').toISOString());
    const open = (await kiss('GET', `${API}/internetaken?toegewezenAanActor__uuid=${state.team}&status=te_verwerken`)).json();
    expect(open.results.map((r: { uuid: string }) => r.uuid)).not.toContain(state.task);
    const processed = (await kiss('GET', `${API}/internetaken?toegewezenAanActor__uuid=${state.team}&status=verwerkt`)).json();
    expect(processed.results.map((r: { uuid: string }) => r.uuid)).toContain(state.task);
  });

  test('KISS\'s contactverzoek overview: address search, expanded betrokkene, contact with its tasks, their actors', async () => {
    // searchDigitaleAdressen: adres exact (here in another notation), expand verstrektDoorBetrokkene.
    const found = await kiss('GET', `${API}/digitaleadressen?${new URLSearchParams({ adres: '06-12345678', page: '1', expand: 'verstrektDoorBetrokkene' })}`);
    expect(found.statusCode).toBe(200);
    const address = found.json().results.find((a: { verstrektDoorBetrokkene: { uuid: string } | null }) => a.verstrektDoorBetrokkene?.uuid === state.betrokkene);
    expect(address._expand.verstrektDoorBetrokkene.hadKlantcontact.uuid).toBe(state.contact);
    const contact = await kiss('GET', `${API}/klantcontacten/${state.contact}?expand=leiddeTotInterneTaken,gingOverOnderwerpobjecten`);
    const task = contact.json()._expand.leiddeTotInterneTaken[0];
    expect(task.uuid).toBe(state.task);
    const actor = await kiss('GET', `${API}/actoren/${task.toegewezenAanActoren[0].uuid}`);
    expect(actor.json()).toMatchObject({ soortActor: 'organisatorische_eenheid', naam: 'Burgerzaken' });
  });

  test('a task for an employee goes to their team, assigned to them; external actors alone are refused', async () => {
    const employee = await t.employee(DEMO.secondLine);
    const response = await kiss('POST', `${API}/internetaken`, {
      gevraagdeHandeling: 'Terugbellen',
      aanleidinggevendKlantcontact: { uuid: state.contact },
      toegewezenAanActoren: [{ uuid: employee.id }],
      status: 'te_verwerken',
    });
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.id, uuidOf(response)));
    expect(row).toMatchObject({ teamId: employee.teamId, assigneeId: employee.id, requestedAction: 'Terugbellen' });

    const robot = await kiss('POST', `${API}/actoren`, { naam: 'Chatbot', soortActor: 'geautomatiseerde_actor', actorIdentificatie: { functie: 'Chat' } });
    const refused = await kiss('POST', `${API}/internetaken`, {
      gevraagdeHandeling: 'Terugbellen',
      aanleidinggevendKlantcontact: { uuid: state.contact },
      toegewezenAanActoren: [{ uuid: uuidOf(robot) }],
      status: 'te_verwerken',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0]).toMatchObject({ name: 'toegewezenAanActoren', reason: expect.stringContaining('team') });
  });

  test('setting verwerkt through the API completes the request in Helder (history, state machine)', async () => {
    const made = await kiss('POST', `${API}/internetaken`, {
      gevraagdeHandeling: 'Terugbellen',
      aanleidinggevendKlantcontact: { uuid: state.contact },
      toegewezenAanActoren: [{ uuid: state.team }],
      status: 'te_verwerken',
    });
    const id = uuidOf(made);
    const done = await kiss('PATCH', `${API}/internetaken/${id}`, { status: 'verwerkt' });
    expect(done.json()).toMatchObject({ status: 'verwerkt', afgehandeldOp: clock.now().toISOString() });
    const detail = (await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${id}`)).json();
    expect(detail.status).toBe('done');
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['created', 'completed']);
    expect(detail.history[1].data).toMatchObject({ via: 'klantinteracties', apiToken: TOKEN_NAME, fromStatus: 'open', toStatus: 'done' });
    const reopen = await kiss('PATCH', `${API}/internetaken/${id}`, { status: 'te_verwerken' });
    expect(reopen.statusCode).toBe(409);
  });
});

describe('keys', () => {
  test('no key, a wrong key, another scheme or a revoked key: 401 in Open Klant\'s shape', async () => {
    for (const headers of [{}, { authorization: 'Token verkeerd' }, { authorization: `Bearer ${token.token}` }]) {
      const response = await t.app.inject({ method: 'GET', url: `${API}/klantcontacten`, headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ status: 401, code: expect.any(String), title: expect.any(String), detail: expect.any(String) });
      expect(response.headers['api-version']).toBe('0.9.0');
    }
    const other = await makeToken(t, unique('Tijdelijk'));
    const api = client(t, other.token);
    expect((await api('GET', `${API}/klantcontacten?pageSize=1`)).statusCode).toBe(200);
    expect((await t.call(DEMO.admin, 'DELETE', `/api/api-tokens/${other.id}`)).statusCode).toBe(204);
    const revoked = await api('GET', `${API}/klantcontacten?pageSize=1`);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().detail).toContain('ingetrokken');
  });

  test('changing Helder\'s own teams and employees through the API is refused (403)', async () => {
    const response = await kiss('PATCH', `${API}/actoren/${state.team}`, { naam: 'Anders' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('permission_denied');
  });
});

describe('filters and paging', () => {
  test('klantcontacten by the party a betrokkene was; partijen by BSN (audited); betrokkenen by wasPartij url', async () => {
    const party = await kiss('POST', `${API}/partijen`, {
      soortPartij: 'persoon',
      indicatieActief: true,
      partijIdentificatoren: [{ partijIdentificator: { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '999993653', codeRegister: 'brp' } }],
      partijIdentificatie: { contactnaam: { voornaam: 'Fatima', achternaam: 'El Amrani' } },
    });
    expect(party.statusCode, party.body).toBe(201);
    state.party = uuidOf(party);
    await kiss('PATCH', `${API}/betrokkenen/${state.betrokkene}`, { wasPartij: { uuid: state.party } });

    const byParty = (await kiss('GET', `${API}/klantcontacten?hadBetrokkene__wasPartij__uuid=${state.party}`)).json();
    expect(byParty.results.map((k: { uuid: string }) => k.uuid)).toEqual([state.contact]);
    const byIdentifier = (await kiss('GET', `${API}/klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=999993653`)).json();
    expect(byIdentifier.count).toBe(1);

    // KISS: partijen?expand=digitaleAdressen&soortPartij=persoon&partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=…
    const byBsn = await kiss('GET', `${API}/partijen?${new URLSearchParams({ expand: 'digitaleAdressen', soortPartij: 'persoon', partijIdentificator__codeSoortObjectId: 'bsn', partijIdentificator__objectId: '999993653' })}`);
    expect(byBsn.json().count).toBe(1);
    expect(byBsn.json().results[0].partijIdentificatoren[0].partijIdentificator.objectId).toBe('999993653');
    const bsnEvents = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'read_bsn'), eq(auditEvents.entityId, state.party!)));
    expect(bsnEvents.length).toBeGreaterThan(0);
    // Every answer that showed the BSN, under the key's name; the list by BSN names the betrokkene.
    for (const event of bsnEvents) expect(event.detail).toMatchObject({ apiToken: { id: token.id, name: TOKEN_NAME } });
    expect(bsnEvents.some((event) => event.customerIds.includes(state.betrokkene!))).toBe(true);
    expect((await kiss('GET', `${API}/partijen?partijIdentificator__objectId=111222333`)).json().count).toBe(0);

    // fetchBetrokkenen: betrokkenen?wasPartij__url=<the party's url>&pageSize=…
    const url = `http://localhost/klantinteracties/api/v1/partijen/${state.party}`;
    const betrokkenen = (await kiss('GET', `${API}/betrokkenen?${new URLSearchParams({ wasPartij__url: url, pageSize: '20' })}`)).json();
    expect(betrokkenen.results.map((b: { uuid: string }) => b.uuid)).toEqual([state.betrokkene]);
  });

  test('a BSN is refused where the municipality keeps none', async () => {
    const other = await createTestApp({ config: { parties: { bsnEnabled: false } } });
    try {
      const api = client(other, (await makeToken(other, 'Zonder BSN')).token);
      const response = await api('POST', `${API}/partijen`, {
        soortPartij: 'persoon',
        indicatieActief: true,
        partijIdentificatoren: [{ partijIdentificator: { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '999993653', codeRegister: 'brp' } }],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().invalidParams[0].reason).toContain('BSN');
    } finally {
      await other.close();
    }
  });

  test('digitaleadressen by adres in any notation; internetaken by actor and status', async () => {
    for (const adres of ['0612345678', '+31 6 12345678', 'FATIMA@example.nl']) {
      const found = (await kiss('GET', `${API}/digitaleadressen?adres=${encodeURIComponent(adres)}`)).json();
      expect(found.results.some((a: { verstrektDoorBetrokkene: { uuid: string } | null }) => a.verstrektDoorBetrokkene?.uuid === state.betrokkene), adres).toBe(true);
    }
    const forTeam = (await kiss('GET', `${API}/internetaken?toegewezenAanActor__uuid=${state.team}`)).json();
    expect(forTeam.results.length).toBeGreaterThan(0);
    expect(forTeam.results.every((r: { toegewezenAanActoren: { uuid: string }[] }) => r.toegewezenAanActoren.some((a) => a.uuid === state.team))).toBe(true);
    const employee = await t.employee(DEMO.secondLine);
    const forEmployee = (await kiss('GET', `${API}/internetaken?toegewezenAanActor__uuid=${employee.id}&status=te_verwerken`)).json();
    expect(forEmployee.count).toBe(1);
  });

  test('page and pageSize, with next and previous as absolute links', async () => {
    const word = `zoekwoord${process.pid}`;
    for (let i = 0; i < 5; i += 1) {
      clock.advance(60_000);
      const response = await kiss('POST', `${API}/klantcontacten`, { kanaal: 'e-mail', onderwerp: `Vraag ${i} ${word}`, taal: 'nld', vertrouwelijk: false });
      expect(response.statusCode).toBe(201);
    }
    const first = (await kiss('GET', `${API}/klantcontacten?onderwerp=${word}&pageSize=2`)).json();
    expect(first.count).toBe(5);
    expect(first.results).toHaveLength(2);
    expect(first.previous).toBeNull();
    expect(first.next).toBe(`http://localhost/klantinteracties/api/v1/klantcontacten?onderwerp=${word}&pageSize=2&page=2`);
    const second = (await kiss('GET', new URL(first.next).pathname + new URL(first.next).search)).json();
    expect(second.results).toHaveLength(2);
    expect(second.previous).toBe(`http://localhost/klantinteracties/api/v1/klantcontacten?onderwerp=${word}&pageSize=2`);
    const third = (await kiss('GET', `${API}/klantcontacten?onderwerp=${word}&pageSize=2&page=3`)).json();
    expect(third.results).toHaveLength(1);
    expect(third.next).toBeNull();
    const seen = [...first.results, ...second.results, ...third.results].map((k: { uuid: string }) => k.uuid);
    expect(new Set(seen).size).toBe(5);
    expect((await kiss('GET', `${API}/klantcontacten?onderwerp=${word}&pageSize=2&page=4`)).statusCode).toBe(404);
    // Newest first, as Open Klant lists them.
    expect(first.results[0].onderwerp).toContain('Vraag 4');
  });

  test('absolute URLs follow PUBLIC_BASE_URL when it is set', async () => {
    const other = await createTestApp({ config: { publicBaseUrl: 'https://helder.dronten.nl' } });
    try {
      const api = client(other, (await makeToken(other, 'Met adres')).token);
      const list = (await api('GET', `${API}/actoren?pageSize=1`)).json();
      expect(list.results[0].url).toMatch(/^https:\/\/helder\.dronten\.nl\/klantinteracties\/api\/v1\/actoren\//);
      expect(list.next).toBe('https://helder.dronten.nl/klantinteracties/api/v1/actoren?pageSize=1&page=2');
    } finally {
      await other.close();
    }
  });
});

describe('the audit trail', () => {
  test('every call is audited under the key\'s name, with the customers the answer showed', async () => {
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.detail}->'apiToken'->>'id' = ${token.id}`);
    expect(events.every((e) => (e.detail as { apiToken: { name: string } }).apiToken.name === TOKEN_NAME && e.actorId === null)).toBe(true);
    const main = events.filter((e) => e.action !== 'read_bsn' && e.action !== 'refused');
    expect(main.length).toBe(calls.length);

    const readBetrokkene = events.find((e) => e.entityType === 'klantinteracties.klantcontacten' && e.entityId === state.contact && e.action === 'read_customer');
    expect(readBetrokkene?.customerIds).toContain(state.betrokkene);
    const created = events.find((e) => e.entityType === 'klantinteracties.internetaken' && e.entityId === state.task && e.action === 'create');
    expect(created?.customerIds).toEqual([state.betrokkene]);
    const addressSearch = events.find((e) => e.entityType === 'klantinteracties.digitaleadressen' && (e.detail as { filters?: string[] }).filters?.includes('adres'));
    expect(addressSearch?.customerIds).toContain(state.betrokkene);
    // Filter values can be personal data (an e-mail address, a BSN): only their names are kept.
    expect(JSON.stringify(events.map((e) => e.detail))).not.toContain('999993653');
    expect(JSON.stringify(events.map((e) => e.detail))).not.toContain('fatima@example.nl');
  });
});
