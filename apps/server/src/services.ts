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
import { ProgressReportService } from './reports/service.js';
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
  reports: ProgressReportService;
}

export function createServices(database: Database, config: Config, clock: Clock = systemClock, throttle = new LoginThrottle()): Services {
  const { db } = database;
  const audit = new AuditService(db);
  const calendar = new CalendarService(db, clock, audit);
  const callbacks = new CallbackService(db, clock, calendar, audit);
  const organisation = new OrganisationService(db, audit);
  const kpis = new KpiService(db, clock);
  return {
    config,
    clock,
    database,
    audit,
    auth: new AuthService(db, clock, audit, config.sessionHours, throttle),
    oidc: config.oidc ? new OidcLogin(config.oidc) : undefined,
    organisation,
    calendar,
    callbacks,
    contacts: new ContactService(db, clock, callbacks, audit),
    kpis,
    imports: new ImportService(db, clock, calendar, audit),
    surveys: new SurveyService(db, audit),
    reports: new ProgressReportService(kpis, organisation, clock, config.municipalityName),
  };
}
