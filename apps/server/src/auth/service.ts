import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { SessionActor } from '../http/context.js';
import { AppError } from '../http/errors.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { deleteSession, findActiveSession, findEmployeeByEmail, insertSession, touchSession } from './repository.js';
import type { LoginThrottle } from './throttle.js';

/** Sessions are refreshed at most this often, so a busy user does not cause a write per request. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface LoginEmployee {
  id: string;
  name: string;
  email: string;
  roles: string[];
  teamId: string | null;
}

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly sessionHours: number,
    readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string, ip: string): Promise<{ token: string; actor: SessionActor }> {
    const normalized = email.trim().toLowerCase();
    const waitMs = await this.throttle.claim(normalized, ip);
    if (waitMs > 0) throw tooManyTries(waitMs);
    const employee = await findEmployeeByEmail(this.db, normalized);
    // Always one argon2 verification, against a dummy hash when there is no account or no password
    // (OIDC-only): the time to refuse says nothing about which addresses exist.
    const valid = await verifyPassword(employee?.passwordHash ?? (await dummyHash()), password);
    if (!employee || !employee.passwordHash || !valid || !employee.active) {
      // The claimed try stays as a failure. What a stranger typed is not kept: only a keyed hash,
      // to see repeated tries in the log.
      await this.audit.recordAnonymous(ip, {
        action: 'login_failed',
        entityType: 'employee',
        entityId: employee?.id ?? null,
        detail: { accountKey: this.throttle.accountKey(normalized) },
      });
      throw new AppError(401, 'invalid_credentials', 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    await this.throttle.succeed(normalized, ip);
    return this.startSession(employee, ip, 'password');
  }

  async startSession(employee: LoginEmployee, ip: string, method: 'password' | 'oidc') {
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    await insertSession(this.db, tokenHash, employee.id, this.expiry());
    const actor: SessionActor = {
      id: employee.id,
      name: employee.name,
      email: employee.email,
      roles: employee.roles as Role[],
      teamId: employee.teamId,
      sessionHash: tokenHash,
    };
    await this.audit.record({ actor, ip }, { action: 'login', entityType: 'employee', entityId: employee.id, detail: { method } });
    return { token, actor };
  }

  async resolve(token: string): Promise<SessionActor | null> {
    if (token.length > 100) return null;
    const tokenHash = hashToken(token);
    const now = this.clock.now();
    const row = await findActiveSession(this.db, tokenHash, now);
    if (!row) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await touchSession(this.db, tokenHash, now, this.expiry());
    }
    return {
      id: row.employeeId,
      name: row.name,
      email: row.email,
      roles: row.roles as Role[],
      teamId: row.teamId,
      sessionHash: tokenHash,
    };
  }

  async logout(token: string): Promise<void> {
    await deleteSession(this.db, hashToken(token));
  }

  findEmployeeByEmail(email: string) {
    return findEmployeeByEmail(this.db, email);
  }

  get sessionSeconds(): number {
    return Math.round(this.sessionHours * 3600);
  }

  private expiry(): Date {
    return new Date(this.clock.now().getTime() + this.sessionSeconds * 1000);
  }
}

function tooManyTries(waitMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 60 ? `${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}` : `${Math.ceil(seconds / 60)} ${Math.ceil(seconds / 60) === 1 ? 'minuut' : 'minuten'}`;
  return new AppError(429, 'rate_limited', `U heeft te vaak een verkeerd wachtwoord gebruikt. Probeer het over ${wait} opnieuw.`, undefined, {
    'retry-after': String(seconds),
  });
}
