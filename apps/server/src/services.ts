// Builds every service once, with its dependencies; routes receive this container.
import { ApiTokenService } from './api-tokens/service.js';
import { AuditService } from './audit/service.js';
import { OidcLogin } from './auth/oidc.js';
import { AuthService } from './auth/service.js';
import { LoginThrottle, type ThrottleOptions } from './auth/throttle.js';
import { CalendarService } from './calendar/service.js';
import { CallbackService } from './callbacks/service.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { ContactService } from './contacts/service.js';
import type { Database } from './db/client.js';
import { loggableError } from './http/errors.js';
import { ImportService } from './imports/service.js';
import { KlantinteractiesService } from './klantinteracties/service.js';
import { KnowledgeService } from './knowledge/service.js';
import { CommunicationService } from './communications/service.js';
import { GoalService } from './goals/service.js';
import { HomeVisitService } from './home-visits/service.js';
import { OnboardingService } from './onboarding/service.js';
import { PressImapPoller } from './press/imap.js';
import { INSTANCE_ID } from './jobs/lease.js';
import { Metrics } from './metrics/metrics.js';
import { PressService } from './press/service.js';
import { PressSmtpReceiver } from './press/smtp-inbound.js';
import { KpiService } from './kpis/service.js';
import { RateLimiter } from './limits/service.js';
import { Outbox } from './mail/outbox.js';
import { smtpTransport } from './mail/transport.js';
import { OutboxWorker } from './mail/worker.js';
import { ResidentService } from './residents/service.js';
import { SurveyAnswers } from './surveys/answers.js';
import { SurveyInvitations } from './surveys/invitations.js';
import { OrganisationService } from './organisation/service.js';
import { PartyService } from './parties/service.js';
import { PrivacyService } from './privacy/service.js';
import { PdfPrinter } from './reports/pdf.js';
import { ProgressReportService } from './reports/service.js';
import { SurveyService } from './surveys/service.js';

export interface Services {
  config: Config;
  clock: Clock;
  database: Database;
  metrics: Metrics;
  audit: AuditService;
  auth: AuthService;
  /** Request budgets shared by every instance on the database. */
  limiter: RateLimiter;
  oidc: OidcLogin | undefined;
  organisation: OrganisationService;
  calendar: CalendarService;
  callbacks: CallbackService;
  contacts: ContactService;
  /** The resident in view: parties, their contact details, the customer view, merges. */
  parties: PartyService;
  kpis: KpiService;
  imports: ImportService;
  surveys: SurveyService;
  surveyAnswers: SurveyAnswers;
  residents: ResidentService;
  outbox: Outbox;
  /** Sends the outbox; started by the server entry point, driven by hand in tests. */
  mailWorker: OutboxWorker;
  reports: ProgressReportService;
  /** One PDF printer (one headless browser, one queue) for every route that prints. */
  pdf: PdfPrinter;
  /** The resident's rights (AVG art. 15-17) and the daily retention job. */
  privacy: PrivacyService;
  /** Keys for systems that call the Klantinteracties API. */
  apiTokens: ApiTokenService;
  /** The Klantinteracties API (Open Klant 2) as a view on Helder's contacts, parties and requests. */
  klantinteracties: KlantinteractiesService;
  /** The knowledge base: articles with versions, search, feedback, synonyms, public answers. */
  knowledge: KnowledgeService;
  /** The register of outgoing communication with the B1 result of every version and the review of bulk letters. */
  communications: CommunicationService;
  /** Team SMART goals with their current value and status. */
  goals: GoalService;
  /** Home visits: requested, planned, and their outcome as a contact. */
  homeVisits: HomeVisitService;
  /** Every employee's onboarding checklist. */
  onboarding: OnboardingService;
  /** The press inbox: questions from the press mailbox, answered by team Communicatie. */
  press: PressService;
  /** Reads the press mailbox over IMAP (PRESS_IMAP_URL); started by main.ts. */
  pressImap: PressImapPoller;
  /** Receives forwarded press mail over SMTP (PRESS_INBOUND_SMTP_PORT); started by main.ts. */
  pressSmtp: PressSmtpReceiver;
}

export function createServices(database: Database, config: Config, clock: Clock = systemClock, throttle: Partial<ThrottleOptions> = {}): Services {
  const { db } = database;
  const audit = new AuditService(db);
  const calendar = new CalendarService(db, clock, audit);
  const outbox = new Outbox(db, clock, audit, config.mail, config.secret);
  const invitations = new SurveyInvitations(clock, outbox, config);
  const callbacks = new CallbackService(db, clock, calendar, audit, outbox, invitations, config);
  const organisation = new OrganisationService(db, audit);
  // The figures read from a replica when one is configured (DATABASE_READ_URL): no personal data, a little lag is fine.
  const kpis = new KpiService(database.readDb ?? db, clock);
  const limiter = new RateLimiter(db, clock);
  const parties = new PartyService(db, clock, audit, config);
  const knowledge = new KnowledgeService(db, clock, audit);
  const communications = new CommunicationService(db, clock, config, calendar, outbox, audit);
  const press = new PressService(db, clock, config, callbacks, outbox, audit);
  const goals = new GoalService(db, clock, kpis, audit);
  const warn = (message: string, error: unknown) => console.warn(`Helder: ${message}`, loggableError(error) ?? '');
  const metrics = new Metrics(db, clock);
  const mailWorker = new OutboxWorker(db, clock, config.mail, outbox.links, config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : undefined, (message, error) =>
    console.warn(`Helder: ${message}`, loggableError(error) ?? ''));
  mailWorker.onRound = (outcome) => metrics.jobRan('outbox', outcome);
  const pressImap = new PressImapPoller(press, config.press, warn, { db, holder: INSTANCE_ID });
  pressImap.onPoll = (outcome) => metrics.jobRan('press_imap', outcome);
  return {
    config,
    clock,
    database,
    metrics,
    audit,
    auth: new AuthService(db, clock, audit, config.sessionHours, new LoginThrottle(db, config.secret, () => clock.now(), throttle)),
    limiter,
    oidc: config.oidc ? new OidcLogin(config.oidc) : undefined,
    organisation,
    calendar,
    callbacks,
    contacts: new ContactService(db, clock, callbacks, audit, invitations, parties, knowledge),
    parties,
    kpis,
    imports: new ImportService(db, clock, calendar, audit),
    surveys: new SurveyService(db, audit),
    surveyAnswers: new SurveyAnswers(db, clock, callbacks, config),
    residents: new ResidentService(db, clock, callbacks, outbox, config, limiter),
    outbox,
    mailWorker,
    pdf: new PdfPrinter(),
    reports: new ProgressReportService(kpis, organisation, clock, config.municipalityName, goals),
    privacy: new PrivacyService(db, clock, audit, config),
    apiTokens: new ApiTokenService(db, clock, audit),
    klantinteracties: new KlantinteractiesService(db, clock, audit, callbacks, config),
    knowledge,
    communications,
    press,
    goals,
    homeVisits: new HomeVisitService(db, clock, config, callbacks, outbox, audit),
    onboarding: new OnboardingService(db, clock, audit),
    pressImap,
    pressSmtp: new PressSmtpReceiver(press, config.press, warn),
  };
}
