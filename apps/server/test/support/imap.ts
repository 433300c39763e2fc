// A real IMAP server for tests: Dovecot (Debian package dovecot-imapd, installed by .ci/run) with
// its own configuration, data and port in a temporary folder, one mailbox for the press address.
// `deliver` puts a mail in the inbox the way a mail server does (APPEND with the arrival time).
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => existsSync(p));

export interface ImapServer {
  url: string;
  user: string;
  password: string;
  /** Puts a raw mail in INBOX with this arrival time (INTERNALDATE). */
  deliver(raw: string, arrivedAt?: Date): Promise<void>;
  /** The keywords and flags of every message in INBOX, by UID. */
  flags(): Promise<Map<number, string[]>>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startImapServer(user = 'pers@dronten.demo', password = 'pers-geheim'): Promise<ImapServer> {
  if (!DOVECOT) throw new Error('Dovecot is not installed (apt-get install dovecot-imapd; .ci/run does this)');
  const dir = mkdtempSync(join(tmpdir(), 'helder-imap-'));
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub));
  // Dovecot never runs a mailbox as root: as root, the mail belongs to nobody.
  const uid = process.getuid?.() === 0 ? 65534 : process.getuid!();
  const gid = process.getuid?.() === 0 ? 65534 : process.getgid!();
  if (process.getuid?.() === 0) chownSync(join(dir, 'home'), uid, gid);
  const me = process.getuid?.() === 0 ? '' : execFileSync('id', ['-un']).toString().trim();
  const port = await freePort();
  const config = join(dir, 'dovecot.conf');
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}\n`);
  writeFileSync(config, [
    `base_dir = ${dir}/run`,
    `state_dir = ${dir}/state`,
    `log_path = ${dir}/dovecot.log`,
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    'protocols = imap',
    'listen = 127.0.0.1',
    ...(me ? [`default_login_user = ${me}`, `default_internal_user = ${me}`] : []),
    'service imap-login {',
    `  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }`,
    '  inet_listener imaps {\n    port = 0\n  }',
    '}',
    `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${dir}/users\n}`,
    `userdb {\n  driver = static\n  args = uid=${uid} gid=${gid} home=${dir}/home/%u\n}`,
    'mail_location = maildir:~/Maildir',
    '',
  ].join('\n'));
  // The daemon keeps inherited pipes open: give it none, or this call waits for it to end.
  execFileSync(DOVECOT, ['-c', config], { stdio: 'ignore' });

  const connect = async () => {
    const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: password }, logger: false });
    await client.connect();
    return client;
  };
  // Dovecot forks its listeners: wait until a login works.
  for (let i = 0; ; i += 1) {
    try {
      const client = await connect();
      await client.logout();
      break;
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: `imap://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/INBOX`,
    user,
    password,
    async deliver(raw, arrivedAt = new Date()) {
      const client = await connect();
      try {
        await client.append('INBOX', raw.replace(/\r?\n/g, '\r\n'), [], arrivedAt);
      } finally {
        await client.logout();
      }
    },
    async flags() {
      const client = await connect();
      const out = new Map<number, string[]>();
      try {
        const lock = await client.getMailboxLock('INBOX');
        try {
          if ((client.mailbox && client.mailbox.exists) || 0) {
            for await (const m of client.fetch('1:*', { flags: true, uid: true })) out.set(m.uid, [...(m.flags ?? [])]);
          }
        } finally {
          lock.release();
        }
      } finally {
        await client.logout();
      }
      return out;
    },
    async stop() {
      try {
        execFileSync(DOVECOT, ['-c', config, 'stop'], { stdio: 'ignore' });
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
