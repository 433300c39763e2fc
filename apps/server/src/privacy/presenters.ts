// What the API answers and what the resident receives (art. 15): the JSON export, and the same as a
// readable HTML page (also printed to PDF). Labels in Dutch; nothing internal the resident cannot use.
import {
  CALLBACK_EVENT_LABELS,
  CALLBACK_STATUS_LABELS,
  CHANNEL_LABELS,
  CUSTOMER_KIND_LABELS,
  HOME_VISIT_EVENT_LABELS,
  PRESS_EVENT_LABELS,
  REPORT_CATEGORY_SHORT,
  REQUEST_KIND_LABELS,
  REQUEST_KIND_PREFIX,
  RESOLUTION_LABELS,
  formatAmsterdamIso,
} from '@helder/domain';
import { esc } from '../http/html.js';
import { LinkSealer } from '../mail/links.js';
import { oneLineAddress, type StoredAddress } from '../parties/fields.js';
import type { SubjectRow } from './repository.js';
import { EVENT_TEXT_KEYS } from './repository.js';

const iso = (value: unknown): string | null => (value ? formatAmsterdamIso(new Date(value as string)) : null);
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const label = (labels: Record<string, string>, value: unknown) => labels[String(value)] ?? String(value);
/** Every kind of request's history events, in Dutch: the resident reads them. */
const EVENT_LABELS: Record<string, string> = { ...CALLBACK_EVENT_LABELS, ...PRESS_EVENT_LABELS, ...HOME_VISIT_EVENT_LABELS };

export function presentSubject(row: SubjectRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    phone: row.phone,
    createdAt: formatAmsterdamIso(row.createdAt),
    anonymisedAt: row.anonymisedAt ? formatAmsterdamIso(row.anonymisedAt) : null,
    counts: { contacts: row.contacts, callbacks: row.callbacks, reports: row.reports, followUps: row.followUps, surveyAnswers: row.surveyAnswers },
  };
}

type Row = Record<string, unknown>;

export interface ExportSource {
  municipality: string;
  madeAt: Date;
  query: { email?: string | undefined; phone?: string | undefined };
  retention: { caseDays: number; outboxDays: number; auditIpDays: number };
  customers: Row[];
  parties: Row[];
  contacts: Row[];
  requests: Row[];
  events: Row[];
  pressMessages: Row[];
  homeVisits: Row[];
  surveyAnswers: Row[];
  invitations: Row[];
  mails: Row[];
  auditTrail: Row[];
}

/** The export as JSON: every record that holds this person's details, grouped by what it is. */
export function presentExport(s: ExportSource) {
  const eventsOf = new Map<string, Row[]>();
  for (const e of s.events) {
    const key = String(e.callback_request_id);
    eventsOf.set(key, [...(eventsOf.get(key) ?? []), e]);
  }
  const threadOf = new Map<string, Row[]>();
  for (const m of s.pressMessages) {
    const key = String(m.request_id);
    threadOf.set(key, [...(threadOf.get(key) ?? []), m]);
  }
  const visitOf = new Map(s.homeVisits.map((v) => [String(v.request_id), v]));
  return {
    municipality: s.municipality,
    madeAt: formatAmsterdamIso(s.madeAt),
    searchedFor: { email: s.query.email ?? null, phone: s.query.phone ?? null },
    retentionDays: { cases: s.retention.caseDays, mails: s.retention.outboxDays, auditAddresses: s.retention.auditIpDays },
    customers: s.customers.map((c) => ({
      id: String(c.id),
      kind: String(c.kind),
      kindLabel: label(CUSTOMER_KIND_LABELS, c.kind),
      name: str(c.name),
      email: str(c.email),
      phone: str(c.phone),
      createdAt: iso(c.created_at)!,
      anonymisedAt: iso(c.anonymised_at),
    })),
    parties: s.parties.map((p) => ({
      id: String(p.id),
      kindLabel: label(CUSTOMER_KIND_LABELS, p.kind),
      name: String(p.name),
      address: oneLineAddress(p.visit_address as StoredAddress | null),
      contactDetails: str(p.addresses),
      identifiers: str(p.identifiers),
      internalNote: str(p.internal_note),
      createdAt: iso(p.created_at)!,
    })),
    contacts: s.contacts.map((k) => ({
      number: Number(k.number),
      customerId: String(k.customer_id),
      occurredAt: iso(k.occurred_at)!,
      channel: String(k.channel),
      channelLabel: label(CHANNEL_LABELS, k.channel),
      team: str(k.team_name),
      product: str(k.product_name),
      subject: String(k.subject),
      summary: str(k.summary),
      answer: str(k.answer),
      resolution: label(RESOLUTION_LABELS, k.resolution),
      positiveSurprise: str(k.positive_surprise),
    })),
    requests: s.requests.map((r) => ({
      reference: `${REQUEST_KIND_PREFIX[r.kind as keyof typeof REQUEST_KIND_PREFIX] ?? ''}-${r.number}`,
      customerId: String(r.customer_id),
      kind: String(r.kind),
      kindLabel: label(REQUEST_KIND_LABELS, r.kind),
      category: r.category ? label(REPORT_CATEGORY_SHORT, r.category) : null,
      team: String(r.team_name),
      status: String(r.status),
      statusLabel: label(CALLBACK_STATUS_LABELS, r.status),
      question: String(r.question),
      replyBy: String(r.reply_by),
      occurredOn: str(r.occurred_on),
      createdAt: iso(r.created_at)!,
      dueAt: iso(r.due_at)!,
      completedAt: iso(r.completed_at),
      outcome: str(r.outcome),
      history: (eventsOf.get(String(r.id)) ?? []).map((e) => ({
        at: iso(e.at)!,
        type: String(e.type),
        typeLabel: label(EVENT_LABELS, e.type),
        // Only what was written about the resident; internal ids (teams, colleagues) say nothing to them.
        texts: Object.fromEntries(EVENT_TEXT_KEYS.map((k) => [k, (e.data as Row)?.[k]]).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
      })),
      // A press question's mails, in and out; empty for every other kind of request.
      thread: (threadOf.get(String(r.id)) ?? []).map((m) => ({
        direction: m.direction === 'out' ? ('out' as const) : ('in' as const),
        at: iso(m.at)!,
        from: [str(m.from_name), str(m.from_address)].filter(Boolean).join(' ') || null,
        to: str(m.to_address),
        subject: String(m.subject),
        text: String(m.text_body),
        attachments: str(m.attachments),
      })),
      homeVisit: visitOf.has(String(r.id)) ? presentVisit(visitOf.get(String(r.id))!) : null,
    })),
    surveyAnswers: s.surveyAnswers.map((a) => ({
      reference: String(a.reference),
      answeredAt: iso(a.answered_at)!,
      channel: label(CHANNEL_LABELS, a.channel),
      score: Number(a.score),
      timelinessScore: a.timeliness_score === null ? null : Number(a.timeliness_score),
      resolved: a.resolved === null ? null : Boolean(a.resolved),
      comment: str(a.comment),
      mayContact: a.may_contact === null ? null : Boolean(a.may_contact),
    })),
    surveyInvitations: s.invitations.map((i) => ({ createdAt: iso(i.created_at)!, sendAfter: iso(i.send_after)!, expiresAt: iso(i.expires_at)!, answeredAt: iso(i.answered_at) })),
    mails: s.mails.map((m) => ({
      purpose: String(m.purpose),
      recipient: String(m.recipient),
      // Links to a status page or survey stay masked: the export is not a key to them.
      subject: LinkSealer.mask(String(m.subject)),
      text: LinkSealer.mask(String(m.text_body)),
      status: String(m.status),
      createdAt: iso(m.created_at)!,
      sentAt: iso(m.sent_at),
    })),
    accessLog: s.auditTrail.map((a) => ({ at: iso(a.at)!, action: String(a.action), about: String(a.entity_type) })),
  };
}

function presentVisit(v: Row) {
  return {
    address: oneLineAddress(v.address as StoredAddress | null),
    preferredDates: ((v.preferred_dates as unknown[] | null) ?? []).map(String),
    plannedAt: iso(v.planned_at),
  };
}

export type PrivacyExport = ReturnType<typeof presentExport>;

const ACTIONS: Record<string, string> = {
  read_customer: 'Gegevens bekeken',
  privacy_export: 'Gegevens opgevraagd (inzage)',
  privacy_erase: 'Gegevens verwijderd',
  privacy_correct: 'Gegevens verbeterd',
};

function table(caption: string, head: string[], rows: (string | number | null)[][]): string {
  if (rows.length === 0) return `<h2>${esc(caption)}</h2><p>Geen.</p>`;
  return `<h2>${esc(caption)}</h2>
<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((v) => `<td>${v === null || v === '' ? '–' : esc(v)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const day = (value: string | null) => (value ? value.slice(0, 16).replace('T', ' ') : null);

/** A self-contained page (no scripts, no external files) that reads well and prints to A4. */
export function renderExportHtml(x: PrivacyExport): string {
  const title = `Uw gegevens bij de gemeente ${x.municipality}`;
  const history = x.requests.flatMap((r) =>
    r.history.map((h) => [r.reference, day(h.at), h.typeLabel, Object.values(h.texts).join(' / ') || null] as (string | null)[]),
  );
  const thread = x.requests.flatMap((r) =>
    r.thread.map((m) => [r.reference, day(m.at), m.direction === 'in' ? 'Van u' : 'Van de gemeente', m.subject, m.text, m.attachments] as (string | null)[]),
  );
  const visits = x.requests.flatMap((r) => (r.homeVisit ? [[r.reference, r.homeVisit.address, r.homeVisit.preferredDates.join(', ') || null, day(r.homeVisit.plannedAt)]] : []));
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font-family: system-ui, sans-serif; font-size: 11pt; line-height: 1.5; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #777; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td { white-space: pre-wrap; overflow-wrap: anywhere; }
@media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>Dit overzicht is gemaakt op ${esc(day(x.madeAt) ?? '')}. U vroeg welke gegevens de gemeente over u bewaart (artikel 15 van de AVG). Hieronder staat alles wat wij in Helder over u vonden: uw gegevens, uw contacten met de gemeente, uw vragen en meldingen, uw antwoorden op enquêtes, de e-mails die wij u stuurden, en wanneer medewerkers uw gegevens bekeken.</p>
<p>Hoe lang bewaren wij dit? Uw naam, e-mailadres en telefoonnummer en wat u ons schreef halen wij ${esc(x.retentionDays.cases)} dagen na het afronden van uw vraag weg. E-mails verwijderen wij na ${esc(x.retentionDays.mails)} dagen. Klopt er iets niet? Dan mag u vragen om het te verbeteren of te verwijderen.</p>
${table('Uw gegevens', ['Soort', 'Naam', 'E-mailadres', 'Telefoon', 'Vastgelegd op', 'Verwijderd op'], x.customers.map((c) => [c.kindLabel, c.name, c.email, c.phone, day(c.createdAt), day(c.anonymisedAt)]))}
${table('Zoals wij u kennen', ['Soort', 'Naam', 'Adres', 'Telefoon en e-mail', 'Nummers', 'Notitie', 'Sinds'], x.parties.map((p) => [p.kindLabel, p.name, p.address, p.contactDetails, p.identifiers, p.internalNote, day(p.createdAt)]))}
${table('Contacten met de gemeente', ['Nummer', 'Moment', 'Kanaal', 'Onderwerp', 'Samenvatting', 'Team', 'Afhandeling'], x.contacts.map((k) => [k.number, day(k.occurredAt), k.channelLabel, k.subject, k.summary, k.team, k.resolution]))}
${table('Vragen en meldingen', ['Nummer', 'Soort', 'Ontvangen', 'Team', 'Stand', 'Vraag of melding', 'Uitkomst'], x.requests.map((r) => [r.reference, r.category ? `${r.kindLabel}: ${r.category}` : r.kindLabel, day(r.createdAt), r.team, r.statusLabel, r.question, r.outcome]))}
${table('Wat er met uw vragen gebeurde', ['Nummer', 'Moment', 'Stap', 'Toelichting'], history)}
${thread.length > 0 ? table('E-mails over uw persvragen', ['Nummer', 'Moment', 'Van', 'Onderwerp', 'Tekst', 'Bijlagen'], thread) : ''}
${visits.length > 0 ? table('Huisbezoeken', ['Nummer', 'Adres', 'Uw voorkeursdagen', 'Afspraak'], visits) : ''}
${table('Uw antwoorden op enquêtes', ['Moment', 'Cijfer contact', 'Cijfer snelheid', 'Opgelost', 'Uw toelichting'], x.surveyAnswers.map((a) => [day(a.answeredAt), a.score, a.timelinessScore, a.resolved === null ? null : a.resolved ? 'ja' : 'nee', a.comment]))}
${table('E-mails aan u', ['Gemaakt', 'Aan', 'Onderwerp', 'Verstuurd', 'Tekst'], x.mails.map((m) => [day(m.createdAt), m.recipient, m.subject, day(m.sentAt), m.text]))}
${table('Wanneer uw gegevens zijn bekeken of gewijzigd', ['Moment', 'Wat'], x.accessLog.map((a) => [day(a.at), ACTIONS[a.action] ?? a.action]))}
</body>
</html>`;
}
