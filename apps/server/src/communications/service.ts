// The register of outgoing communication (Duidelijk Dronten, R2.1–R2.3). Every save of a text is a
// version with its B1 result. A text for many recipients (a bulk letter, or at least the
// configured number) needs the contact centre's review: the author asks, someone of the contact
// centre who is not the author approves or asks for changes (comments tied to passages), the author
// answers with a new version, and only an approved latest version can be marked sent. What was
// true when it was sent is kept on the row, so the KPIs of a past month never change.
import {
  COMMUNICATION_KIND_LABELS,
  COMMUNICATION_STATUS_LABELS,
  toCsv,
  type CommunicationKind,
  type CommunicationStatus,
  type KnowledgeB1,
  amsterdamDate,
  dutchDate,
  endOfAmsterdamDay,
  hasRole,
  type LocalDate,
  startOfAmsterdamDay,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { CalendarService } from '../calendar/service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { conflict, forbidden, invalid, notFound } from '../http/errors.js';
import type { Outbox } from '../mail/outbox.js';
import { findTeam } from '../organisation/repository.js';
import { b1SummaryOf } from '../b1/summary.js';
import { presentCommunication, presentSummary } from './presenters.js';
import * as repo from './repository.js';

const NOT_FOUND = 'Deze tekst staat niet (meer) in het register.';

export interface CommunicationInput {
  kind: CommunicationKind;
  title: string;
  teamId?: string | null | undefined;
  recipients?: number | null | undefined;
  template?: boolean | undefined;
  text: string;
}

export interface CommunicationListQuery {
  teamId?: string | undefined;
  kind?: CommunicationKind[] | undefined;
  status?: CommunicationStatus[] | undefined;
  isB1?: boolean | undefined;
  template?: boolean | undefined;
  from?: LocalDate | undefined;
  to?: LocalDate | undefined;
  q?: string | undefined;
  queue?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

export class CommunicationService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly calendar: CalendarService,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  /** Whether a text of this kind for this many recipients needs the contact centre's review. */
  reviewRequired(kind: CommunicationKind, recipients: number | null | undefined): boolean {
    return kind === 'bulk_letter' || (recipients ?? 0) >= this.config.communications.bulkRecipients;
  }

  async create(ctx: RequestContext, input: CommunicationInput) {
    const now = this.clock.now();
    const teamId = input.teamId === undefined ? ctx.actor.teamId : input.teamId;
    if (teamId && !(await findTeam(this.db, teamId))) throw invalid('teamId', 'Dit team bestaat niet.');
    const b1 = b1SummaryOf(input.text, 'text');
    const id = await this.db.transaction(async (tx) => {
      const row = await repo.insertCommunication(tx, {
        kind: input.kind,
        title: input.title,
        teamId: teamId ?? null,
        recipients: input.recipients ?? null,
        template: input.template ?? false,
        ownerId: ctx.actor.id,
        status: 'draft',
        version: 1,
        reviewRequired: this.reviewRequired(input.kind, input.recipients),
        b1,
        isB1: b1.isB1,
        level: b1.level,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertVersion(tx, { communicationId: row.id, version: 1, text: input.text, b1, authorId: ctx.actor.id, createdAt: now });
      await this.audit.record(ctx, { action: 'create', entityType: 'communication', entityId: row.id, detail: { kind: input.kind, version: 1, level: b1.level } }, tx);
      return row.id;
    });
    return this.get(id);
  }

  async get(id: string) {
    const row = await repo.findCommunication(this.db, id);
    if (!row) throw notFound(NOT_FOUND);
    const [versions, reviews] = await Promise.all([repo.listVersions(this.db, id), repo.listReviews(this.db, id)]);
    return presentCommunication(row, versions, reviews);
  }

  async list(query: CommunicationListQuery) {
    if (query.from && query.to && query.to < query.from) throw invalid('to', 'De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum.');
    const after = decodeCursor(query.cursor, ['date', 'uuid']) as [string, string] | undefined;
    const rows = await repo.listCommunications(this.db, {
      teamId: query.teamId,
      kinds: query.kind,
      statuses: query.status,
      isB1: query.isB1,
      template: query.template,
      from: query.from ? startOfAmsterdamDay(query.from) : undefined,
      to: query.to ? endOfAmsterdamDay(query.to) : undefined,
      q: query.q,
      queue: query.queue,
      after: after ? { at: new Date(after[0]), id: after[1] } : undefined,
      limit: query.limit,
    });
    const result = page(rows, query.limit, (last) => [(query.queue ? last.reviewDueAt! : last.updatedAt).toISOString(), last.id]);
    return { items: result.items.map(presentSummary), nextCursor: result.nextCursor };
  }

  /**
   * The register as CSV (Dutch spreadsheets: `;`, decimal comma), with the same filters as the
   * list, written page by page so a large register never sits in memory at once.
   */
  async *exportCsv(query: Omit<CommunicationListQuery, 'cursor' | 'limit'>): AsyncGenerator<string> {
    yield `\uFEFF${toCsv([['Titel', 'Soort', 'Team', 'Ontvangers', 'Standaardbrief', 'Schrijver', 'Status', 'Versie', 'Niveau', 'B1', 'Controle nodig', 'Verstuurd op', 'Laatst gewijzigd']])}`;
    let cursor: string | undefined;
    do {
      const page = await this.list({ ...query, cursor, limit: 500 });
      yield toCsv(page.items.map((i) => [
        i.title,
        COMMUNICATION_KIND_LABELS[i.kind],
        i.teamName ?? '',
        i.recipients,
        i.template ? 'ja' : 'nee',
        i.ownerName ?? '',
        COMMUNICATION_STATUS_LABELS[i.status],
        i.version,
        i.b1.level,
        i.b1.isB1 ? 'ja' : 'nee',
        i.reviewRequired ? 'ja' : 'nee',
        i.sentAt ? amsterdamDate(new Date(i.sentAt)) : '',
        amsterdamDate(new Date(i.updatedAt)),
      ]));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Per team: the share of the texts sent or published in the period that were at B1 then. */
  async b1ShareByTeam(from: LocalDate, to: LocalDate) {
    if (to < from) throw invalid('to', 'De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum.');
    const rows = await repo.b1ShareByTeam(this.db, startOfAmsterdamDay(from), endOfAmsterdamDay(to));
    return { from, to, teams: rows.map((r) => ({ ...r, share: r.sent === 0 ? null : r.atB1 / r.sent })) };
  }

  /** Only the author (owner) and administrators change a text, ask for review or mark it sent. */
  private checkOwner(ctx: RequestContext, row: repo.CommunicationRow) {
    if (row.ownerId !== ctx.actor.id && !hasRole(ctx.actor, 'admin')) {
      throw forbidden('Alleen de schrijver van deze tekst kan dit doen.');
    }
  }

  /** A new version. A decision of the contact centre was about the old version: it no longer counts. */
  async addVersion(ctx: RequestContext, id: string, text: string) {
    const now = this.clock.now();
    const b1 = b1SummaryOf(text, 'text');
    return this.db.transaction(async (tx) => {
      const row = await repo.lockCommunication(tx, id);
      if (!row) throw notFound(NOT_FOUND);
      this.checkOwner(ctx, row);
      if (row.status === 'sent') throw conflict('Deze tekst is al verstuurd. Maak een nieuwe tekst in het register als u hem opnieuw wilt gebruiken.', 'already_sent');
      const version = row.version + 1;
      await repo.insertVersion(tx, { communicationId: id, version, text, b1, authorId: ctx.actor.id, createdAt: now });
      // An open request stays open and now covers the new version: the contact centre reviews what will be sent.
      const status: CommunicationStatus = row.status === 'review_requested' ? 'review_requested' : 'draft';
      if (status === 'review_requested') {
        const open = await repo.openReview(tx, id);
        if (open) await repo.moveReviewToVersion(tx, open.id, version);
      }
      await repo.updateCommunication(tx, id, { version, b1, isB1: b1.isB1, level: b1.level, status, updatedAt: now });
      await this.audit.record(ctx, { action: 'update', entityType: 'communication', entityId: id, detail: { version, level: b1.level, previousStatus: row.status } }, tx);
      return { version, b1 };
    });
  }

  async requestReview(ctx: RequestContext, id: string) {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const row = await repo.lockCommunication(tx, id);
      if (!row) throw notFound(NOT_FOUND);
      this.checkOwner(ctx, row);
      if (row.status === 'sent') throw conflict('Deze tekst is al verstuurd.', 'already_sent');
      if (row.status === 'review_requested') throw conflict('De controle is al gevraagd. Het KCC kijkt ernaar.', 'review_open');
      if (row.status === 'approved' && row.approvedVersion === row.version) throw conflict('Deze versie is al goedgekeurd.', 'already_approved');
      const due = await this.calendar.dueDateFor(now, this.config.communications.reviewWorkingDays, tx);
      await repo.insertReview(tx, { communicationId: id, version: row.version, requestedBy: ctx.actor.id, requestedAt: now, dueAt: due.dueAt });
      await repo.updateCommunication(tx, id, { status: 'review_requested', reviewDueAt: due.dueAt, updatedAt: now });
      const recipients = this.config.communications.reviewMailbox ? [this.config.communications.reviewMailbox] : await repo.reviewerAddresses(tx);
      const deadline = dutchDate(amsterdamDate(due.dueAt), { withWeekday: true });
      for (const recipient of recipients) {
        await this.outbox.enqueue(tx, {
          purpose: 'review_requested',
          recipient,
          related: { type: 'communication', id },
          content: {
            subject: `Controle gevraagd: ${row.title}`,
            greeting: 'Beste collega,',
            paragraphs: [
              `Een collega vraagt het KCC om een tekst te controleren voordat hij verstuurd wordt. Kijk of de tekst duidelijk is en op taalniveau B1.`,
              `Wilt u de tekst uiterlijk ${deadline} goedkeuren of om aanpassingen vragen?`,
            ],
            facts: [
              ['Tekst', row.title],
              ['Versie', String(row.version)],
              ['Ontvangers', row.recipients === null ? 'onbekend' : String(row.recipients)],
              ['Uiterlijk', deadline],
            ],
            action: { label: 'Bekijk de tekst', url: `${this.config.mail.publicBaseUrl}/communicatie/${id}` },
          },
        });
      }
      await this.audit.record(ctx, { action: 'request_review', entityType: 'communication', entityId: id, detail: { version: row.version, dueAt: due.dueAt.toISOString() } }, tx);
    });
    return this.get(id);
  }

  async review(ctx: RequestContext, id: string, input: { decision: 'approved' | 'changes_requested'; comment?: string | undefined; comments?: { passage?: string | undefined; comment: string }[] | undefined }) {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const row = await repo.lockCommunication(tx, id);
      if (!row) throw notFound(NOT_FOUND);
      if (!hasRole(ctx.actor, 'kcc')) throw forbidden('Alleen medewerkers van het KCC controleren teksten.');
      if (row.ownerId === ctx.actor.id) throw forbidden('U kunt uw eigen tekst niet goedkeuren. Een collega van het KCC doet dat.');
      const open = await repo.openReview(tx, id);
      if (row.status !== 'review_requested' || !open) throw conflict('Voor deze tekst is geen controle gevraagd.', 'no_review_requested');
      const comment = input.comment?.trim() || null;
      if (input.decision === 'changes_requested' && !comment && !(input.comments?.length)) {
        throw invalid('comment', 'Schrijf op wat er anders moet. Dan weet de schrijver wat hij moet aanpassen.');
      }
      const comments = (input.comments ?? []).map((c) => ({ passage: c.passage?.trim() || null, comment: c.comment }));
      await repo.decideReview(tx, open.id, { decision: input.decision, decidedBy: ctx.actor.id, decidedAt: now, comment, comments });
      // The decision is about the version that is the latest now (a new version may have come in while waiting).
      await repo.updateCommunication(tx, id, {
        status: input.decision,
        approvedVersion: input.decision === 'approved' ? row.version : null,
        reviewDueAt: null,
        updatedAt: now,
      });
      await this.audit.record(ctx, { action: 'review', entityType: 'communication', entityId: id, detail: { decision: input.decision, version: row.version, comments: comments.length } }, tx);
    });
    return this.get(id);
  }

  async markSent(ctx: RequestContext, id: string) {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const row = await repo.lockCommunication(tx, id);
      if (!row) throw notFound(NOT_FOUND);
      this.checkOwner(ctx, row);
      if (row.status === 'sent') throw conflict('Deze tekst is al als verstuurd gemarkeerd.', 'already_sent');
      const approved = row.status === 'approved' && row.approvedVersion === row.version;
      if (row.reviewRequired && !approved) {
        throw conflict(
          row.approvedVersion !== null && row.approvedVersion !== row.version
            ? `Het KCC keurde versie ${row.approvedVersion} goed, maar de laatste versie is ${row.version}. Vraag opnieuw om controle.`
            : 'Deze tekst gaat naar veel mensen. Het KCC moet hem eerst goedkeuren. Vraag om controle.',
          'review_required',
        );
      }
      await repo.updateCommunication(tx, id, {
        status: 'sent',
        sentAt: now,
        sentVersion: row.version,
        sentIsB1: row.isB1,
        sentApproved: row.reviewRequired ? approved : null,
        updatedAt: now,
      });
      await this.audit.record(ctx, { action: 'mark_sent', entityType: 'communication', entityId: id, detail: { version: row.version, isB1: row.isB1, approved } }, tx);
    });
    return this.get(id);
  }
}

export type { KnowledgeB1 as CommunicationB1 };
