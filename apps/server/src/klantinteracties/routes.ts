// The Klantinteracties API at /klantinteracties/api/v1, for client systems (KISS, Open Formulieren,
// Open Inwoner) with an API key: `Authorization: Token <key>` (access `api_token`). The contract is
// the OAS of Open Klant (0.9.0); answers and errors follow it (errors in Open Klant's `Fout` shape),
// so these routes stay out of Helder's own OpenAPI document.
import type { FastifyError, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { AppError, loggableError } from '../http/errors.js';
import type { Services } from '../services.js';
import { apiNotFound, foutOf } from './errors.js';
import { API_PATH } from './presenters.js';
import {
  actorBody,
  actorenQuery,
  actorKlantcontactBody,
  actorKlantcontactenQuery,
  betrokkeneBody,
  betrokkenenQuery,
  bijlageBody,
  bijlagenQuery,
  detailQuery,
  noQuery,
  digitaalAdresBody,
  digitaleAdressenQuery,
  EXPAND,
  interneTaakBody,
  internetakenQuery,
  klantcontactBody,
  klantcontactenQuery,
  maakKlantcontactBody,
  onderwerpobjectBody,
  onderwerpobjectDeleteQuery,
  onderwerpobjectenQuery,
  partijBody,
  partijenQuery,
  partijIdentificatorBody,
  partijIdentificatorenQuery,
  uuidParams,
} from './schemas.js';
import type { ApiContext } from './service.js';

export const API_VERSION = '0.9.0';

/** The resources Helder serves; the OAS's others (categorieën, rekeningnummers, …) answer 404. */
const SERVED = new Set(['klantcontacten', 'betrokkenen', 'partijen', 'partij-identificatoren', 'digitaleadressen', 'actoren', 'actorklantcontacten', 'internetaken', 'onderwerpobjecten', 'bijlagen', 'maak-klantcontact']);
const NOT_SERVED: Record<string, string> = {
  categorieen: 'Helder houdt geen categorieën van partijen bij. Dit deel van de Klantinteracties-API biedt Helder niet aan.',
  'categorie-relaties': 'Helder houdt geen categorieën van partijen bij. Dit deel van de Klantinteracties-API biedt Helder niet aan.',
  rekeningnummers: 'Helder bewaart geen rekeningnummers. Dit deel van de Klantinteracties-API biedt Helder niet aan.',
  vertegenwoordigingen: 'Helder houdt niet bij wie wie vertegenwoordigt. Dit deel van de Klantinteracties-API biedt Helder niet aan.',
};

/**
 * Absolute URLs in answers start at PUBLIC_BASE_URL when it is set (behind a proxy that is the only
 * address clients know), else at the scheme and Host the request came with.
 */
function apiContext(request: FastifyRequest, config: Config): ApiContext {
  const root = new URL(config.publicBaseUrl ?? `${request.protocol}://${request.host}`);
  // Without a default port (http://host:80 is http://host) and without a trailing slash.
  const origin = `${root.origin}${root.pathname.replace(/\/+$/, '')}`;
  return { apiClient: request.apiClient!, ip: request.ip, base: `${origin}${API_PATH}`, url: new URL(`${origin}${request.url}`) };
}

export const klantinteractiesRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { klantinteracties: ki, config } = services;
  const auth = { auth: 'api_token' as const };
  const ctx = (request: FastifyRequest) => apiContext(request, config);
  const p = (path: string) => `${API_PATH}${path}`;

  // Errors in Open Klant's shape, for these routes only (the rest of Helder keeps its own).
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const fout = foutOf(error);
    if (fout.status >= 500) request.log.error({ err: loggableError(error) }, fout.body.code === 'storage_full' ? 'storage full' : 'unhandled error');
    if (request.apiClient && fout.status < 500) {
      void ki
        .recordRefused({ apiClient: request.apiClient, ip: request.ip }, { method: request.method, route: request.routeOptions.url ?? '', status: fout.status, code: fout.body.code })
        .catch((e: unknown) => request.log.warn({ err: loggableError(e) }, 'refused call not audited'));
    }
    if (fout.headers) reply.headers(fout.headers);
    return reply.status(fout.status).type('application/json').send(fout.body);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('api-version', API_VERSION);
    return payload;
  });

  const schema = <T extends object>(parts: T) => ({ hide: true, ...parts });

  // Klantcontacten.
  app.get(p('/klantcontacten'), { config: auth, schema: schema({ querystring: klantcontactenQuery }) }, async (r) => ki.listKlantcontacten(ctx(r), r.query));
  app.post(p('/klantcontacten'), { config: auth, schema: schema({ body: klantcontactBody }) }, async (r, reply) => reply.status(201).send(await ki.createKlantcontact(ctx(r), r.body)));
  app.get(p('/klantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: detailQuery(EXPAND.klantcontacten) }) }, async (r) =>
    ki.getKlantcontact(ctx(r), r.params.uuid, r.query.expand ?? new Set()));
  app.put(p('/klantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: klantcontactBody }) }, async (r) => ki.updateKlantcontact(ctx(r), r.params.uuid, r.body));
  app.patch(p('/klantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: klantcontactBody.partial() }) }, async (r) => ki.updateKlantcontact(ctx(r), r.params.uuid, r.body));
  app.delete(p('/klantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteKlantcontact(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });
  app.post(p('/maak-klantcontact'), { config: auth, schema: schema({ body: maakKlantcontactBody }) }, async (r, reply) => reply.status(201).send(await ki.maakKlantcontact(ctx(r), r.body)));

  // Betrokkenen.
  app.get(p('/betrokkenen'), { config: auth, schema: schema({ querystring: betrokkenenQuery }) }, async (r) => ki.listBetrokkenen(ctx(r), r.query));
  app.post(p('/betrokkenen'), { config: auth, schema: schema({ body: betrokkeneBody }) }, async (r, reply) => reply.status(201).send(await ki.createBetrokkene(ctx(r), r.body)));
  app.get(p('/betrokkenen/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: detailQuery(EXPAND.betrokkenen) }) }, async (r) =>
    ki.getBetrokkene(ctx(r), r.params.uuid, r.query.expand ?? new Set()));
  app.put(p('/betrokkenen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: betrokkeneBody }) }, async (r) => ki.updateBetrokkene(ctx(r), r.params.uuid, r.body));
  app.patch(p('/betrokkenen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: betrokkeneBody.partial() }) }, async (r) => ki.updateBetrokkene(ctx(r), r.params.uuid, r.body));
  app.delete(p('/betrokkenen/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteBetrokkene(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Digitale adressen.
  app.get(p('/digitaleadressen'), { config: auth, schema: schema({ querystring: digitaleAdressenQuery }) }, async (r) => ki.listDigitaleAdressen(ctx(r), r.query));
  app.post(p('/digitaleadressen'), { config: auth, schema: schema({ body: digitaalAdresBody }) }, async (r, reply) => reply.status(201).send(await ki.createDigitaalAdres(ctx(r), r.body)));
  app.get(p('/digitaleadressen/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: detailQuery(EXPAND.digitaleadressen) }) }, async (r) =>
    ki.getDigitaalAdres(ctx(r), r.params.uuid, r.query.expand ?? new Set()));
  app.put(p('/digitaleadressen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: digitaalAdresBody }) }, async (r) => ki.updateDigitaalAdres(ctx(r), r.params.uuid, r.body));
  app.patch(p('/digitaleadressen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: digitaalAdresBody.partial() }) }, async (r) => ki.updateDigitaalAdres(ctx(r), r.params.uuid, r.body));
  app.delete(p('/digitaleadressen/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteDigitaalAdres(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Partijen.
  app.get(p('/partijen'), { config: auth, schema: schema({ querystring: partijenQuery }) }, async (r) => ki.listPartijen(ctx(r), r.query));
  app.post(p('/partijen'), { config: auth, schema: schema({ body: partijBody }) }, async (r, reply) => reply.status(201).send(await ki.createPartij(ctx(r), r.body)));
  app.get(p('/partijen/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: detailQuery(EXPAND.partijen) }) }, async (r) =>
    ki.getPartij(ctx(r), r.params.uuid, r.query.expand ?? new Set()));
  app.put(p('/partijen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: partijBody }) }, async (r) => ki.updatePartij(ctx(r), r.params.uuid, r.body));
  app.patch(p('/partijen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: partijBody.partial() }) }, async (r) => ki.updatePartij(ctx(r), r.params.uuid, r.body));
  app.delete(p('/partijen/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deletePartij(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Partij-identificatoren.
  app.get(p('/partij-identificatoren'), { config: auth, schema: schema({ querystring: partijIdentificatorenQuery }) }, async (r) => ki.listPartijIdentificatoren(ctx(r), r.query));
  app.post(p('/partij-identificatoren'), { config: auth, schema: schema({ body: partijIdentificatorBody }) }, async (r, reply) =>
    reply.status(201).send(await ki.createPartijIdentificator(ctx(r), r.body)));
  app.get(p('/partij-identificatoren/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: noQuery }) }, async (r) => ki.getPartijIdentificator(ctx(r), r.params.uuid));
  app.put(p('/partij-identificatoren/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: partijIdentificatorBody }) }, async (r) =>
    ki.updatePartijIdentificator(ctx(r), r.params.uuid, r.body));
  app.patch(p('/partij-identificatoren/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: partijIdentificatorBody.partial() }) }, async (r) =>
    ki.updatePartijIdentificator(ctx(r), r.params.uuid, r.body));
  app.delete(p('/partij-identificatoren/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deletePartijIdentificator(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Actoren.
  app.get(p('/actoren'), { config: auth, schema: schema({ querystring: actorenQuery }) }, async (r) => ki.listActoren(ctx(r), r.query));
  app.post(p('/actoren'), { config: auth, schema: schema({ body: actorBody }) }, async (r, reply) => reply.status(201).send(await ki.createActor(ctx(r), r.body)));
  app.get(p('/actoren/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: noQuery }) }, async (r) => ki.getActor(ctx(r), r.params.uuid));
  app.put(p('/actoren/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: actorBody }) }, async (r) => ki.updateActor(ctx(r), r.params.uuid, r.body));
  app.patch(p('/actoren/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: actorBody.partial() }) }, async (r) => ki.updateActor(ctx(r), r.params.uuid, r.body));
  app.delete(p('/actoren/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteActor(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Actorklantcontacten.
  app.get(p('/actorklantcontacten'), { config: auth, schema: schema({ querystring: actorKlantcontactenQuery }) }, async (r) => ki.listActorKlantcontacten(ctx(r), r.query));
  app.post(p('/actorklantcontacten'), { config: auth, schema: schema({ body: actorKlantcontactBody }) }, async (r, reply) =>
    reply.status(201).send(await ki.createActorKlantcontact(ctx(r), r.body)));
  app.get(p('/actorklantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: noQuery }) }, async (r) => ki.getActorKlantcontact(ctx(r), r.params.uuid));
  app.put(p('/actorklantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: actorKlantcontactBody }) }, async (r) =>
    ki.updateActorKlantcontact(ctx(r), r.params.uuid, r.body));
  app.patch(p('/actorklantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: actorKlantcontactBody.partial() }) }, async (r) =>
    ki.updateActorKlantcontact(ctx(r), r.params.uuid, r.body));
  app.delete(p('/actorklantcontacten/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteActorKlantcontact(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Interne taken.
  app.get(p('/internetaken'), { config: auth, schema: schema({ querystring: internetakenQuery }) }, async (r) => ki.listInternetaken(ctx(r), r.query));
  app.post(p('/internetaken'), { config: auth, schema: schema({ body: interneTaakBody }) }, async (r, reply) => reply.status(201).send(await ki.createInterneTaak(ctx(r), r.body)));
  app.get(p('/internetaken/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: noQuery }) }, async (r) => ki.getInterneTaak(ctx(r), r.params.uuid));
  app.put(p('/internetaken/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: interneTaakBody }) }, async (r) => ki.updateInterneTaak(ctx(r), r.params.uuid, r.body));
  app.patch(p('/internetaken/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: interneTaakBody.partial() }) }, async (r) => ki.updateInterneTaak(ctx(r), r.params.uuid, r.body));
  app.delete(p('/internetaken/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteInterneTaak(ctx(r), r.params.uuid);
    return reply.status(204).send();
  });

  // Onderwerpobjecten.
  app.get(p('/onderwerpobjecten'), { config: auth, schema: schema({ querystring: onderwerpobjectenQuery }) }, async (r) => ki.listReferences(ctx(r), 'subject', r.query));
  app.post(p('/onderwerpobjecten'), { config: auth, schema: schema({ body: onderwerpobjectBody }) }, async (r, reply) =>
    reply.status(201).send(await ki.createReference(ctx(r), 'subject', r.body)));
  app.get(p('/onderwerpobjecten/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: noQuery }) }, async (r) => ki.getReference(ctx(r), 'subject', r.params.uuid));
  app.put(p('/onderwerpobjecten/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: onderwerpobjectBody }) }, async (r) =>
    ki.updateReference(ctx(r), 'subject', r.params.uuid, r.body));
  app.patch(p('/onderwerpobjecten/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: onderwerpobjectBody.partial() }) }, async (r) =>
    ki.updateReference(ctx(r), 'subject', r.params.uuid, r.body));
  app.delete(p('/onderwerpobjecten/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: onderwerpobjectDeleteQuery }) }, async (r, reply) => {
    const result = await ki.deleteReference(ctx(r), 'subject', r.params.uuid);
    return r.query.cascade ? reply.status(200).send(result) : reply.status(204).send();
  });

  // Bijlagen.
  app.get(p('/bijlagen'), { config: auth, schema: schema({ querystring: bijlagenQuery }) }, async (r) => ki.listReferences(ctx(r), 'attachment', r.query));
  app.post(p('/bijlagen'), { config: auth, schema: schema({ body: bijlageBody }) }, async (r, reply) => reply.status(201).send(await ki.createReference(ctx(r), 'attachment', r.body)));
  app.get(p('/bijlagen/:uuid'), { config: auth, schema: schema({ params: uuidParams, querystring: noQuery }) }, async (r) => ki.getReference(ctx(r), 'attachment', r.params.uuid));
  app.put(p('/bijlagen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: bijlageBody }) }, async (r) => ki.updateReference(ctx(r), 'attachment', r.params.uuid, r.body));
  app.patch(p('/bijlagen/:uuid'), { config: auth, schema: schema({ params: uuidParams, body: bijlageBody.partial() }) }, async (r) =>
    ki.updateReference(ctx(r), 'attachment', r.params.uuid, r.body));
  app.delete(p('/bijlagen/:uuid'), { config: auth, schema: schema({ params: uuidParams }) }, async (r, reply) => {
    await ki.deleteReference(ctx(r), 'attachment', r.params.uuid);
    return reply.status(204).send();
  });

  // Everything else under the API's path: the OAS's resources Helder does not serve, unknown
  // resources, and methods a resource does not have. A key is needed here too (401 first).
  const elsewhere = async (request: FastifyRequest) => {
    const resource = ((request.params as { '*'?: string })['*'] ?? '').split('/').filter(Boolean)[0] ?? '';
    const notServed = NOT_SERVED[resource.toLowerCase()];
    if (notServed) throw apiNotFound(notServed);
    if (SERVED.has(resource.toLowerCase())) {
      throw new AppError(405, 'method_not_allowed', `Deze methode (${request.method}) kan niet bij dit deel van de API. De OAS noemt de methoden die wel kunnen.`);
    }
    throw apiNotFound('Dit deel van de Klantinteracties-API bestaat niet.');
  };
  const methods: ('GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE')[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  app.route({ method: methods, url: API_PATH, config: auth, schema: { hide: true }, handler: elsewhere });
  app.route({ method: methods, url: p('/*'), config: auth, schema: { hide: true }, handler: elsewhere });
};
