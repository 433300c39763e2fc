// Backup and restore of the embedded database (PGlite in HELDER_DATA_DIR).
//
// While Helder runs, only its own process can read the folder consistently (PGlite lives in that
// process). So the running server answers backup requests on the Unix socket that already locks
// the data folder (client.ts): the caller proves it may read the folder by sending the token from
// `helder.control` (mode 0600, written at start), and gets a gzipped tar of the data directory,
// made after a CHECKPOINT and while no query runs (PGlite's dumpDataDir runs exclusively). When no
// server runs, the backup opens the folder itself. A restore needs the folder free: Helder stopped.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

const TOKEN_FILE = 'helder.control';
const MAX_LINE = 200;

/** Serves backups on the folder's lock socket; returns what removes the token again. */
export function serveBackups(server: Server, client: PGlite, dataDir: string): () => void {
  const token = randomBytes(32).toString('hex');
  const tokenFile = join(dataDir, TOKEN_FILE);
  writeFileSync(tokenFile, token, { mode: 0o600 });
  server.on('connection', (socket: Socket) => {
    socket.setTimeout(10_000, () => socket.destroy());
    let line = '';
    socket.on('data', (chunk) => {
      line += chunk.toString('latin1');
      if (line.length > MAX_LINE) return socket.destroy();
      if (!line.includes('\n')) return;
      socket.removeAllListeners('data');
      socket.setTimeout(0);
      const [command, given] = line.trim().split(' ');
      if (command !== 'BACKUP' || !given || !sameToken(given, token)) {
        socket.end('ERR wrong token\n');
        return;
      }
      dump(client)
        .then((bytes) => {
          socket.write(`OK ${bytes.length}\n`);
          socket.end(bytes);
        })
        .catch((error: unknown) => socket.end(`ERR ${String((error as Error).message).replace(/\s+/g, ' ').slice(0, 300)}\n`));
    });
    socket.on('error', () => socket.destroy());
  });
  return () => {
    try {
      if (readFileSync(tokenFile, 'utf8') === token) rmSync(tokenFile, { force: true });
    } catch {
      // Already gone.
    }
  };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A consistent gzipped tar of the data directory. */
export async function dump(client: PGlite): Promise<Buffer> {
  await client.exec('checkpoint');
  return Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
}

/**
 * Asks the server that holds the folder for a backup. Undefined when no server holds it (or the
 * system has no such socket); an error when one answers with a refusal.
 */
export async function requestBackup(dataDir: string, socketName: string): Promise<Buffer | undefined> {
  const tokenFile = join(dataDir, TOKEN_FILE);
  if (!existsSync(tokenFile)) return undefined;
  const token = readFileSync(tokenFile, 'utf8').trim();
  return new Promise<Buffer | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(socketName);
    socket.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' || error.code === 'ENOENT' ? resolve(undefined) : reject(error)));
    socket.on('connect', () => socket.write(`BACKUP ${token}\n`));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      const head = all.subarray(0, newline).toString('utf8');
      if (!head.startsWith('OK ')) return reject(new Error(`The running server refused the backup: ${head.replace(/^ERR /, '')}`));
      const body = all.subarray(newline + 1);
      if (body.length !== Number(head.slice(3))) return reject(new Error('The backup arrived incomplete; try again.'));
      resolve(body);
    });
  });
}

/** Writes a file whole or not at all: to a temporary name, then renamed. */
export function writeAtomically(file: string, bytes: Buffer): void {
  const temporary = `${file}.part`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}
