// Builds every service once, with its dependencies; routes receive this container.
import { AuditService } from './audit/service.js';
import { OidcLogin } from './auth/oidc.js';
import { AuthService } from './auth/service.js';
import { LoginThrottle } from './auth/throttle.js';
import { CalendarService } from './calendar/service.js';
import { CallbackService } from './callbacks/service.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { ContactService } from './contacts/service.js';
import type { Database } from './db/client.js';
import { ImportService } from './imports/service.js';
import { KpiService } from './kpis/service.js';
import { OrganisationService } from './organisation/service.js';
import { SurveyService } from './surveys/service.js';

export interface Services {
  config: Config;
  clock: Clock;
  database: Database;
  audit: AuditService;
  auth: AuthService;
  oidc: OidcLogin | undefined;
  organisation: OrganisationService;
  calendar: CalendarService;
  callbacks: CallbackService;
  contacts: ContactService;
  kpis: KpiService;
  imports: ImportService;
  surveys: SurveyService;
}

export function createServices(database: Database, config: Config, clock: Clock = systemClock, throttle = new LoginThrottle()): Services {
  const { db } = database;
  const audit = new AuditService(db);
  const calendar = new CalendarService(db, clock, audit);
  const callbacks = new CallbackService(db, clock, calendar, audit);
  return {
    config,
    clock,
    database,
    audit,
    auth: new AuthService(db, clock, audit, config.sessionHours, throttle),
    oidc: config.oidc ? new OidcLogin(config.oidc) : undefined,
    organisation: new OrganisationService(db, audit),
    calendar,
    callbacks,
    contacts: new ContactService(db, clock, callbacks, audit),
    kpis: new KpiService(db, clock),
    imports: new ImportService(db, calendar, audit),
    surveys: new SurveyService(db, audit),
  };
}
