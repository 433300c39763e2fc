// Generates the demo history: contacts over every channel and the callback requests handed over
// from them, with figures that match Dronten's baseline (about 58% of callback requests late at the
// start) and improve over time. Deterministic for a given seed and end date; streams in batches so
// it can also produce millions of rows for benchmarks.
import {
  type ClosingDayCalendar,
  type LocalDate,
  addDays,
  amsterdamDate,
  amsterdamInstant,
  computeDueDate,
  isWeekend,
  weekday,
} from '@helder/domain';
import type { callbackEvents, callbackRequests, contacts, customers, surveyResponses } from '../db/schema.js';
import { FIRST_NAMES, LAST_NAMES } from './organisation.js';
import { Random } from './random.js';

export interface HistoryTeam {
  id: string;
  name: string;
  deadlineWorkingDays: number;
  weight: number;
  lateness: number;
  products: { id: string; name: string }[];
  employeeIds: string[];
}

export interface HistoryOrganisation {
  teams: HistoryTeam[];
  /** The contact centre: registers most contacts and hands questions over. */
  kccTeamId: string;
  kccEmployeeIds: string[];
  /** Handles residents' reports of miscommunication (default: the contact centre). */
  reportsTeamId?: string | undefined;
  calendar: ClosingDayCalendar;
}

export interface HistoryOptions {
  seed: number;
  end: Date;
  months: number;
  contacts: number;
  /** Aim for about this many callback requests (default: the share the demo municipality has). */
  callbacks?: number | undefined;
  batchSize?: number;
}

/** Of the contacts with details, the share from a resident who got in touch before. */
const RETURNING_SHARE = 0.3;
const RETURNING_POOL = 5000;

/**
 * Phone when there is a number (three in four with an e-mail address too still want a call). The
 * main stream draws as it did for the details first drawn (`drawn`), so a returning resident's
 * details never change the rest of the history; the answer fits the details actually used.
 */
function replyChannel(drawn: { email: string | null; phone: string | null }, used: { email: string | null; phone: string | null }, rng: Random): 'phone' | 'email' {
  const call = drawn.phone ? !drawn.email || rng.chance(0.75) : false;
  if (used.phone && (!used.email || call)) return 'phone';
  return used.email ? 'email' : 'phone';
}

/** Average share of contacts handed over in the generated period (0.30 falling to 0.14). */
const MEAN_HANDED_OVER = 0.22;
const DEFAULT_CALLBACK_CHANCE = 0.85;

export interface HistoryBatch {
  customers: (typeof customers.$inferInsert)[];
  contacts: (typeof contacts.$inferInsert)[];
  callbacks: (typeof callbackRequests.$inferInsert)[];
  events: (typeof callbackEvents.$inferInsert)[];
  surveys: (typeof surveyResponses.$inferInsert)[];
}

/** About one in twelve residents answers the short survey after a contact. */
const SURVEY_CHANCE = 0.08;
/** Reports of miscommunication per contact: about 1 in 250 at the start, half that at the end. */
const REPORT_CHANCE = 0.004;

const REPORT_MIX = [['not_called_back', 35], ['unclear_letter', 25], ['conflicting_answers', 18], ['treatment', 10], ['other', 12]] as const;
const REPORT_TEXTS: Record<(typeof REPORT_MIX)[number][0], string[]> = {
  not_called_back: ['Ik zou teruggebeld worden over {p}, maar niemand heeft gebeld.', 'Twee weken geleden beloofd dat ik een e-mail zou krijgen over {p}. Nog niets gehoord.'],
  unclear_letter: ['De brief over {p} begrijp ik niet. Wat moet ik nu doen?', 'In de brief over {p} staan veel moeilijke woorden.'],
  conflicting_answers: ['Aan de telefoon hoorde ik iets anders over {p} dan op de website staat.', 'Twee medewerkers gaven mij een ander antwoord over {p}.'],
  treatment: ['Ik voelde mij niet serieus genomen toen ik belde over {p}.'],
  other: ['Ik moest mijn verhaal over {p} drie keer opnieuw vertellen.'],
};
const COMMENTS_LOW = ['Ik moest lang wachten op antwoord.', 'Ik werd niet teruggebeld.', 'Mijn vraag is nog steeds niet opgelost.', 'Ik kreeg verschillende antwoorden.'];
const COMMENTS_HIGH = ['Vriendelijk en snel geholpen.', 'Duidelijke uitleg, dank u wel.', 'Fijn dat ik meteen antwoord kreeg.', 'De medewerker dacht goed met mij mee.'];

const CHANNEL_MIX = [
  ['phone', 52], ['email', 16], ['counter', 12], ['contact_form', 10], ['chat', 5], ['social_media', 3], ['letter', 1], ['home_visit', 1],
] as const;

const SUBJECTS = ['Vraag over {p}', 'Status van aanvraag {p}', 'Afspraak voor {p}', 'Informatie over {p}', 'Wijziging doorgeven: {p}', 'Klacht over {p}'];
const SUMMARIES = [
  'Klant wil weten hoe lang het nog duurt.',
  'Klant vraagt welke documenten nodig zijn.',
  'Klant begrijpt de brief niet goed en wil uitleg.',
  'Klant heeft al eerder gebeld en wacht op antwoord.',
  'Klant vraagt of het ook online kan.',
  'Klant wil een afspraak op een andere dag.',
];
const QUESTIONS = [
  'Kan iemand van het team uitleggen hoe het verder gaat met {p}?',
  'De klant wacht op een besluit over {p}. Wanneer komt dat?',
  'De klant heeft een vraag over {p} die de eerste lijn niet kan beantwoorden.',
  'Graag terugbellen over de brief over {p}: de klant begrijpt het bedrag niet.',
];
const OUTCOMES = ['Uitleg gegeven, klant is tevreden.', 'Aanvraag aangevuld; besluit volgt.', 'Afspraak gemaakt.', 'Antwoord per e-mail gestuurd.', 'Fout hersteld, klant geïnformeerd.'];
const SURPRISES = [
  'Formulier samen met de klant ingevuld.',
  'Zelf de collega gebeld, zodat de klant niet opnieuw hoefde te bellen.',
  'Afspraak aan huis gemaakt voor een klant die slecht ter been is.',
  'Klant op de hoogte gehouden zonder dat die erom vroeg.',
];

/** Work hours are 8:30 to 17:00; web channels also come in at night. */
function timeOfDay(rng: Random, channel: string): [number, number] {
  const web = channel === 'email' || channel === 'contact_form' || channel === 'social_media';
  if (web && rng.chance(0.3)) return [rng.int(0, 23), rng.int(0, 59)];
  const hour = rng.weighted([[8, 4], [9, 14], [10, 16], [11, 14], [12, 8], [13, 11], [14, 12], [15, 10], [16, 7]] as const);
  return [hour, hour === 8 ? rng.int(30, 59) : rng.int(0, 59)];
}

function officeMoment(rng: Random, date: LocalDate): Date {
  return amsterdamInstant(date, rng.int(8, 16), rng.int(0, 59), rng.int(0, 59));
}

export function* generateHistory(org: HistoryOrganisation, options: HistoryOptions): Generator<HistoryBatch> {
  const rng = new Random(options.seed);
  const batchSize = options.batchSize ?? 2000;
  const endDate = amsterdamDate(options.end);
  const start = new Date(options.end);
  start.setUTCMonth(start.getUTCMonth() - options.months);
  const startDate = amsterdamDate(start);

  const days: { date: LocalDate; weight: number }[] = [];
  for (let d = startDate; d <= endDate; d = addDays(d, 1)) {
    const closed = isWeekend(d) || org.calendar.closingDay(d) !== undefined;
    const day = weekday(d);
    days.push({ date: d, weight: closed ? 0.05 : day === 1 ? 1.25 : day === 5 ? 0.8 : 1 });
  }
  const totalWeight = days.reduce((s, d) => s + d.weight, 0);
  const secondLine = org.teams.filter((t) => t.id !== org.kccTeamId);
  const teamMix = org.teams.map((t) => [t, t.weight] as const);
  const secondLineMix = secondLine.map((t) => [t, t.weight] as const);

  // Surveys and reports draw from their own streams, so they do not change the rest of the history.
  const surveyRng = new Random(options.seed + 7);
  const reportRng = new Random(options.seed + 13);
  // Residents who get in touch again: a pool of earlier callers, drawn from a stream of its own so
  // the rest of the history stays the same. Their contacts are linked to one party after loading.
  const returningRng = new Random(options.seed + 29);
  const returning: { name: string; email: string | null; phone: string | null }[] = [];
  const reportsTeam = org.teams.find((t) => t.id === (org.reportsTeamId ?? org.kccTeamId)) ?? org.teams[0]!;
  let batch: HistoryBatch = { customers: [], contacts: [], callbacks: [], events: [], surveys: [] };
  let carry = 0;
  const callbackChance = options.callbacks
    ? Math.min(1, options.callbacks / options.contacts / MEAN_HANDED_OVER)
    : DEFAULT_CALLBACK_CHANCE;

  for (let i = 0; i < days.length; i += 1) {
    const { date, weight } = days[i]!;
    const progress = i / Math.max(1, days.length - 1);
    const exact = (options.contacts * weight) / totalWeight + carry;
    const count = Math.floor(exact);
    carry = exact - count;

    for (let n = 0; n < count; n += 1) {
      const channel = rng.weighted(CHANNEL_MIX);
      const [hour, minute] = timeOfDay(rng, channel);
      const occurredAt = amsterdamInstant(date, hour, minute, rng.int(0, 59));
      if (occurredAt > options.end) continue;
      const team = rng.weighted(teamMix);
      const product = rng.chance(0.92) ? rng.pick(team.products) : undefined;
      const handedOver = rng.chance(0.3 - 0.16 * progress + (rng.next() - 0.5) * 0.04);
      const withCallback = handedOver && rng.chance(callbackChance);
      const anonymous = !withCallback && rng.chance(0.4);

      let customerId: string | null = null;
      let customer: { name: string; email: string | null; phone: string | null } | undefined;
      let drawnCustomer: typeof customer;
      if (!anonymous) {
        customerId = rng.uuid();
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(LAST_NAMES);
        const hasEmail = channel === 'email' || channel === 'contact_form' || rng.chance(0.35);
        customer = {
          name: `${first} ${last}`,
          email: hasEmail ? `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `${rng.int(1, 999)}@example.nl` : null,
          phone: !hasEmail || rng.chance(0.7) ? `06${String(rng.int(10000000, 99999999))}` : null,
        };
        const kind = rng.chance(0.9) ? 'resident' : rng.chance(0.7) ? 'business' : 'institution';
        const drawn = customer;
        drawnCustomer = drawn;
        if (returning.length > 50 && returningRng.chance(RETURNING_SHARE)) customer = returningRng.pick(returning);
        else if (returning.length < RETURNING_POOL) returning.push(customer);
        else returning[returningRng.int(0, RETURNING_POOL - 1)] = customer;
        batch.customers.push({ id: customerId, kind: customer === drawn ? kind : 'resident', ...customer, createdAt: occurredAt });
      }

      const productName = product?.name ?? 'algemene zaken';
      const callbackTeam = withCallback ? (team.id === org.kccTeamId ? rng.weighted(secondLineMix) : team) : undefined;
      const contactId = rng.uuid();
      batch.contacts.push({
        id: contactId,
        occurredAt,
        channel,
        customerId,
        productId: product?.id ?? null,
        teamId: callbackTeam?.id ?? team.id,
        subject: rng.pick(SUBJECTS).replace('{p}', productName),
        summary: rng.chance(0.7) ? rng.pick(SUMMARIES) : null,
        resolution: handedOver ? 'handed_over' : 'first_line',
        positiveSurprise: !handedOver && rng.chance(0.05) ? rng.pick(SURPRISES) : null,
        registeredBy: rng.pick(org.kccEmployeeIds),
      });

      if (callbackTeam && customer && customerId) {
        addCallback(batch, rng, org, options.end, progress, {
          contactId,
          customerId,
          team: callbackTeam,
          productName,
          replyBy: replyChannel(drawnCustomer!, customer, rng),
          createdAt: new Date(occurredAt.getTime() + rng.int(1, 4) * 60_000),
        });
      }

      if (surveyRng.chance(SURVEY_CHANCE)) {
        const answeredAt = new Date(occurredAt.getTime() + surveyRng.int(2, 72) * 3600_000);
        if (answeredAt <= options.end) {
          // Marks start near the 0-measurement (6.7, timeliness 5.8) and rise as service improves.
          const mark = (base: number) => Math.max(1, Math.min(10, Math.round(base + (surveyRng.next() + surveyRng.next() - 1) * 3)));
          const score = mark(6.6 + 1.1 * progress + (handedOver ? -0.4 : 0.2));
          batch.surveys.push({
            reference: `E-${contactId}`,
            answeredAt,
            channel,
            teamId: callbackTeam?.id ?? team.id,
            productId: product?.id ?? null,
            line: handedOver ? 'second' : 'first',
            score,
            timelinessScore: surveyRng.chance(0.85) ? mark(5.8 + 1.3 * progress + (handedOver ? -0.5 : 0.3)) : null,
            source: 'survey',
            resolved: surveyRng.chance(score >= 6 ? 0.85 : 0.35),
            comment: surveyRng.chance(0.3) ? surveyRng.pick(score >= 6 ? COMMENTS_HIGH : COMMENTS_LOW) : null,
            mayContact: surveyRng.chance(0.2),
          });
        }
      }

      if (reportRng.chance(REPORT_CHANCE * (1 - 0.5 * progress))) {
        const createdAt = new Date(occurredAt.getTime() + reportRng.int(1, 96) * 3600_000);
        if (createdAt <= options.end) addReport(batch, reportRng, org, options.end, progress, { reportsTeam, aboutTeam: team, productName, createdAt });
      }

      if (batch.contacts.length >= batchSize) {
        yield batch;
        batch = { customers: [], contacts: [], callbacks: [], events: [], surveys: [] };
      }
    }
  }
  if (batch.contacts.length > 0) yield batch;
}

/** A resident's report from the public form: anonymous or with contact details, in the reports team's inbox. */
function addReport(
  batch: HistoryBatch,
  rng: Random,
  org: HistoryOrganisation,
  end: Date,
  progress: number,
  r: { reportsTeam: HistoryTeam; aboutTeam: HistoryTeam; productName: string; createdAt: Date },
) {
  const category = rng.weighted(REPORT_MIX);
  const customerId = rng.uuid();
  const anonymous = rng.chance(0.3);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const email = !anonymous && rng.chance(0.7) ? `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `${rng.int(1, 999)}@example.nl` : null;
  const phone = !anonymous && (!email || rng.chance(0.3)) ? `06${String(rng.int(10000000, 99999999))}` : null;
  batch.customers.push({ id: customerId, kind: 'resident', name: anonymous ? null : `${first} ${last}`, email, phone, createdAt: r.createdAt });
  addCallback(batch, rng, org, end, progress, {
    contactId: null,
    customerId,
    team: r.reportsTeam,
    productName: r.productName,
    replyBy: email ? 'email' : phone ? 'phone' : 'none',
    createdAt: r.createdAt,
    report: { category, aboutTeamId: r.aboutTeam.id, text: rng.pick(REPORT_TEXTS[category]).replace('{p}', r.productName.toLowerCase()) },
  });
}

function addCallback(
  batch: HistoryBatch,
  rng: Random,
  org: HistoryOrganisation,
  end: Date,
  progress: number,
  c: {
    contactId: string | null;
    customerId: string;
    team: HistoryTeam;
    productName: string;
    replyBy: 'phone' | 'email' | 'none';
    createdAt: Date;
    /** A resident's report: made through the public form, so by nobody on the staff. */
    report?: { category: string; aboutTeamId: string; text: string };
  },
) {
  const id = rng.uuid();
  const due = computeDueDate(amsterdamDate(c.createdAt), c.team.deadlineWorkingDays, org.calendar);
  const lateChance = Math.min(0.95, 0.58 * (1 - 0.62 * progress) * c.team.lateness);
  const late = rng.chance(lateChance);
  const cancelled = rng.chance(0.03);
  const assigneeId = c.team.employeeIds.length && rng.chance(0.85) ? rng.pick(c.team.employeeIds) : null;
  const creator = c.report ? null : rng.pick(org.kccEmployeeIds);

  let finishedAt = late
    ? new Date(due.dueAt.getTime() + rng.int(1, 6 * 24) * 3600_000)
    : // Most answers come in the second half of the term, as they do in practice.
      new Date(c.createdAt.getTime() + (0.25 + 0.7 * rng.next()) * (due.dueAt.getTime() - c.createdAt.getTime()));
  const finishDate = amsterdamDate(finishedAt);
  if (!isWeekend(finishDate)) finishedAt = maxDate(officeMoment(rng, finishDate), new Date(c.createdAt.getTime() + 600_000));
  const finished = finishedAt <= end;

  const events: (typeof callbackEvents.$inferInsert)[] = [
    {
      callbackRequestId: id,
      at: c.createdAt,
      actorId: creator,
      type: 'created',
      data: { teamId: c.team.id, assigneeId: null, dueAt: due.dueAt.toISOString(), workingDays: c.team.deadlineWorkingDays },
    },
  ];
  let status = 'open';
  let attempts = 0;
  let interimReplyAt: Date | null = null;
  let interimExpectedBy: string | null = null;
  const span = (finished ? finishedAt : end).getTime() - c.createdAt.getTime();
  const at = (fraction: number) => new Date(c.createdAt.getTime() + span * fraction);

  if (assigneeId && rng.chance(0.7)) {
    events.push({ callbackRequestId: id, at: at(0.1), actorId: assigneeId, type: 'assigned', data: { fromTeamId: c.team.id, toTeamId: c.team.id, fromAssigneeId: null, toAssigneeId: assigneeId, note: null, fromStatus: 'open', toStatus: 'in_progress' } });
    status = 'in_progress';
  }
  if (assigneeId && rng.chance(0.25)) {
    attempts = 1;
    events.push({ callbackRequestId: id, at: at(0.4), actorId: assigneeId, type: 'attempt', data: { note: 'Voicemail ingesproken.', attempt: 1, fromStatus: status, toStatus: 'in_progress' } });
    status = 'in_progress';
  }
  if (assigneeId && rng.chance(late ? 0.35 : 0.08)) {
    interimReplyAt = at(0.6);
    interimExpectedBy = addDays(amsterdamDate(interimReplyAt), rng.int(2, 7));
    events.push({ callbackRequestId: id, at: interimReplyAt, actorId: assigneeId, type: 'interim_reply', data: { message: 'We zoeken het uit en laten het u weten.', expectedBy: interimExpectedBy, via: c.replyBy, fromStatus: status, toStatus: 'in_progress' } });
    status = 'in_progress';
  }
  let completedAt: Date | null = null;
  let outcome: string | null = null;
  if (finished) {
    const actor = assigneeId ?? rng.pick(c.team.employeeIds.length ? c.team.employeeIds : org.kccEmployeeIds);
    if (cancelled) {
      events.push({ callbackRequestId: id, at: finishedAt, actorId: actor, type: 'cancelled', data: { reason: 'Klant heeft zelf al antwoord gekregen.', fromStatus: status, toStatus: 'cancelled' } });
      status = 'cancelled';
    } else {
      completedAt = finishedAt;
      outcome = rng.pick(OUTCOMES);
      events.push({ callbackRequestId: id, at: finishedAt, actorId: actor, type: 'completed', data: { outcome, late: finishedAt > due.dueAt, fromStatus: status, toStatus: 'done' } });
      status = 'done';
    }
  }

  batch.callbacks.push({
    id,
    contactId: c.contactId,
    teamId: c.team.id,
    assigneeId,
    customerId: c.customerId,
    question: c.report ? c.report.text : rng.pick(QUESTIONS).replace('{p}', c.productName.toLowerCase()),
    replyBy: c.replyBy,
    kind: c.report ? 'report' : 'callback',
    category: c.report?.category ?? null,
    aboutTeamId: c.report?.aboutTeamId ?? null,
    status,
    workingDays: c.team.deadlineWorkingDays,
    dueAt: due.dueAt,
    dueExplanation: due.explanation,
    createdAt: c.createdAt,
    createdBy: creator,
    updatedAt: events[events.length - 1]!.at ?? c.createdAt,
    completedAt,
    outcome,
    interimReplyAt,
    interimExpectedBy,
    attempts,
  });
  batch.events.push(...events);
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}
