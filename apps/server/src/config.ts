// Configuration comes from the environment only, validated once at start.
import { resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_SECRET = 'helder-development-secret-do-not-use-in-production';
/** Retention terms in days when none are configured (docs/privacy.md explains each). */
export const RETENTION_DEFAULTS = { caseDays: 730, outboxDays: 90, auditIpDays: 183 } as const;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  HELDER_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_READ_URL: z.string().optional(),
  HELDER_SECRET: z.string().default(DEFAULT_SECRET),
  HELDER_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  HELDER_DEMO_CONTACTS: z.coerce.number().int().min(0).max(10_000_000).optional(),
  HELDER_MIGRATE: z.enum(['on', 'off', 'only']).default('on'),
  PUBLIC_BASE_URL: z.string().optional(),
  MUNICIPALITY_NAME: z.string().default('Dronten'),
  SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(10),
  OIDC_ISSUER: z.string().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.string().optional(),
  OIDC_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  PUBLIC_FORM_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, { error: 'SMTP_URL must start with smtp:// or smtps://' }).optional(),
  MAIL_FROM: z.string().optional(),
  MUNICIPALITY_PHONE: z.string().default('14 0321'),
  MUNICIPALITY_WEBSITE: z.string().default('https://www.dronten.nl'),
  MUNICIPALITY_LOGO_URL: z.string().optional(),
  REPORTS_TEAM: z.string().default('Communicatie'),
  SURVEY_DELAY_MINUTES: z.coerce.number().int().min(0).max(60 * 24 * 30).default(60),
  SURVEY_LOW_SCORE: z.coerce.number().int().min(1).max(10).default(5),
  SURVEY_VALID_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  STATUS_VALID_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  PARTY_BSN_ENABLED: z.enum(['true', 'false']).default('false'),
  BULK_LETTER_RECIPIENTS: z.coerce.number().int().min(1).max(10_000_000).default(20),
  REVIEW_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  REVIEW_MAILBOX: z.string().optional(),
  PRESS_TEAM: z.string().default('Communicatie'),
  PRESS_ADDRESS: z.string().optional(),
  PRESS_IMAP_URL: z.string().regex(/^imaps?:\/\//, { error: 'PRESS_IMAP_URL must start with imap:// or imaps://' }).optional(),
  PRESS_IMAP_ACCESS_TOKEN: z.string().optional(),
  PRESS_IMAP_POLL_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  PRESS_INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PRESS_INBOUND_SMTP_HOST: z.string().default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(16, { error: 'METRICS_TOKEN must be at least 16 characters.' }).optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().default('0.0.0.0'),
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  RETENTION_CASE_DAYS: z.coerce.number().int().min(30).max(36500).default(RETENTION_DEFAULTS.caseDays),
  RETENTION_OUTBOX_DAYS: z.coerce.number().int().min(1).max(3650).default(RETENTION_DEFAULTS.outboxDays),
  RETENTION_AUDIT_IP_DAYS: z.coerce.number().int().min(1).max(3650).default(RETENTION_DEFAULTS.auditIpDays),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  allowHttp: boolean;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A read replica for the dashboards, public figures and reports (KpiService); unset: the primary. */
  databaseReadUrl: string | undefined;
  secret: string;
  loadDemoData: boolean;
  /** `on`: migrate, then serve; `off`: serve only (an application role that owns no tables); `only`: migrate and stop. */
  migrate: 'on' | 'off' | 'only';
  /** Size of the generated demo history (contacts); 0 loads only the organisation. */
  demoContacts: number | undefined;
  publicBaseUrl: string | undefined;
  municipalityName: string;
  sessionHours: number;
  oidc: OidcConfig | undefined;
  logLevel: string;
  /** Requests per minute per address for callers without a session (public pages, login, health). */
  rateLimitPerMinute: number;
  /** Reports and survey answers per hour per address: a resident needs a few, a robot many. */
  publicFormLimitPerHour: number;
  mail: MailConfig;
  /** The team that handles residents' reports of miscommunication (by name). */
  reportsTeam: string;
  survey: { delayMinutes: number; lowScore: number; validDays: number };
  /** How long the link to a status page works, in days after the request was made. */
  statusValidDays: number;
  /** How long personal data are kept, in days (see docs/privacy.md); a daily job applies it. */
  retention: RetentionConfig;
  /** Parties (the resident in view). */
  parties: { bsnEnabled: boolean };
  /**
   * The register of outgoing communication: from this many recipients a text needs the contact
   * centre's review (R2.3), which is due within this many working days; the request is mailed to
   * `reviewMailbox`, or else to every active contact-centre employee.
   */
  communications: { bulkRecipients: number; reviewWorkingDays: number; reviewMailbox: string | undefined };
  press: PressConfig;
  /**
   * Prometheus metrics (`GET /metrics`): with `token` on the main port to `Authorization: Bearer
   * <token>` only; with `port` on a port of their own (for the cluster's network, not the public);
   * with neither, nowhere.
   */
  metrics: { token: string | undefined; port: number | undefined; host: string };
}

/** The press mailbox (R5.3): read over IMAP, or received over SMTP from a forwarding mail server. */
export interface PressConfig {
  /** The team that answers press questions (by name). */
  team: string;
  /** The press mailbox's address: answers are sent from it. */
  address: string;
  /** imaps://user:password@host[:port]/Mailbox; unset: not read over IMAP. */
  imapUrl: string | undefined;
  /** An OAuth2 access token (Microsoft 365, Google) used instead of the URL's password. */
  imapAccessToken: string | undefined;
  imapPollSeconds: number;
  /** Port of the SMTP receiver for forwarded press mail; unset: no receiver. */
  inboundSmtpPort: number | undefined;
  inboundSmtpHost: string;
}

export interface RetentionConfig {
  /** After a case is finished: names, addresses and free text of contacts and requests are anonymised. */
  caseDays: number;
  /** Sent, held and failed mails are deleted this long after they were written. */
  outboxDays: number;
  /** Client addresses in the audit log are shortened (IPv4 /24, IPv6 /48) after this long. */
  auditIpDays: number;
}

export interface MailConfig {
  /** Unset: mails are held in the outbox for an administrator to read (demo, or not yet set up). */
  smtpUrl: string | undefined;
  from: string;
  municipality: { name: string; phone: string; website: string; logoUrl: string | undefined };
  /** Where the links in mails point to, without a trailing slash. */
  publicBaseUrl: string;
  intervalSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty value is no value (compose files and manifests often pass `NAME=` for "not set").
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && (e.HELDER_SECRET === DEFAULT_SECRET || e.HELDER_SECRET.length < 32)) {
    throw new ConfigError('HELDER_SECRET must be set to a random value of at least 32 characters in production.');
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new ConfigError('DATABASE_READ_URL (a read replica) needs DATABASE_URL: the embedded database has no replicas.');
  }
  let oidc: OidcConfig | undefined;
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID || !e.OIDC_REDIRECT_URI) {
      throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_REDIRECT_URI as well.');
    }
    oidc = {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      redirectUri: e.OIDC_REDIRECT_URI,
      allowHttp: e.OIDC_ALLOW_HTTP === 'true',
    };
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.HELDER_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    databaseReadUrl: e.DATABASE_READ_URL || undefined,
    secret: e.HELDER_SECRET,
    // Demo data only where nobody can mistake it for real data.
    loadDemoData: e.HELDER_DEMO === 'on' || (e.HELDER_DEMO === 'auto' && !production),
    demoContacts: e.HELDER_DEMO_CONTACTS,
    migrate: e.HELDER_MIGRATE,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    municipalityName: e.MUNICIPALITY_NAME,
    sessionHours: e.SESSION_HOURS,
    oidc,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicFormLimitPerHour: e.PUBLIC_FORM_LIMIT_PER_HOUR,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? `"Gemeente ${e.MUNICIPALITY_NAME}" <noreply@${e.MUNICIPALITY_NAME.toLowerCase().replace(/[^a-z0-9]+/g, '')}.demo>`,
      municipality: { name: e.MUNICIPALITY_NAME, phone: e.MUNICIPALITY_PHONE, website: e.MUNICIPALITY_WEBSITE, logoUrl: e.MUNICIPALITY_LOGO_URL },
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      intervalSeconds: e.OUTBOX_INTERVAL_SECONDS,
    },
    reportsTeam: e.REPORTS_TEAM,
    survey: { delayMinutes: e.SURVEY_DELAY_MINUTES, lowScore: e.SURVEY_LOW_SCORE, validDays: e.SURVEY_VALID_DAYS },
    statusValidDays: e.STATUS_VALID_DAYS,
    retention: { caseDays: e.RETENTION_CASE_DAYS, outboxDays: e.RETENTION_OUTBOX_DAYS, auditIpDays: e.RETENTION_AUDIT_IP_DAYS },
    // A BSN may only be processed where the law allows it (UAVG art. 46): off unless the municipality says so.
    parties: { bsnEnabled: e.PARTY_BSN_ENABLED === 'true' },
    communications: { bulkRecipients: e.BULK_LETTER_RECIPIENTS, reviewWorkingDays: e.REVIEW_WORKING_DAYS, reviewMailbox: e.REVIEW_MAILBOX },
    press: {
      team: e.PRESS_TEAM,
      address: e.PRESS_ADDRESS ?? `pers@${e.MUNICIPALITY_NAME.toLowerCase().replace(/[^a-z0-9]+/g, '')}.demo`,
      imapUrl: e.PRESS_IMAP_URL,
      imapAccessToken: e.PRESS_IMAP_ACCESS_TOKEN,
      imapPollSeconds: e.PRESS_IMAP_POLL_SECONDS,
      inboundSmtpPort: e.PRESS_INBOUND_SMTP_PORT,
      inboundSmtpHost: e.PRESS_INBOUND_SMTP_HOST,
    },
    metrics: { token: e.METRICS_TOKEN || undefined, port: e.METRICS_PORT, host: e.METRICS_HOST },
  };
}
