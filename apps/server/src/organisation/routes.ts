import {
  employeeInputSchema,
  employeePatchSchema,
  productInputSchema,
  productPatchSchema,
  teamInputSchema,
  teamPatchSchema,
} from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { errorResponses, idParams, queryBoolean } from '../http/schemas.js';
import type { Services } from '../services.js';
import { employeeSchema, presentEmployee, presentProduct, presentTeam, productSchema, teamSchema } from './presenters.js';

const admin = { auth: ['admin'] as const };

export const organisationRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { organisation } = services;

  app.get('/api/teams', {
    config: { auth: 'staff' },
    schema: {
      tags: ['organisation'],
      summary: 'Teams, by name',
      querystring: z.object({ active: queryBoolean.optional() }),
      response: { 200: z.array(teamSchema) },
    },
  }, async (request) => (await organisation.listTeams(request.query)).map(presentTeam));

  app.get('/api/teams/:id', {
    config: { auth: 'staff' },
    schema: { tags: ['organisation'], params: idParams, response: { 200: teamSchema, ...errorResponses } },
  }, async (request) => presentTeam(await organisation.getTeam(request.params.id)));

  app.post('/api/teams', {
    config: admin,
    schema: { tags: ['organisation'], body: teamInputSchema, response: { 201: teamSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(presentTeam(await organisation.createTeam(contextOf(request), request.body))));

  app.patch('/api/teams/:id', {
    config: admin,
    schema: { tags: ['organisation'], params: idParams, body: teamPatchSchema, response: { 200: teamSchema, ...errorResponses } },
  }, async (request) => presentTeam(await organisation.updateTeam(contextOf(request), request.params.id, request.body)));

  app.get('/api/products', {
    config: { auth: 'staff' },
    schema: {
      tags: ['organisation'],
      summary: 'Products and services, by name',
      querystring: z.object({ teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(), active: queryBoolean.optional() }),
      response: { 200: z.array(productSchema), ...errorResponses },
    },
  }, async (request) => (await organisation.listProducts(request.query)).map(presentProduct));

  app.post('/api/products', {
    config: admin,
    schema: { tags: ['organisation'], body: productInputSchema, response: { 201: productSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(presentProduct(await organisation.createProduct(contextOf(request), request.body))));

  app.patch('/api/products/:id', {
    config: admin,
    schema: { tags: ['organisation'], params: idParams, body: productPatchSchema, response: { 200: productSchema, ...errorResponses } },
  }, async (request) => presentProduct(await organisation.updateProduct(contextOf(request), request.params.id, request.body)));

  app.get('/api/employees', {
    config: { auth: 'staff' },
    schema: {
      tags: ['organisation'],
      summary: 'Employees by name; the total is in the X-Total-Count header',
      querystring: z.object({
        teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        active: queryBoolean.optional(),
        q: z.string().trim().max(100).optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(500),
        offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
      }),
      response: { 200: z.array(employeeSchema), ...errorResponses },
    },
  }, async (request, reply) => {
    const { rows, total } = await organisation.listEmployees(request.query);
    reply.header('x-total-count', String(total));
    return rows.map((e) => presentEmployee(e, request.actor!));
  });

  app.get('/api/employees/:id', {
    config: { auth: 'staff' },
    schema: { tags: ['organisation'], params: idParams, response: { 200: employeeSchema, ...errorResponses } },
  }, async (request) => presentEmployee(await organisation.getEmployee(request.params.id), request.actor!));

  app.post('/api/employees', {
    config: admin,
    schema: { tags: ['organisation'], body: employeeInputSchema, response: { 201: employeeSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(presentEmployee(await organisation.createEmployee(contextOf(request), request.body), request.actor!)));

  app.patch('/api/employees/:id', {
    config: admin,
    schema: { tags: ['organisation'], params: idParams, body: employeePatchSchema, response: { 200: employeeSchema, ...errorResponses } },
  }, async (request) => presentEmployee(await organisation.updateEmployee(contextOf(request), request.params.id, request.body), request.actor!));
};
