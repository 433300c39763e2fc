// The shapes of the API token routes, inferred from their zod schemas in @helder/domain.
export type { ApiToken, ApiTokenCreated as CreatedApiToken } from '@helder/domain';
