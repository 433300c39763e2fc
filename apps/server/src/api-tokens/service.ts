// Keys for systems that call the Klantinteracties API. An administrator makes one and sees it once;
// Helder keeps only its SHA-256 hash (like session tokens), so a copy of the database opens nothing.
// Making and revoking keys is audited; every call made with a key is audited under its name.
import type { ApiTokenCreated, ApiTokenInput } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { ApiClient, RequestContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { hashToken, newToken } from '../http/tokens.js';
import { presentApiToken } from './presenters.js';
import * as repo from './repository.js';

/** What a presented key turned out to be. */
export type TokenCheck = { status: 'valid'; client: ApiClient } | { status: 'revoked' } | { status: 'unknown' };

/** `last_used_at` is written at most this often per key: a busy client does not write on every call. */
const TOUCH_EVERY_MS = 60_000;

export class ApiTokenService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: ApiTokenInput): Promise<ApiTokenCreated> {
    const { token, hash } = newToken();
    const row = await this.db.transaction(async (tx) => {
      const created = await repo.insertApiToken(tx, { name: input.name, tokenHash: hash, createdBy: ctx.actor.id, createdAt: this.clock.now() });
      await this.audit.record(ctx, { action: 'create', entityType: 'api_token', entityId: created.id, customerIds: [], detail: { name: created.name } }, tx);
      return created;
    });
    return { id: row.id, name: row.name, token };
  }

  async list(_ctx: RequestContext) {
    return (await repo.listApiTokens(this.db)).map(presentApiToken);
  }

  /** Revokes the key: calls with it answer 401 from now on. Revoking twice is not an error. */
  async revoke(ctx: RequestContext, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await repo.findApiToken(tx, id);
      if (!row) throw notFound('Deze sleutel bestaat niet.');
      if (await repo.revokeApiToken(tx, id, ctx.actor.id, this.clock.now())) {
        await this.audit.record(ctx, { action: 'revoke', entityType: 'api_token', entityId: id, customerIds: [], detail: { name: row.name } }, tx);
      }
    });
  }

  /** The client a presented key belongs to; found by its hash, so the key itself is never compared. */
  async check(token: string): Promise<TokenCheck> {
    if (token.length === 0 || token.length > 200) return { status: 'unknown' };
    const row = await repo.findApiTokenByHash(this.db, hashToken(token));
    if (!row) return { status: 'unknown' };
    if (row.revokedAt) return { status: 'revoked' };
    const now = this.clock.now();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) await repo.touchApiToken(this.db, row.id, now);
    return { status: 'valid', client: { tokenId: row.id, name: row.name } };
  }
}
