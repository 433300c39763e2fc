// Every answer of every Klantinteracties route Helder serves, checked against the OAS of Open Klant
// (0.9.0): lists, reads with and without expand, creates, PUT, PATCH, deletes, maak-klantcontact and
// the error answers. A test at the end fails when an operation of a served resource was never checked.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { contactBody, UNKNOWN_ID } from '../support/http.js';
import { API, client, loadOas, makeToken, type Method } from '../support/klantinteracties.js';

const oas = loadOas();
const covered = new Set<string>();

let t: TestApp;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  t = await createTestApp({ config: { parties: { bsnEnabled: true } } });
  api = client(t, (await makeToken(t, 'Contracttest')).token);
});
afterAll(() => t.close());

/**
 * Calls the API and checks the answer: the expected status, and the body against the OAS schema of
 * that operation and status (or the error shape). `template` is the OAS path the URL stands for.
 */
async function call(method: Method, template: string, url: string, status: number, payload?: unknown, headers?: Record<string, string>) {
  const response = await api(method, `${API}${url}`, payload, headers);
  expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 600)}`).toBe(status);
  const body = response.body === '' ? undefined : response.json();
  if (status < 300 || status >= 400) {
    if (body !== undefined) expect(String(response.headers['content-type'])).toContain('application/json');
    const result = oas.validate(method, template, status, body);
    expect(result.ok, `${method} ${url} → ${status} does not match the OAS:\n${result.errors}\n${String(JSON.stringify(body, null, 1)).slice(0, 3000)}`).toBe(true);
  }
  if (status < 400) covered.add(`${method} ${template}`);
  expect(response.headers['api-version']).toBe('0.9.0');
  return { response, body: body as any };
}

const ids: Record<string, string> = {};

describe('actoren', () => {
  test('list (paged), read a team, an employee and an external actor, create, update, delete', async () => {
    const list = await call('GET', '/actoren', '/actoren?pageSize=2', 200);
    expect(list.body.count).toBeGreaterThan(2);
    expect(list.body.next).toMatch(/^http:\/\/localhost(:80)?\/klantinteracties\/api\/v1\/actoren\?pageSize=2&page=2$/);
    const second = await call('GET', '/actoren', '/actoren?pageSize=2&page=2', 200);
    expect(second.body.previous).toMatch(/\/actoren\?pageSize=2$/);

    ids.team = t.team('Burgerzaken').id;
    ids.employee = (await t.employee(DEMO.secondLine)).id;
    const team = await call('GET', '/actoren/{uuid}', `/actoren/${ids.team}`, 200);
    expect(team.body).toMatchObject({ soortActor: 'organisatorische_eenheid', naam: 'Burgerzaken' });
    const employee = await call('GET', '/actoren/{uuid}', `/actoren/${ids.employee}`, 200);
    expect(employee.body.actoridentificator.objectId).toBe(DEMO.secondLine);
    await call('GET', '/actoren', `/actoren?actoridentificatorObjectId=${encodeURIComponent(DEMO.secondLine)}&soortActor=medewerker`, 200);

    const created = await call('POST', '/actoren', '/actoren', 201, {
      naam: 'Formulierenstraat',
      soortActor: 'geautomatiseerde_actor',
      indicatieActief: true,
      actoridentificator: { objectId: 'of-1', codeObjecttype: 'app', codeRegister: 'obj', codeSoortObjectId: 'idf' },
      actorIdentificatie: { functie: 'Formulieren', omschrijving: 'Open Formulieren' },
    });
    ids.external = created.body.uuid;
    await call('GET', '/actoren/{uuid}', `/actoren/${ids.external}`, 200);
    await call('PUT', '/actoren/{uuid}', `/actoren/${ids.external}`, 200, { naam: 'Formulierenstraat 2', soortActor: 'geautomatiseerde_actor', indicatieActief: true });
    const patched = await call('PATCH', '/actoren/{uuid}', `/actoren/${ids.external}`, 200, { indicatieActief: false });
    expect(patched.body.indicatieActief).toBe(false);

    const medewerker = await call('POST', '/actoren', '/actoren', 201, {
      naam: 'Medewerker zonder account',
      soortActor: 'medewerker',
      actoridentificator: { objectId: 'extern@elders.nl', codeObjecttype: 'mdw', codeRegister: 'handmatig', codeSoortObjectId: 'email' },
      actorIdentificatie: { functie: 'Adviseur', emailadres: 'extern@elders.nl', telefoonnummer: '0612345678' },
    });
    ids.externalEmployee = medewerker.body.uuid;
    const eenheid = await call('POST', '/actoren', '/actoren', 201, { naam: 'Afdeling elders', soortActor: 'organisatorische_eenheid', actorIdentificatie: { omschrijving: 'Elders' } });
    await call('DELETE', '/actoren/{uuid}', `/actoren/${eenheid.body.uuid}`, 204);
  });
});

describe('partijen and partij-identificatoren', () => {
  test('a person with a BSN and addresses, an organisation with a KvK number, a contact person', async () => {
    const person = await call('POST', '/partijen', '/partijen', 201, {
      soortPartij: 'persoon',
      indicatieActief: true,
      indicatieGeheimhouding: false,
      voorkeurstaal: 'nld',
      interneNotitie: 'Belt liever na twaalven.',
      bezoekadres: { straatnaam: 'De Rede', huisnummer: 1, postcode: '8251 EW', stad: 'Dronten', nummeraanduidingId: '0303200000000001' },
      correspondentieadres: { adresregel1: 'Postbus 100', adresregel2: '8250 AC Dronten', land: 'NL' },
      partijIdentificatoren: [{ partijIdentificator: { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '111222333', codeRegister: 'brp' } }],
      partijIdentificatie: { contactnaam: { voorletters: 'A.', voornaam: 'Anna', voorvoegselAchternaam: 'de', achternaam: 'Vries' } },
    });
    ids.person = person.body.uuid;
    expect(person.body.partijIdentificatoren[0].partijIdentificator.objectId).toBe('111222333');
    ids.bsnIdentifier = person.body.partijIdentificatoren[0].uuid;

    const organisation = await call('POST', '/partijen', '/partijen', 201, {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatoren: [{ partijIdentificator: { codeObjecttype: 'niet_natuurlijk_persoon', codeSoortObjectId: 'kvk_nummer', objectId: '12345678', codeRegister: 'hr' } }],
      partijIdentificatie: { naam: 'Bakkerij De Korenschoof' },
    });
    ids.organisation = organisation.body.uuid;
    ids.kvkIdentifier = organisation.body.partijIdentificatoren[0].uuid;

    const contactPerson = await call('POST', '/partijen', '/partijen', 201, {
      soortPartij: 'contactpersoon',
      indicatieActief: true,
      partijIdentificatie: { werkteVoorPartij: { uuid: ids.organisation }, contactnaam: { voornaam: 'Kees', achternaam: 'Bakker' } },
    });
    expect(contactPerson.body.partijIdentificatie.werkteVoorPartij.uuid).toBe(ids.organisation);
    ids.contactPerson = contactPerson.body.uuid;
  });

  test('read with and without every expansion, list with filters', async () => {
    await call('GET', '/partijen/{uuid}', `/partijen/${ids.person}`, 200);
    const expanded = await call('GET', '/partijen/{uuid}', `/partijen/${ids.person}?expand=betrokkenen,betrokkenen.hadKlantcontact,categorieRelaties,digitaleAdressen`, 200);
    expect(expanded.body._expand).toMatchObject({ betrokkenen: [], categorieRelaties: [], digitaleAdressen: [] });
    const found = await call('GET', '/partijen', '/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=111222333&soortPartij=persoon&expand=digitaleAdressen', 200);
    expect(found.body.count).toBe(1);
    await call('GET', '/partijen', '/partijen?soortPartij=organisatie&pageSize=1', 200);
    await call('GET', '/partijen', `/partijen?soortPartij=contactpersoon&bezoekadresLand=NL`, 200);
  });

  test('PUT and PATCH a party', async () => {
    await call('PUT', '/partijen/{uuid}', `/partijen/${ids.organisation}`, 200, {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatie: { naam: 'Bakkerij De Korenschoof B.V.' },
    });
    const patched = await call('PATCH', '/partijen/{uuid}', `/partijen/${ids.person}`, 200, { interneNotitie: 'Slechthorend: spreek rustig.' });
    expect(patched.body.interneNotitie).toBe('Slechthorend: spreek rustig.');
    expect(patched.body.partijIdentificatoren).toHaveLength(1);
    const temporary = await call('POST', '/partijen', '/partijen', 201, { soortPartij: 'organisatie', indicatieActief: true, partijIdentificatie: { naam: '' } });
    await call('DELETE', '/partijen/{uuid}', `/partijen/${temporary.body.uuid}`, 204);
  });

  test('identifiers: list, read, create, PUT, PATCH, delete', async () => {
    await call('GET', '/partij-identificatoren', '/partij-identificatoren', 200);
    await call('GET', '/partij-identificatoren', '/partij-identificatoren?partijIdentificatorCodeSoortObjectId=kvk_nummer&partijIdentificatorObjectId=12345678', 200);
    const bsn = await call('GET', '/partij-identificatoren/{uuid}', `/partij-identificatoren/${ids.bsnIdentifier}`, 200);
    expect(bsn.body.partijIdentificator.objectId).toBe('111222333');
    const vestiging = await call('POST', '/partij-identificatoren', '/partij-identificatoren', 201, {
      identificeerdePartij: { uuid: ids.organisation },
      partijIdentificator: { codeObjecttype: 'vestiging', codeSoortObjectId: 'vestigingsnummer', objectId: '000012345678', codeRegister: 'hr' },
      subIdentificatorVan: { uuid: ids.kvkIdentifier },
    });
    await call('PUT', '/partij-identificatoren/{uuid}', `/partij-identificatoren/${vestiging.body.uuid}`, 200, {
      identificeerdePartij: { uuid: ids.organisation },
      partijIdentificator: { codeObjecttype: 'vestiging', codeSoortObjectId: 'vestigingsnummer', objectId: '000012345679', codeRegister: 'hr' },
      subIdentificatorVan: { uuid: ids.kvkIdentifier },
    });
    await call('PATCH', '/partij-identificatoren/{uuid}', `/partij-identificatoren/${vestiging.body.uuid}`, 200, { subIdentificatorVan: null });
    await call('DELETE', '/partij-identificatoren/{uuid}', `/partij-identificatoren/${vestiging.body.uuid}`, 204);
  });
});

describe('klantcontacten, betrokkenen and digitale adressen', () => {
  test('a contact made through the API and one registered in Helder with a callback request', async () => {
    const created = await call('POST', '/klantcontacten', '/klantcontacten', 201, {
      kanaal: 'telefoon',
      onderwerp: 'Paspoort verlopen',
      inhoud: 'Mevrouw vraagt hoe zij een nieuw paspoort aanvraagt.',
      reactie: 'Uitgelegd dat zij een afspraak maakt.',
      indicatieContactGelukt: true,
      taal: 'nld',
      vertrouwelijk: false,
      plaatsgevondenOp: '2026-03-02T09:15:00Z',
    });
    ids.contact = created.body.uuid;
    expect(created.body).toMatchObject({ kanaal: 'telefoon', referentienummer: expect.stringMatching(/^K-\d+$/) });

    const product = t.product('Paspoort');
    const registered = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      ...contactBody({ productId: product.id, resolution: 'handed_over' }),
      customer: { name: 'Jan de Vries', phone: '06 12345678', email: 'jan@example.nl' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Wanneer is mijn paspoort klaar?', replyBy: 'phone' },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    ids.helderContact = registered.json().id;
    ids.helderTask = registered.json().callbackRequest.id;
  });

  test('betrokkenen: create, read with and without expand, list, PUT, PATCH', async () => {
    const created = await call('POST', '/betrokkenen', '/betrokkenen', 201, {
      wasPartij: { uuid: ids.person },
      hadKlantcontact: { uuid: ids.contact },
      rol: 'klant',
      initiator: true,
      organisatienaam: '',
      contactnaam: { voorletters: 'A.', voornaam: 'Anna', voorvoegselAchternaam: 'de', achternaam: 'Vries' },
      bezoekadres: { straatnaam: 'De Rede', huisnummer: 1, huisnummertoevoeging: 'a', postcode: '8251EW', stad: 'Dronten' },
      correspondentieadres: null,
    });
    ids.betrokkene = created.body.uuid;
    expect(created.body.volledigeNaam).toBe('Anna de Vries');
    await call('GET', '/betrokkenen/{uuid}', `/betrokkenen/${ids.betrokkene}`, 200);
    await call('PUT', '/betrokkenen/{uuid}', `/betrokkenen/${ids.betrokkene}`, 200, { hadKlantcontact: { uuid: ids.contact }, wasPartij: { uuid: ids.person }, rol: 'klant', initiator: true });
    await call('PATCH', '/betrokkenen/{uuid}', `/betrokkenen/${ids.betrokkene}`, 200, { organisatienaam: 'Stichting Hulp' });
    const second = await call('POST', '/betrokkenen', '/betrokkenen', 201, { hadKlantcontact: { uuid: ids.contact }, rol: 'vertegenwoordiger', initiator: false, contactnaam: { achternaam: 'Jansen' } });
    ids.secondBetrokkene = second.body.uuid;
  });

  test('digitale adressen: for a betrokkene and for a party; read with every expansion; PUT, PATCH, delete', async () => {
    const email = await call('POST', '/digitaleadressen', '/digitaleadressen', 201, {
      verstrektDoorBetrokkene: { uuid: ids.betrokkene },
      verstrektDoorPartij: null,
      adres: 'anna@example.nl',
      soortDigitaalAdres: 'email',
      omschrijving: 'onbekend',
    });
    ids.email = email.body.uuid;
    const phone = await call('POST', '/digitaleadressen', '/digitaleadressen', 201, { verstrektDoorBetrokkene: { uuid: ids.betrokkene }, adres: '0612345678', soortDigitaalAdres: 'telefoonnummer', referentie: 'mobiel' });
    ids.phone = phone.body.uuid;
    const partyAddress = await call('POST', '/digitaleadressen', '/digitaleadressen', 201, {
      verstrektDoorPartij: { uuid: ids.person },
      adres: 'anna.devries@example.nl',
      soortDigitaalAdres: 'email',
      isStandaardAdres: true,
      verificatieDatum: '2026-01-15',
    });
    ids.partyAddress = partyAddress.body.uuid;

    await call('GET', '/digitaleadressen/{uuid}', `/digitaleadressen/${ids.email}`, 200);
    for (const expand of ['verstrektDoorBetrokkene', 'verstrektDoorBetrokkene.hadKlantcontact', 'verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken']) {
      const read = await call('GET', '/digitaleadressen/{uuid}', `/digitaleadressen/${ids.email}?expand=${expand}`, 200);
      expect(read.body._expand.verstrektDoorBetrokkene.uuid).toBe(ids.betrokkene);
    }
    const partyOnly = await call('GET', '/digitaleadressen/{uuid}', `/digitaleadressen/${ids.partyAddress}?expand=verstrektDoorBetrokkene`, 200);
    expect(partyOnly.body._expand).toEqual({ verstrektDoorBetrokkene: null });
    await call('GET', '/digitaleadressen', '/digitaleadressen?adres=anna%40example.nl&expand=verstrektDoorBetrokkene', 200);
    await call('GET', '/digitaleadressen', '/digitaleadressen?soortDigitaalAdres=telefoonnummer&verstrektDoorBetrokkene__rol=klant', 200);
    await call('PUT', '/digitaleadressen/{uuid}', `/digitaleadressen/${ids.phone}`, 200, { verstrektDoorBetrokkene: { uuid: ids.betrokkene }, adres: '+31612345678', soortDigitaalAdres: 'telefoonnummer' });
    await call('PATCH', '/digitaleadressen/{uuid}', `/digitaleadressen/${ids.partyAddress}`, 200, { omschrijving: 'werk' });
    const extra = await call('POST', '/digitaleadressen', '/digitaleadressen', 201, { verstrektDoorBetrokkene: { uuid: ids.secondBetrokkene }, adres: 'www.example.nl', soortDigitaalAdres: 'overig' });
    await call('DELETE', '/digitaleadressen/{uuid}', `/digitaleadressen/${extra.body.uuid}`, 204);
  });

  test('betrokkenen with expand, in lists too', async () => {
    const read = await call('GET', '/betrokkenen/{uuid}', `/betrokkenen/${ids.betrokkene}?expand=digitaleAdressen`, 200);
    expect(read.body._expand.digitaleAdressen).toHaveLength(2);
    await call('GET', '/betrokkenen', `/betrokkenen?hadKlantcontact__uuid=${ids.contact}&expand=digitaleAdressen`, 200);
    await call('GET', '/betrokkenen', `/betrokkenen?wasPartij__url=${encodeURIComponent(`http://localhost/klantinteracties/api/v1/partijen/${ids.person}`)}&pageSize=10`, 200);
    await call('GET', '/betrokkenen', '/betrokkenen?pageSize=2', 200);
    await call('GET', '/partijen/{uuid}', `/partijen/${ids.person}?expand=betrokkenen,betrokkenen.hadKlantcontact,digitaleAdressen`, 200);
  });

  test('klantcontacten: read with and without every expansion, list, PUT, PATCH', async () => {
    await call('GET', '/klantcontacten/{uuid}', `/klantcontacten/${ids.contact}`, 200);
    const all = 'gingOverOnderwerpobjecten,hadBetrokkenen,hadBetrokkenen.digitaleAdressen,hadBetrokkenen.wasPartij,leiddeTotInterneTaken,omvatteBijlagen';
    const expanded = await call('GET', '/klantcontacten/{uuid}', `/klantcontacten/${ids.contact}?expand=${all}`, 200);
    expect(expanded.body._expand.hadBetrokkenen).toHaveLength(2);
    const helder = await call('GET', '/klantcontacten/{uuid}', `/klantcontacten/${ids.helderContact}?expand=${all}`, 200);
    expect(helder.body.hadBetrokkenActoren[0].soortActor).toBe('medewerker');
    expect(helder.body._expand.leiddeTotInterneTaken).toHaveLength(1);
    await call('GET', '/klantcontacten', `/klantcontacten?expand=${all}&pageSize=5`, 200);
    await call('GET', '/klantcontacten', `/klantcontacten?hadBetrokkene__wasPartij__uuid=${ids.person}`, 200);
    await call('GET', '/klantcontacten', '/klantcontacten?kanaal=Telefoon&vertrouwelijk=false&onderwerp=paspoort', 200);
    await call('PUT', '/klantcontacten/{uuid}', `/klantcontacten/${ids.contact}`, 200, { kanaal: 'e-mail', onderwerp: 'Paspoort verlopen', taal: 'nld', vertrouwelijk: false });
    await call('PATCH', '/klantcontacten/{uuid}', `/klantcontacten/${ids.contact}`, 200, { reactie: 'Afspraak gemaakt.', indicatieContactGelukt: null });
  });
});

describe('actorklantcontacten, internetaken, onderwerpobjecten and bijlagen', () => {
  test('actorklantcontacten: create, read, list (with who registered a contact in Helder), PUT, PATCH, delete', async () => {
    const link = await call('POST', '/actorklantcontacten', '/actorklantcontacten', 201, { actor: { uuid: ids.employee }, klantcontact: { uuid: ids.contact } });
    await call('GET', '/actorklantcontacten/{uuid}', `/actorklantcontacten/${link.body.uuid}`, 200);
    const registrar = await call('GET', '/actorklantcontacten', `/actorklantcontacten?klantcontact__uuid=${ids.helderContact}`, 200);
    expect(registrar.body.count).toBe(1);
    await call('GET', '/actorklantcontacten/{uuid}', `/actorklantcontacten/${registrar.body.results[0].uuid}`, 200);
    await call('GET', '/actorklantcontacten', '/actorklantcontacten', 200);
    await call('PUT', '/actorklantcontacten/{uuid}', `/actorklantcontacten/${link.body.uuid}`, 200, { actor: { uuid: ids.external }, klantcontact: { uuid: ids.contact } });
    await call('PATCH', '/actorklantcontacten/{uuid}', `/actorklantcontacten/${link.body.uuid}`, 200, { actor: { uuid: ids.team } });
    await call('DELETE', '/actorklantcontacten/{uuid}', `/actorklantcontacten/${link.body.uuid}`, 204);
  });

  test('internetaken: create, read, list, PUT, PATCH to verwerkt, delete', async () => {
    const task = await call('POST', '/internetaken', '/internetaken', 201, {
      nummer: '',
      gevraagdeHandeling: 'Contact opnemen met betrokkene',
      aanleidinggevendKlantcontact: { uuid: ids.contact },
      toegewezenAanActoren: [{ uuid: ids.team }, { uuid: ids.externalEmployee }],
      toelichting: 'Graag terugbellen over de afspraak.',
      status: 'te_verwerken',
    });
    ids.task = task.body.uuid;
    await call('GET', '/internetaken/{uuid}', `/internetaken/${ids.task}`, 200);
    await call('GET', '/internetaken/{uuid}', `/internetaken/${ids.helderTask}`, 200);
    await call('GET', '/internetaken', `/internetaken?toegewezenAanActor__uuid=${ids.team}&status=te_verwerken`, 200);
    await call('PUT', '/internetaken/{uuid}', `/internetaken/${ids.task}`, 200, {
      gevraagdeHandeling: 'Terugbellen',
      aanleidinggevendKlantcontact: { uuid: ids.contact },
      toegewezenAanActoren: [{ uuid: ids.team }, { uuid: ids.externalEmployee }],
      toelichting: 'Graag terugbellen over de afspraak, na 12 uur.',
      status: 'te_verwerken',
    });
    const done = await call('PATCH', '/internetaken/{uuid}', `/internetaken/${ids.task}`, 200, { status: 'verwerkt' });
    expect(done.body.afgehandeldOp).not.toBeNull();
    const other = await call('POST', '/internetaken', '/internetaken', 201, {
      gevraagdeHandeling: 'Terugbellen',
      aanleidinggevendKlantcontact: { uuid: ids.contact },
      toegewezenAanActor: { uuid: ids.employee },
      status: 'te_verwerken',
    });
    await call('DELETE', '/internetaken/{uuid}', `/internetaken/${other.body.uuid}`, 204);
    await call('GET', '/klantcontacten/{uuid}', `/klantcontacten/${ids.contact}?expand=leiddeTotInterneTaken`, 200);
  });

  test('onderwerpobjecten and bijlagen: create, read, list, PUT, PATCH, delete (with and without cascade)', async () => {
    const zaak = { objectId: '9193b03f-93c2-4bfc-badf-b61494bd31d6', codeObjecttype: 'zgw-Zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' };
    const subject = await call('POST', '/onderwerpobjecten', '/onderwerpobjecten', 201, { klantcontact: { uuid: ids.contact }, wasKlantcontact: null, onderwerpobjectidentificator: zaak });
    await call('GET', '/onderwerpobjecten/{uuid}', `/onderwerpobjecten/${subject.body.uuid}`, 200);
    await call('GET', '/onderwerpobjecten', `/onderwerpobjecten?onderwerpobjectidentificatorObjectId=${zaak.objectId}`, 200);
    await call('PUT', '/onderwerpobjecten/{uuid}', `/onderwerpobjecten/${subject.body.uuid}`, 200, { klantcontact: { uuid: ids.contact }, wasKlantcontact: { uuid: ids.helderContact }, onderwerpobjectidentificator: zaak });
    await call('PATCH', '/onderwerpobjecten/{uuid}', `/onderwerpobjecten/${subject.body.uuid}`, 200, { wasKlantcontact: null });
    await call('GET', '/klantcontacten', `/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=${zaak.objectId}&expand=gingOverOnderwerpobjecten`, 200);

    const attachment = await call('POST', '/bijlagen', '/bijlagen', 201, { wasBijlageVanKlantcontact: { uuid: ids.contact }, bijlageidentificator: { objectId: 'doc-1', codeObjecttype: 'DOCUMENT', codeRegister: 'open-zaak', codeSoortObjectId: 'uuid' } });
    await call('GET', '/bijlagen/{uuid}', `/bijlagen/${attachment.body.uuid}`, 200);
    await call('GET', '/bijlagen', `/bijlagen?klantcontact__uuid=${ids.contact}`, 200);
    await call('PUT', '/bijlagen/{uuid}', `/bijlagen/${attachment.body.uuid}`, 200, { wasBijlageVanKlantcontact: { uuid: ids.contact }, bijlageidentificator: null });
    await call('PATCH', '/bijlagen/{uuid}', `/bijlagen/${attachment.body.uuid}`, 200, { bijlageidentificator: { objectId: 'doc-2' } });
    await call('GET', '/klantcontacten/{uuid}', `/klantcontacten/${ids.contact}?expand=omvatteBijlagen,gingOverOnderwerpobjecten`, 200);
    await call('DELETE', '/bijlagen/{uuid}', `/bijlagen/${attachment.body.uuid}`, 204);

    await call('DELETE', '/onderwerpobjecten/{uuid}', `/onderwerpobjecten/${subject.body.uuid}`, 204);
    const again = await call('POST', '/onderwerpobjecten', '/onderwerpobjecten', 201, { klantcontact: { uuid: ids.contact }, onderwerpobjectidentificator: zaak });
    const cascade = await call('DELETE', '/onderwerpobjecten/{uuid}', `/onderwerpobjecten/${again.body.uuid}?cascade=true`, 200);
    expect(cascade.body.behouden).toEqual([expect.stringContaining(`/klantcontacten/${ids.contact}`)]);
  });

  test('maak-klantcontact, with and without betrokkene and onderwerpobject; deleting what it made', async () => {
    const made = await call('POST', '/maak-klantcontact', '/maak-klantcontact', 201, {
      klantcontact: { kanaal: 'balie', onderwerp: 'Parkeervergunning', inhoud: 'Vraag over de kosten.', taal: 'nld', vertrouwelijk: false },
      betrokkene: { rol: 'klant', initiator: true, contactnaam: { voornaam: 'Piet', achternaam: 'Jansen' }, wasPartij: null },
      onderwerpobject: { onderwerpobjectidentificator: { objectId: 'ZAAK-1', codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'identificatie' } },
    });
    expect(made.body.betrokkene.hadKlantcontact.uuid).toBe(made.body.klantcontact.uuid);
    expect(made.body.onderwerpobject.klantcontact.uuid).toBe(made.body.klantcontact.uuid);
    const bare = await call('POST', '/maak-klantcontact', '/maak-klantcontact', 201, { klantcontact: { kanaal: 'chat', onderwerp: 'Openingstijden', taal: 'nld', vertrouwelijk: false } });
    expect(Object.keys(bare.body)).toEqual(['klantcontact']);
    await call('DELETE', '/onderwerpobjecten/{uuid}', `/onderwerpobjecten/${made.body.onderwerpobject.uuid}`, 204);
    await call('DELETE', '/betrokkenen/{uuid}', `/betrokkenen/${made.body.betrokkene.uuid}`, 204);
    await call('DELETE', '/klantcontacten/{uuid}', `/klantcontacten/${made.body.klantcontact.uuid}`, 204);
    await call('DELETE', '/klantcontacten/{uuid}', `/klantcontacten/${bare.body.klantcontact.uuid}`, 204);
  });
});

describe('errors, in Open Klant\'s shape with Dutch texts', () => {
  test.each([
    ['a body that misses required fields', 'POST', '/klantcontacten', {}, 400],
    ['an unknown kanaal', 'POST', '/klantcontacten', { kanaal: 'postduif', onderwerp: 'x', taal: 'nld', vertrouwelijk: false }, 400],
    ['an address that is no e-mail address', 'POST', '/digitaleadressen', { adres: 'geen-adres', soortDigitaalAdres: 'email' }, 400],
    ['a task for an external actor only', 'POST', '/internetaken', { gevraagdeHandeling: 'x', aanleidinggevendKlantcontact: { uuid: UNKNOWN_ID }, toegewezenAanActoren: [{ uuid: UNKNOWN_ID }], status: 'te_verwerken' }, 400],
    ['an unknown query parameter', 'GET', '/klantcontacten?bestaatniet=1', undefined, 400],
    ['an unknown expansion', 'GET', '/klantcontacten?expand=alles', undefined, 400],
    ['an unknown klantcontact', 'GET', `/klantcontacten/${UNKNOWN_ID}`, undefined, 404],
    ['a path that is no uuid', 'GET', '/betrokkenen/123', undefined, 404],
    ['a page past the last', 'GET', '/klantcontacten?page=9999', undefined, 404],
    ['a resource Helder does not serve', 'GET', '/categorieen', undefined, 404],
    ['a method a resource does not have', 'DELETE', '/maak-klantcontact', undefined, 405],
  ] as const)('%s', async (_what, method, url, payload, status) => {
    const { body } = await call(method, '', url, status, payload);
    expect(body.status).toBe(status);
    expect(body.detail).toMatch(/\b(de|het|een|is|niet|dit|deze|bestaat|kies|vul|geef|gebruik|controleer|onbekende|pagina)\b/i);
    if (status === 400) expect(body.invalidParams.length).toBeGreaterThan(0);
  });

  test('401 without a key and with a wrong key; 403 changing a Helder team; 409 a task already processed; 415 a form', async () => {
    const anonymous = await client(t, null)('GET', `${API}/klantcontacten`);
    expect(anonymous.statusCode).toBe(401);
    expect(oas.validate('GET', '', 401, anonymous.json()).ok).toBe(true);
    const wrong = await client(t, 'nietgeldig')('GET', `${API}/klantcontacten`);
    expect(wrong.statusCode).toBe(401);
    expect(oas.validate('GET', '', 401, wrong.json()).ok).toBe(true);
    await call('PUT', '', `/actoren/${ids.team}`, 403, { naam: 'Burgerzaken', soortActor: 'organisatorische_eenheid' });
    await call('PATCH', '', `/internetaken/${ids.task}`, 409, { status: 'te_verwerken' });
    await call('POST', '', '/klantcontacten', 415, 'kanaal=telefoon', { 'content-type': 'application/x-www-form-urlencoded' });
  });
});

test('the check itself refuses an answer that does not match', async () => {
  const { body } = await call('GET', '/klantcontacten/{uuid}', `/klantcontacten/${ids.helderContact}?expand=hadBetrokkenen,leiddeTotInterneTaken`, 200);
  const bad = (change: (copy: any) => void) => {
    const copy = structuredClone(body);
    change(copy);
    return oas.validate('GET', '/klantcontacten/{uuid}', 200, copy).ok;
  };
  expect(bad(() => {})).toBe(true);
  expect(bad((c) => delete c.kanaal)).toBe(false);
  expect(bad((c) => (c.taal = 5))).toBe(false);
  expect(bad((c) => (c.referentieNummer = 'K-1'))).toBe(false);
  expect(bad((c) => (c.onderwerp = 'x'.repeat(301)))).toBe(false);
  expect(bad((c) => (c.plaatsgevondenOp = 'gisteren'))).toBe(false);
  expect(bad((c) => (c.hadBetrokkenActoren[0].soortActor = 'robot'))).toBe(false);
  expect(bad((c) => delete c.hadBetrokkenActoren[0].naam)).toBe(false);
  expect(bad((c) => (c._expand.hadBetrokkenen[0].rol = 'buurman'))).toBe(false);
  expect(bad((c) => (c._expand.hadBetrokkenen[0].extra = true))).toBe(false);
  expect(bad((c) => (c._expand.leiddeTotInterneTaken[0].status = 'open'))).toBe(false);
  expect(bad((c) => (c.hadBetrokkenen[0].url = 'geen url'))).toBe(false);
  expect(oas.validate('GET', '/klantcontacten/{uuid}', 404, { detail: 'x' }).ok).toBe(false);
  expect(oas.validate('GET', '/klantcontacten', 400, { type: 'urn:x', code: 'invalid', title: 't', status: 400, detail: 'd', instance: 'urn:uuid:1' }).ok).toBe(false);
});

test('every operation of every served resource was checked against the OAS', () => {
  const served = oas.operations().filter((op) => !/^\/(categorieen|categorie-relaties|rekeningnummers|vertegenwoordigingen)/.test(op.path));
  const missing = served.map((op) => `${op.method} ${op.path}`).filter((op) => !covered.has(op));
  expect(missing).toEqual([]);
  expect(served.length).toBeGreaterThan(60);
});
