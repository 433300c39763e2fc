// The demo press inbox: about three questions a week from regional and national media over the 18
// months before the demo's today, answered by team Communicatie. At the start about 75% got an
// answer or interim reply within two working days, rising to about 95% (85% over the whole period); a third went past the
// administrator first. The last few days' questions are still open, so the inbox has work in it.
// Inserted directly with the dates they had: the history is generated, not done by anyone.
import { type ClosingDayCalendar, addDays, amsterdamDate, amsterdamInstant, computeDueDate, isWeekend } from '@helder/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { callbackEvents, callbackRequests, customers, employees, pressMessages, pressQuestions, teams } from '../db/schema.js';
import { Random } from './random.js';

const MONTHS = 18;

const JOURNALISTS: [name: string, email: string][] = [
  ['Joost Hendriks', 'joost.hendriks@flevopost.demo'],
  ['Fleur Bos', 'f.bos@destentor.demo'],
  ['Redactie Omroep Flevoland', 'redactie@omroepflevoland.demo'],
  ['Samira El Idrissi', 'samira@nos.demo'],
  ['Pieter Koster', 'pieter.koster@dronter.demo'],
  ['Anouk de Graaf', 'anouk@rtvdronten.demo'],
];

const TOPICS: [subject: string, question: string, answer: string, sensitive: boolean][] = [
  ['Nieuwe woonwijk', 'Hoeveel woningen komen er in de nieuwe wijk, en hoeveel daarvan zijn sociale huur?', 'Er komen ongeveer 450 woningen. Daarvan is 30% sociale huur.', true],
  ['Afvalinzameling', 'Klopt het dat de gemeente het afval vaker gaat ophalen?', 'Vanaf volgende maand halen wij het gft elke week op in de zomer.', false],
  ['Begroting', 'Hoe groot is het tekort op de begroting van volgend jaar?', 'Het tekort is 1,8 miljoen euro. Het college stelt voor dit te dekken uit de reserve.', true],
  ['Wegwerkzaamheden De Rede', 'Hoe lang duren de werkzaamheden aan De Rede?', 'De werkzaamheden duren tot eind volgende maand. Fietsers kunnen er steeds langs.', false],
  ['Opvang vluchtelingen', 'Gaat Dronten meer vluchtelingen opvangen?', 'Het college praat met het COA over een nieuwe locatie. Er is nog geen besluit.', true],
  ['Sportpark', 'Wanneer is het nieuwe sportpark klaar?', 'Het sportpark is in het voorjaar klaar. De clubs kunnen er na de zomer spelen.', false],
  ['Parkeren in het centrum', 'Komt er betaald parkeren in het centrum?', 'Nee. Het college heeft besloten dat parkeren in het centrum gratis blijft.', true],
  ['Evenement op het Meerveld', 'Hoeveel bezoekers verwacht de gemeente bij het festival?', 'De organisatie verwacht 12.000 bezoekers per dag.', false],
  ['Wachttijd paspoort', 'Hoe lang moeten inwoners wachten op een afspraak voor een paspoort?', 'De wachttijd is nu ongeveer een week. In de zomer kan het langer zijn.', false],
  ['Energietoeslag', 'Hoeveel inwoners hebben de energietoeslag aangevraagd?', 'Ruim 2.100 huishoudens hebben de toeslag aangevraagd.', false],
];

const INTERIM = 'Wij zoeken het voor u uit. Daar hebben wij wat meer tijd voor nodig.';

function officeMoment(rng: Random, date: string): Date {
  return amsterdamInstant(date, rng.int(8, 16), rng.int(0, 59), rng.int(0, 59));
}

export async function seedPress(db: Db, options: { end: Date; calendar: ClosingDayCalendar; pressTeam?: string; pressAddress?: string }): Promise<number> {
  const rng = new Random(1405);
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, options.pressTeam ?? 'Communicatie')).limit(1);
  if (!team) return 0;
  const handlers = (await db.select({ id: employees.id, roles: employees.roles }).from(employees).where(and(eq(employees.teamId, team.id), eq(employees.active, true))))
    .filter((e) => e.roles.includes('second_line'))
    .map((e) => e.id);
  const [admin] = await db.select({ id: employees.id }).from(employees).where(sql`'admin' = any(${employees.roles})`).limit(1);
  if (handlers.length === 0) return 0;
  const address = options.pressAddress ?? 'pers@dronten.demo';

  const endDate = amsterdamDate(options.end);
  let date = addDays(endDate, -MONTHS * 30);
  const total = MONTHS * 30;
  let day = 0;
  const questions: { request: typeof callbackRequests.$inferInsert; press: typeof pressQuestions.$inferInsert; customer: typeof customers.$inferInsert; messages: (typeof pressMessages.$inferInsert)[]; events: (typeof callbackEvents.$inferInsert)[] }[] = [];
  while (date <= endDate) {
    day += 1;
    // About three a week: weekdays only.
    if (!isWeekend(date) && rng.chance(0.6)) {
      const progress = day / total;
      const createdAt = officeMoment(rng, date);
      if (createdAt < options.end) {
        const id = rng.uuid();
        const [name, email] = rng.pick(JOURNALISTS);
        const [subject, question, answer, sensitive] = rng.pick(TOPICS);
        const due = computeDueDate(date, 2, options.calendar);
        const handler = rng.pick(handlers);
        // A golden-ratio sequence instead of a coin: with a few dozen questions a quarter, the share
        // in time follows the intended rise instead of the noise of a small sample.
        const onTime = (questions.length * 0.618034) % 1 < 0.75 + 0.2 * progress;
        const interim = !onTime ? false : rng.chance(0.12);
        const check = sensitive && rng.chance(0.8);
        const answeredAt = onTime
          ? new Date(createdAt.getTime() + (0.2 + 0.75 * rng.next()) * (due.dueAt.getTime() - createdAt.getTime()))
          : new Date(due.dueAt.getTime() + rng.int(2, 72) * 3600_000);
        const interimAt = interim ? new Date(createdAt.getTime() + 0.5 * (due.dueAt.getTime() - createdAt.getTime())) : null;
        // With an interim reply the answer itself may come later.
        const sentAt = interim ? new Date(due.dueAt.getTime() + rng.int(24, 96) * 3600_000) : answeredAt;
        const finished = sentAt <= options.end;
        const customerId = rng.uuid();
        const rootId = `<${id.slice(0, 18)}@${email.split('@')[1]}>`;
        const messages: (typeof pressMessages.$inferInsert)[] = [
          { requestId: id, direction: 'in', messageId: rootId, inReplyTo: null, references: [], fromAddress: email, fromName: name, toAddress: address, subject, textBody: `Goedendag,\n\n${question}\n\nMet vriendelijke groet,\n${name}`, at: createdAt, source: 'imap' },
        ];
        const events: (typeof callbackEvents.$inferInsert)[] = [
          { callbackRequestId: id, at: createdAt, actorId: null, type: 'created', data: { teamId: team.id, assigneeId: null, dueAt: due.dueAt.toISOString(), workingDays: 2 } },
          { callbackRequestId: id, at: new Date(createdAt.getTime() + 1800_000), actorId: handler, type: 'assigned', data: { toAssigneeId: handler, fromStatus: 'open', toStatus: 'in_progress' } },
        ];
        if (interimAt && interimAt <= options.end) {
          messages.push({ requestId: id, direction: 'out', messageId: `<${rng.uuid()}@dronten.demo>`, inReplyTo: rootId, references: [rootId], fromAddress: address, fromName: 'Gemeente Dronten', toAddress: email, subject: `Re: ${subject}`, textBody: INTERIM, at: interimAt, source: 'helder', sentBy: handler });
          events.push({ callbackRequestId: id, at: interimAt, actorId: handler, type: 'interim_reply', data: { message: INTERIM, via: 'email', mailed: true } });
        }
        const checkedAt = new Date(sentAt.getTime() - 3600_000);
        if (finished) {
          if (check && admin) {
            events.push({ callbackRequestId: id, at: new Date(checkedAt.getTime() - 1800_000), actorId: handler, type: 'check_requested', data: { needsAdministratorCheck: true } });
            events.push({ callbackRequestId: id, at: checkedAt, actorId: admin.id, type: 'approved', data: {} });
          }
          messages.push({ requestId: id, direction: 'out', messageId: `<${rng.uuid()}@dronten.demo>`, inReplyTo: rootId, references: [rootId], fromAddress: address, fromName: 'Gemeente Dronten', toAddress: email, subject: `Re: ${subject}`, textBody: answer, at: sentAt, source: 'helder', sentBy: handler });
          events.push({ callbackRequestId: id, at: sentAt, actorId: handler, type: 'answer_sent', data: { late: sentAt > due.dueAt, checked: check, fromStatus: 'in_progress', toStatus: 'done' } });
        }
        questions.push({
          customer: { id: customerId, kind: 'institution', name, email, phone: null, createdAt },
          request: {
            id,
            teamId: team.id,
            assigneeId: handler,
            customerId,
            question: `${subject}\n\n${question}`,
            replyBy: 'email',
            status: finished ? 'done' : 'in_progress',
            workingDays: 2,
            dueAt: due.dueAt,
            dueExplanation: due.explanation,
            createdAt,
            updatedAt: finished ? sentAt : createdAt,
            completedAt: finished ? sentAt : null,
            outcome: finished ? answer : null,
            interimReplyAt: interimAt && interimAt <= options.end ? interimAt : null,
            interimExpectedBy: interimAt && interimAt <= options.end ? amsterdamDate(sentAt) : null,
            kind: 'press_question',
          },
          press: {
            requestId: id,
            subject,
            fromAddress: email,
            rootMessageId: rootId,
            answerText: finished ? answer : null,
            answerStatus: finished ? 'sent' : 'none',
            needsAdministratorCheck: finished && check,
            answerUpdatedAt: finished ? checkedAt : null,
            answerUpdatedBy: finished ? handler : null,
            checkedBy: finished && check && admin ? admin.id : null,
            checkedAt: finished && check && admin ? checkedAt : null,
            sentAt: finished ? sentAt : null,
          },
          messages,
          events,
        });
      }
    }
    date = addDays(date, 1);
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < questions.length; i += 200) {
      const part = questions.slice(i, i + 200);
      await tx.insert(customers).values(part.map((q) => q.customer));
      await tx.insert(callbackRequests).values(part.map((q) => q.request));
      await tx.insert(pressQuestions).values(part.map((q) => q.press));
      await tx.insert(pressMessages).values(part.flatMap((q) => q.messages));
      await tx.insert(callbackEvents).values(part.flatMap((q) => q.events));
    }
  });
  return questions.length;
}
