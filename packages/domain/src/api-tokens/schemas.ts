// Keys for systems that call the Klantinteracties API (KISS, Open Formulieren, a portal): what an
// administrator sends and gets back, one definition for the server and the web app.
import { z } from 'zod';
import { requiredName } from '../validation/names.js';

export const API_TOKEN_NAME_MAX = 100;

export const apiTokenInputSchema = z.object({
  /** Which system uses the key, e.g. "KISS productie". Every call is audited under this name. */
  name: requiredName(API_TOKEN_NAME_MAX, 'Vul een naam in, bijvoorbeeld de naam van het systeem dat deze sleutel gebruikt.'),
});
export type ApiTokenInput = z.input<typeof apiTokenInputSchema>;

/** A key as the list shows it: never the key itself, which only its maker saw, once. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  lastUsedAt: z.string().nullable().describe('Updated at most once a minute'),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.array(apiTokenSchema);

/** The answer to making a key: the key in the clear, shown this once (only its hash is kept). */
export const apiTokenCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string().describe('Send it as `Authorization: Token <token>`; it is not shown again'),
});
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;
