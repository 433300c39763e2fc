// Imports history from a previous system as CSV (R4.1: the baseline must be comparable). Every row
// is checked first; a file with any error imports nothing, and the answer names each row and column.
import {
  amsterdamDate,
  CHANNELS,
  CsvError,
  type CsvTable,
  dueDateForRequest,
  EMAIL_PATTERN,
  isValidPhone,
  LIMITS,
  normalisePhone,
  parseIsoMoment,
} from '@helder/domain';
import { randomUUID } from 'node:crypto';
import type { CalendarService } from '../calendar/service.js';
import type { Clock } from '../clock.js';
import type { AuditService } from '../audit/service.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { AppError, type FieldError } from '../http/errors.js';
import * as org from '../organisation/repository.js';
import { parseCsvYielding } from './csv-chunks.js';
import * as repo from './repository.js';
import type { StagedRow } from './repository.js';
import { mapInSlices, yieldToEventLoop } from './yielding.js';

export const IMPORT_KINDS = ['contacts', 'callback-requests', 'survey-responses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const COLUMNS: Record<ImportKind, readonly string[]> = {
  contacts: ['reference', 'occurred_at', 'channel', 'team', 'product', 'resolution'],
  'callback-requests': ['reference', 'created_at', 'team', 'due_at', 'completed_at', 'status'],
  'survey-responses': ['reference', 'answered_at', 'channel', 'team', 'product', 'line', 'score', 'timeliness_score'],
};

/**
 * Optional: the resident's details, for contacts and requests. Given, the record gets a customer
 * that is linked to the party with the same e-mail address or phone number (or a new party);
 * left out, the previous system's personal data stay behind.
 */
const CUSTOMER_COLUMNS = ['customer_name', 'customer_email', 'customer_phone'] as const;

const EARLIEST = new Date('2000-01-01T00:00:00Z');

/** At most this many problems are listed; more would not help anyone fix the file. */
const MAX_PROBLEMS = 100;
export const MAX_IMPORT_ROWS = 100_000;

export interface ImportResult {
  kind: ImportKind;
  rows: number;
  imported: number;
  alreadyThere: number;
}

type Team = { id: string; name: string; deadlineWorkingDays: number };
type Product = { id: string; name: string; teamId: string };

/** Reads one row's cells by column name and collects the problems, in Dutch, per row and column. */
class RowReader {
  constructor(
    private readonly index: Map<string, number>,
    private readonly problems: FieldError[],
    readonly line: number,
    private readonly cells: string[],
    /** Moments after this one have not happened yet: history cannot hold them. */
    private readonly latest: Date,
  ) {}

  text(column: string): string {
    return (this.cells[this.index.get(column)!] ?? '').trim();
  }

  problem(column: string, message: string): undefined {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ field: `${this.line}.${column}`, message: `Regel ${this.line}, kolom ${column}: ${message}` });
    else this.problems.length = MAX_PROBLEMS;
    return undefined;
  }

  required(column: string): string | undefined {
    const value = this.text(column);
    if (!value) return this.problem(column, 'vul dit in.');
    if (value.length > 200) return this.problem(column, 'dit is te lang (hoogstens 200 tekens).');
    return value;
  }

  /** A moment from 2000 on; `future` allows one up to two years ahead (a deadline), otherwise not after now. */
  moment(column: string, options: { optional?: boolean; future?: boolean } = {}): Date | null | undefined {
    const value = this.text(column);
    if (!value) return options.optional ? null : this.problem(column, 'vul een datum en tijd in, zoals 2024-03-18T10:15:00.');
    const moment = parseIsoMoment(value);
    if (!moment) return this.problem(column, `"${value}" is geen datum en tijd. Schrijf zo: 2024-03-18T10:15:00 of 2024-03-18.`);
    if (moment < EARLIEST) return this.problem(column, `${value} ligt vóór het jaar 2000. Controleer de datum.`);
    const latest = options.future ? new Date(this.latest.getTime() + 2 * 365 * 86_400_000) : this.latest;
    if (moment > latest) return this.problem(column, `${value} ligt in de toekomst. Controleer de datum.`);
    return moment;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T | undefined {
    const value = this.text(column);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.problem(column, `"${value}" kan niet. Kies uit: ${allowed.join(', ')}.`);
  }

  /** The resident's details from the optional customer columns; null when none is filled in. */
  customer(): { name: string | null; email: string | null; phone: string | null } | null | undefined {
    const name = this.text('customer_name');
    const email = this.text('customer_email').toLowerCase();
    const phone = this.text('customer_phone');
    if (!name && !email && !phone) return null;
    let ok = true;
    if (name.length > LIMITS.name) ok = this.problem('customer_name', `dit is te lang (hoogstens ${LIMITS.name} tekens).`) ?? false;
    if (email && (email.length > 254 || !EMAIL_PATTERN.test(email))) ok = this.problem('customer_email', `"${email}" is geen geldig e-mailadres.`) ?? false;
    if (phone && !isValidPhone(phone)) ok = this.problem('customer_phone', `"${phone}" is geen geldig telefoonnummer.`) ?? false;
    return ok ? { name: name || null, email: email || null, phone: phone ? normalisePhone(phone) : null } : undefined;
  }

  score(column: string, optional = false): number | null | undefined {
    const value = this.text(column);
    if (!value && optional) return null;
    const n = Number(value);
    if (!/^\d{1,2}$/.test(value) || n < 1 || n > 10) return this.problem(column, `"${value}" is geen cijfer van 1 tot en met 10.`);
    return n;
  }
}

export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
  ) {}

  async import(ctx: RequestContext, kind: ImportKind, csv: string): Promise<ImportResult> {
    const table = await this.parse(csv, kind);
    const teams = new Map((await org.listTeams(this.db)).map((t) => [t.name.toLowerCase(), t as Team]));
    // By lower-case name: a product name may occur in more than one team.
    const products = new Map<string, Product[]>();
    for (const p of await org.listProducts(this.db)) products.set(p.name.toLowerCase(), [...(products.get(p.name.toLowerCase()) ?? []), p]);
    const problems: FieldError[] = [];
    const index = new Map(table.header.map((name, i) => [name, i]));
    const seen = new Map<string, number>();
    const now = this.clock.now();
    const readers = await mapInSlices(table.rows, (row) => {
      const reader = new RowReader(index, problems, row.line, row.cells, now);
      const reference = reader.required('reference');
      if (reference) {
        const earlier = seen.get(reference);
        if (earlier) reader.problem('reference', `"${reference}" staat ook op regel ${earlier}. Elke regel heeft een eigen kenmerk.`);
        else seen.set(reference, row.line);
      }
      return reader;
    });
    const team = (r: RowReader, optional: boolean): Team | null | undefined => {
      const name = r.text('team');
      if (!name) return optional ? null : r.problem('team', 'vul de naam van het team in.');
      return teams.get(name.toLowerCase()) ?? r.problem('team', `het team "${name}" bestaat niet in Helder. Maak het eerst aan of verbeter de naam.`);
    };
    const product = (r: RowReader, teamId: string | null | undefined): Product | null | undefined => {
      const name = r.text('product');
      if (!name) return null;
      const matches = products.get(name.toLowerCase()) ?? [];
      const found = matches.find((p) => p.teamId === teamId) ?? matches[0];
      return found ?? r.problem('product', `het product of de dienst "${name}" bestaat niet in Helder.`);
    };
    const iso = (moment: Date | null | undefined) => (moment ? moment.toISOString() : null);

    // Every row is checked (and `fail` throws) before anything is written. A staged row holds the
    // target table's columns by their SQL names.
    let rows: StagedRow[];
    let publish: (tx: DbOrTx, batchId: string) => Promise<number>;
    if (kind === 'contacts') {
      rows = await mapInSlices(readers, (r) => {
        const t = team(r, true);
        const p = product(r, t?.id);
        const customer = r.customer();
        return {
          external_reference: r.text('reference'),
          ...staged(customer),
          occurred_at: iso(r.moment('occurred_at')),
          channel: r.oneOf('channel', CHANNELS) ?? null,
          team_id: t?.id ?? p?.teamId ?? null,
          product_id: p?.id ?? null,
          resolution: r.oneOf('resolution', ['first_line', 'handed_over'] as const) ?? null,
          subject: p ? `Contact over ${p.name} (geïmporteerd)` : 'Contact (geïmporteerd)',
        };
      });
      this.fail(problems, table.rows.length, kind);
      publish = repo.publishContacts;
    } else if (kind === 'callback-requests') {
      const parsed = await mapInSlices(readers, (r) => {
        const t = team(r, false);
        const createdAt = r.moment('created_at');
        const dueAt = r.moment('due_at', { optional: true, future: true });
        const completedAt = r.moment('completed_at', { optional: true });
        const status = r.oneOf('status', ['open', 'done', 'cancelled'] as const);
        if (status === 'open' && completedAt) r.problem('completed_at', 'een open verzoek is nog niet afgehandeld: laat dit leeg.');
        if (status === 'done' && completedAt === null) r.problem('completed_at', 'vul in wanneer het verzoek is afgehandeld.');
        if (createdAt && dueAt && dueAt < createdAt) r.problem('due_at', 'de termijn ligt vóór het moment van aanmaken.');
        if (createdAt && completedAt && completedAt < createdAt) r.problem('completed_at', 'dit ligt vóór het moment van aanmaken.');
        return { reference: r.text('reference'), team: t, createdAt, dueAt, completedAt, status, customer: r.customer() };
      });
      this.fail(problems, table.rows.length, kind);
      // One closing-day calendar for the whole file, from its first to its last start.
      let first = '';
      let last = '';
      await mapInSlices(parsed, (p) => {
        const day = amsterdamDate(p.createdAt!);
        if (!first || day < first) first = day;
        if (!last || day > last) last = day;
      });
      const calendar = await this.calendar.calendarBetween(first, last);
      rows = await mapInSlices(parsed, (p) => {
        const term = p.team!.deadlineWorkingDays;
        const computed = p.dueAt ? null : dueDateForRequest(p.createdAt!, term, calendar);
        return {
          external_reference: p.reference,
          team_id: p.team!.id,
          ...staged(p.customer ?? null),
          customer_id: randomUUID(),
          question: 'Verzoek uit het vorige systeem (geïmporteerd).',
          reply_by: p.customer?.email && !p.customer.phone ? 'email' : 'phone',
          status: p.status!,
          working_days: term,
          due_at: iso(p.dueAt ?? computed!.dueAt),
          due_explanation: computed ? computed.explanation : 'Termijn overgenomen uit het vorige systeem.',
          created_at: iso(p.createdAt),
          updated_at: iso(p.completedAt ?? p.createdAt),
          completed_at: iso(p.status === 'cancelled' ? (p.completedAt ?? p.createdAt) : p.completedAt),
        };
      });
      publish = repo.publishCallbackRequests;
    } else {
      rows = await mapInSlices(readers, (r) => {
        const t = team(r, true);
        const p = product(r, t?.id);
        return {
          reference: r.text('reference'),
          answered_at: iso(r.moment('answered_at')),
          channel: r.oneOf('channel', CHANNELS) ?? null,
          team_id: t?.id ?? p?.teamId ?? null,
          product_id: p?.id ?? null,
          line: r.oneOf('line', ['first', 'second'] as const) ?? null,
          score: r.score('score') ?? null,
          timeliness_score: r.score('timeliness_score', true) ?? null,
          source: 'import',
        };
      });
      this.fail(problems, table.rows.length, kind);
      publish = repo.publishSurveyResponses;
    }

    const imported = await this.write(rows, table.rows.map((r) => r.line), publish, async (tx, count) => {
      await this.audit.record(ctx, { action: 'import', entityType: kind, entityId: null, customerIds: [], detail: { rows: table.rows.length, imported: count } }, tx);
    });
    return { kind, rows: table.rows.length, imported, alreadyThere: table.rows.length - imported };
  }

  /**
   * Stages the rows in committed chunks, then publishes them in one short transaction: all or
   * nothing, and no long transaction or loop that keeps other requests waiting.
   */
  private async write(
    rows: StagedRow[],
    lines: number[],
    publish: (tx: DbOrTx, batchId: string) => Promise<number>,
    after: (tx: DbOrTx, count: number) => Promise<void>,
  ): Promise<number> {
    await repo.deleteStaleBatches(this.db);
    const batchId = repo.newBatchId();
    try {
      for (let start = 0; start < rows.length; start += repo.STAGING_CHUNK) {
        const chunk = rows.slice(start, start + repo.STAGING_CHUNK).map((row, i) => ({ line: lines[start + i]!, row }));
        await repo.stageRows(this.db, batchId, chunk);
        // An embedded database answers within the same turn of the event loop: make room.
        await yieldToEventLoop();
      }
      return await this.db.transaction(async (tx) => {
        await repo.lockImports(tx);
        const count = await publish(tx, batchId);
        await after(tx, count);
        return count;
      });
    } finally {
      // Best effort: a batch left behind (a crash, a lost connection) is removed by age on a later import.
      await repo.deleteBatch(this.db, batchId).catch(() => undefined);
    }
  }

  private async parse(csv: string, kind: ImportKind): Promise<CsvTable> {
    let table: CsvTable;
    try {
      table = await parseCsvYielding(csv);
    } catch (error) {
      if (error instanceof CsvError) throw new AppError(400, 'import_invalid', `${error.message} Er is niets geïmporteerd.`);
      throw error;
    }
    const missing = COLUMNS[kind].filter((c) => !table.header.includes(c));
    if (missing.length) {
      throw new AppError(400, 'import_invalid', `De eerste regel moet de kolomnamen geven. Deze ontbreken: ${missing.join(', ')}. Er is niets geïmporteerd.`);
    }
    if (table.rows.length === 0) throw new AppError(400, 'import_invalid', 'Het bestand heeft alleen kolomnamen en geen gegevens. Er is niets geïmporteerd.');
    if (table.rows.length > MAX_IMPORT_ROWS) {
      throw new AppError(400, 'import_invalid', `Het bestand heeft ${table.rows.length} regels. Dat zijn er te veel: splits het in delen van hoogstens ${MAX_IMPORT_ROWS} regels.`);
    }
    return table;
  }

  private fail(problems: FieldError[], rows: number, kind: ImportKind): void {
    if (problems.length === 0) return;
    // In the order of the file: by line, then by column.
    const position = (field: string) => {
      const [line, column] = field.split('.');
      return Number(line) * 100 + [...COLUMNS[kind], ...CUSTOMER_COLUMNS].indexOf(column!);
    };
    problems.sort((a, b) => position(a.field) - position(b.field));
    const more = problems.length >= MAX_PROBLEMS ? ` De eerste ${MAX_PROBLEMS} fouten staan hieronder.` : '';
    throw new AppError(400, 'import_invalid', `Het bestand (${rows} regels) heeft fouten. Er is niets geïmporteerd. Verbeter de fouten en probeer het opnieuw.${more}`, problems);
  }
}

/**
 * The customer's details in a staged row, beside the table's own columns (jsonb_populate_record
 * leaves the extra keys out); a contact with details gets its own customer id.
 */
function staged(customer: { name: string | null; email: string | null; phone: string | null } | null | undefined): StagedRow {
  if (!customer) return {};
  return { customer_id: randomUUID(), customer_name: customer.name, customer_email: customer.email, customer_phone: customer.phone };
}
