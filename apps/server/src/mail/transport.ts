// The one place that talks SMTP. Built from SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS);
// without it, there is no transport and the outbox holds mails for an administrator to read.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** Stable per outbox message: a retry after a lost answer carries the same Message-ID. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Threading: the Message-ID this mail answers, and the thread's Message-IDs separated by spaces. */
  inReplyTo?: string;
  references?: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url, {
    // Fail within seconds when the server is away: the outbox retries later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  return {
    async send(mail) {
      await transporter.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references ? { references: mail.references } : {}),
      });
    },
    close() {
      transporter.close();
    },
  };
}
