// Invitations to rate a contact (R1.4, R1.5): written in the same transaction as the completion
// that causes them, mailed after a delay through the outbox. Never for anonymous contacts, and at
// most one per person per 30 days, so residents are not asked too often.
import { amsterdamDate, dutchDate } from '@helder/domain';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/client.js';
import type { Outbox } from '../mail/outbox.js';
import { greetingFor } from '../mail/templates.js';
import { newToken, recipientKey } from '../http/tokens.js';
import * as repo from './repository.js';

export const INVITATION_INTERVAL_DAYS = 30;

export interface InvitationSubject {
  customer: { id: string; name: string | null; email: string | null } | null;
  contactId?: string | null;
  callbackRequestId?: string | null;
  teamId: string | null;
  productId: string | null;
  channel: string;
  line: 'first' | 'second';
}

export class SurveyInvitations {
  constructor(
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly config: Config,
  ) {}

  /** Plans an invitation if the resident can and may get one; returns whether it did. */
  async schedule(tx: DbOrTx, subject: InvitationSubject): Promise<boolean> {
    const email = subject.customer?.email;
    if (!subject.customer || !email) return false;
    const now = this.clock.now();
    const key = recipientKey(this.config.secret, email);
    if (await repo.hasInvitationSince(tx, key, new Date(now.getTime() - INVITATION_INTERVAL_DAYS * 86400_000))) return false;
    const sendAfter = new Date(now.getTime() + this.config.survey.delayMinutes * 60_000);
    const expiresAt = new Date(sendAfter.getTime() + this.config.survey.validDays * 86400_000);
    const { token, hash } = newToken();
    const id = await repo.insertInvitation(tx, {
      tokenHash: hash,
      recipientKey: key,
      customerId: subject.customer.id,
      contactId: subject.contactId ?? null,
      callbackRequestId: subject.callbackRequestId ?? null,
      teamId: subject.teamId,
      productId: subject.productId,
      channel: subject.channel,
      line: subject.line,
      createdAt: now,
      sendAfter,
      expiresAt,
    });
    const municipality = this.config.mail.municipality.name;
    await this.outbox.enqueue(tx, {
      purpose: 'survey_invitation',
      recipient: email,
      sendAfter,
      related: { type: 'survey_invitation', id },
      content: {
        subject: `Hoe was uw contact met de gemeente ${municipality}?`,
        greeting: greetingFor(subject.customer.name),
        paragraphs: [
          `U had kort geleden contact met de gemeente ${municipality}. Wij willen graag weten hoe dat ging.`,
          'Wilt u ons een cijfer geven? Het zijn vier korte vragen. Dat kost minder dan een minuut. U hoeft niet in te loggen.',
          'Wij gebruiken uw antwoorden om onze dienst beter te maken.',
        ],
        action: { label: 'Geef een cijfer', url: this.outbox.link(`/enquete/${token}`) },
        closing: `Deze link werkt tot en met ${dutchDate(amsterdamDate(expiresAt))}. U kunt de vragen één keer invullen.`,
      },
    });
    return true;
  }
}
