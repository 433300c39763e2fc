// The two ways to count a KPI over a year, side by side on the same database: the direct
// aggregation of raw rows (the reference) and the daily counts the dashboard reads.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helder_bench5 npx tsx bench/kpi-sources.bench.ts
import { amsterdamDate, amsterdamInstant, endOfAmsterdamDay } from '@helder/domain';
import { loadConfig } from '../apps/server/src/config.js';
import { openDatabase } from '../apps/server/src/db/client.js';
import * as repo from '../apps/server/src/kpis/repository.js';
import { percentile } from './server.js';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const database = await openDatabase(loadConfig());
const now = new Date();
const toDate = amsterdamDate(now);
const fromDate = amsterdamDate(new Date(now.getTime() - 365 * 86_400_000));
const filter = { from: amsterdamInstant(fromDate), to: endOfAmsterdamDay(toDate), fromDate, toDate, now };
const channels = ['phone', 'contact_form'];

async function time(name: string, run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ name, runs, p50: percentile(times, 50).toFixed(1), max: times[times.length - 1]!.toFixed(1) }));
  return percentile(times, 50);
}

try {
  const directContacts = await time('calls and forms answered directly, a year, direct', () => repo.firstLineContactsByMonthDirect(database.db, { ...filter, channels }));
  const dailyContacts = await time('calls and forms answered directly, a year, daily counts', () => repo.firstLineContactsByMonth(database.db, { ...filter, channels }));
  const directLate = await time('callback requests late, a year, direct', () => repo.lateCallbacksByMonthDirect(database.db, filter));
  const dailyLate = await time('callback requests late, a year, daily counts', () => repo.lateCallbacksByMonth(database.db, filter));
  console.log(JSON.stringify({ name: 'ratio direct / daily counts (p50)', contacts: (directContacts / dailyContacts).toFixed(1), callbacks: (directLate / dailyLate).toFixed(1) }));
} finally {
  await database.close();
}
