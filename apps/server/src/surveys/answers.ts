// A resident answers the survey behind their personal link, once. A low mark from someone who
// wants to be contacted becomes a follow-up in the team's inbox, so the answer is not only counted.
import { CHANNEL_LABELS, type Channel, type SurveyAnswerInput, amsterdamDate, dutchDate } from '@helder/domain';
import type { CallbackService } from '../callbacks/service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { hashToken, TOKEN_PATTERN } from '../http/tokens.js';
import { findTeam, findTeamByNameOrFirst } from '../organisation/repository.js';
import * as repo from './repository.js';

export type InvitationState =
  | { state: 'open'; expiresOn: string }
  | { state: 'answered' }
  | { state: 'expired'; expiredOn: string }
  | { state: 'unknown' };

export const surveyErrors = {
  unknown: () => new AppError(404, 'survey_not_found', 'Deze link werkt niet. Misschien is de link niet helemaal overgenomen. Kopieer de hele link uit de e-mail en probeer het opnieuw.'),
  answered: () => new AppError(409, 'survey_answered', 'U heeft deze vragen al beantwoord. Bedankt daarvoor!'),
  expired: (on: string) => new AppError(410, 'survey_expired', `Deze enquête is gesloten. U kon de vragen beantwoorden tot en met ${on}.`),
};

export class SurveyAnswers {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly callbacks: CallbackService,
    private readonly config: Config,
  ) {}

  async state(token: string): Promise<InvitationState> {
    const invitation = TOKEN_PATTERN.test(token) ? await repo.findInvitationByTokenHash(this.db, hashToken(token)) : undefined;
    if (!invitation) return { state: 'unknown' };
    if (invitation.answeredAt) return { state: 'answered' };
    const on = dutchDate(amsterdamDate(invitation.expiresAt));
    if (invitation.expiresAt < this.clock.now()) return { state: 'expired', expiredOn: on };
    return { state: 'open', expiresOn: on };
  }

  async answer(token: string, input: SurveyAnswerInput): Promise<{ followUp: boolean }> {
    if (!TOKEN_PATTERN.test(token)) throw surveyErrors.unknown();
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const invitation = await repo.findInvitationByTokenHash(tx, hashToken(token));
      if (!invitation) throw surveyErrors.unknown();
      if (invitation.answeredAt) throw surveyErrors.answered();
      if (invitation.expiresAt < now) throw surveyErrors.expired(dutchDate(amsterdamDate(invitation.expiresAt)));
      // Two answers at the same moment: only the first marks the invitation.
      if (!(await repo.markInvitationAnswered(tx, invitation.id, now))) throw surveyErrors.answered();
      const comment = input.comment?.trim() ? input.comment.trim() : null;
      await repo.insertResponse(tx, {
        reference: `ENQ-${invitation.id}`,
        answeredAt: now,
        channel: invitation.channel,
        teamId: invitation.teamId,
        productId: invitation.productId,
        line: invitation.line,
        score: input.score,
        timelinessScore: input.timelinessScore,
        resolved: input.resolved,
        comment,
        mayContact: input.mayContact ?? false,
        invitationId: invitation.id,
        source: 'survey',
        createdAt: now,
      });
      const low = Math.min(input.score, input.timelinessScore) <= this.config.survey.lowScore;
      if (!low || !input.mayContact) return { followUp: false };
      const customer = await repo.findCustomer(tx, invitation.customerId);
      if (!customer || (!customer.phone && !customer.email)) return { followUp: false };
      const own = invitation.teamId ? await findTeam(tx, invitation.teamId) : undefined;
      const team = own?.active ? own : await findTeamByNameOrFirst(tx, this.config.reportsTeam);
      if (!team) return { followUp: false };
      const channel = CHANNEL_LABELS[invitation.channel as Channel]?.toLowerCase() ?? invitation.channel;
      await this.callbacks.createInTx(tx, null, {
        teamId: team.id,
        kind: 'follow_up',
        replyBy: customer.phone ? 'phone' : 'email',
        customer: { id: customer.id, kind: customer.kind, name: customer.name, email: customer.email, phone: customer.phone },
        contactId: invitation.contactId,
        question: [
          `De inwoner gaf een ${input.score} voor het contact (${channel}, ${invitation.line === 'first' ? 'eerste lijn' : 'tweede lijn'}) en een ${input.timelinessScore} voor de snelheid.`,
          `Vraag opgelost: ${input.resolved ? 'ja' : 'nee'}. De inwoner wil graag dat wij contact opnemen.`,
          ...(comment ? [`Toelichting van de inwoner: "${comment}"`] : []),
        ].join('\n'),
      }, { team, assignee: undefined });
      return { followUp: true };
    });
  }
}
