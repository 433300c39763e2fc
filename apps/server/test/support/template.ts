// The database every server test starts from: migrated, with the demo organisation (teams,
// products, accounts) but no history. Built once per run, cloned per test file.
import { Random } from '../../src/demo/random.js';
import { seedOrganisation } from '../../src/demo/seed.js';
import { type Database, migrateDatabase } from '../../src/db/client.js';

export const TEMPLATE_SEED = 7;

export async function prepareTemplate(database: Database): Promise<void> {
  await migrateDatabase(database);
  await seedOrganisation(database.db, new Random(TEMPLATE_SEED));
}
