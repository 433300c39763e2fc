// Receives forwarded press mail over SMTP (PRESS_INBOUND_SMTP_PORT) with smtp-server. The sending
// server gets its 250 only after the mail was stored (PressService.ingest committed); on any
// failure it gets a temporary 451 and tries again later, so nothing acknowledged is lost. Meant
// for a municipality's own mail server forwarding over a private network: it takes no
// authentication, accepts mail only for the press address, and listens on PRESS_INBOUND_SMTP_HOST.
import { SMTPServer } from 'smtp-server';
import type { PressConfig } from '../config.js';
import type { PressService } from './service.js';

/** Forwarded mails larger than this are refused (552) before they are read. */
export const MAX_INBOUND_BYTES = 30 * 1024 * 1024;

export class PressSmtpReceiver {
  private server: SMTPServer | undefined;

  constructor(
    private readonly press: PressService,
    private readonly config: PressConfig,
    private readonly warn: (message: string, error?: unknown) => void = () => {},
  ) {}

  /** Starts listening; resolves with the port (useful when PRESS_INBOUND_SMTP_PORT is 0). */
  async start(): Promise<number | undefined> {
    if (this.config.inboundSmtpPort === undefined || this.server) return undefined;
    const pressAddress = this.config.address.toLowerCase();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: MAX_INBOUND_BYTES,
      banner: 'Helder press mailbox',
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.toLowerCase() !== pressAddress) {
          const error = Object.assign(new Error('Mailbox unavailable: only the press address is served here'), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
            return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          }
          this.press.ingest(Buffer.concat(chunks), 'smtp').then(
            () => callback(),
            (error: unknown) => {
              this.warn('forwarded press mail could not be stored (the sender will try again)', error);
              callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
            },
          );
        });
      },
    });
    server.on('error', (error) => this.warn('press SMTP receiver', error));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.config.inboundSmtpPort, this.config.inboundSmtpHost, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const address = server.server.address();
    return typeof address === 'object' && address ? address.port : undefined;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
