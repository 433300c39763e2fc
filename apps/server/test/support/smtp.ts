// A real SMTP server on loopback (smtp-server) that keeps what it receives, parsed with mailparser.
// `failing = true` makes it refuse every message (an outage seen from Helder); `stop()` takes it away.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  url: string;
  port: number;
  mails: ParsedMail[];
  failing: boolean;
  /** Mails to this address, oldest first. */
  to(address: string): ParsedMail[];
  /** Waits until `count` mails arrived (the worker sends asynchronously in some tests). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  stop(): Promise<void>;
}

export async function startMailbox(port = 0): Promise<Mailbox> {
  const mails: ParsedMail[] = [];
  const box: Mailbox = {
    url: '',
    port: 0,
    mails,
    failing: false,
    to: (address) => mails.filter((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((t) => t.value.some((v) => v.address === address))),
    async waitFor(count, timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      while (mails.length < count && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      return mails;
    },
    stop: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (box.failing) {
          callback(Object.assign(new Error('Service not available, try again later'), { responseCode: 421 }));
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            mails.push(mail);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;
  box.port = actual;
  box.url = `smtp://127.0.0.1:${actual}`;
  box.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return box;
}
