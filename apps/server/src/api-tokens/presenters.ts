import type { ApiToken } from '@helder/domain';

export function presentApiToken(row: { id: string; name: string; createdAt: Date; createdByName: string | null; lastUsedAt: Date | null; revokedAt: Date | null }): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
