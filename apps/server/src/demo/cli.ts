// Loads the Dronten demo into an empty database, at any size. For benchmarks:
//   DATABASE_URL=postgres://... npx tsx apps/server/src/demo/cli.ts --contacts 1000000 --callbacks 200000
// Without DATABASE_URL it fills the PGlite folder in HELDER_DATA_DIR (default ./data).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { isEmpty, seedDemo } from './seed.js';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '60000' },
    callbacks: { type: 'string' },
    seed: { type: 'string', default: '20231213' },
    months: { type: 'string', default: '18' },
  },
});

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, not "${value}"`);
    process.exit(2);
  }
  return n;
}

const config = loadConfig();
const database = await openDatabase(config);
await migrateDatabase(database);
if (!(await isEmpty(database.db))) {
  console.error('This database already holds data: the demo is only loaded into an empty database.');
  await database.close();
  process.exit(2);
}
const started = Date.now();
const result = await seedDemo(database.db, {
  contacts: count('contacts', values.contacts),
  callbacks: count('callbacks', values.callbacks),
  seed: count('seed', values.seed),
  months: count('months', values.months),
  log: console.log,
});
console.log(`Loaded ${result.contacts} contacts and ${result.callbacks} callback requests in ${Math.round((Date.now() - started) / 1000)} s`);
await database.close();
