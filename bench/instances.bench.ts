// Throughput of one Helder instance against two on the same PostgreSQL database (issue 15): the
// most registrations (a contact with a callback request) and inbox pages per second, with the same
// number of connections in total, spread evenly over the instances as a load balancer would.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helder_bench_inst npx tsx bench/instances.bench.ts
// (load the database first: apps/server/src/demo/cli.ts --contacts 200000 --callbacks 40000)
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { startBenchServer } from './server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

type Server = Awaited<ReturnType<typeof startBenchServer>>;

async function prepare(server: Server) {
  const kcc = await server.login('kcc@dronten.demo');
  const secondLine = await server.login('tweedelijn@dronten.demo');
  const me = (await (await fetch(`${server.base}/api/auth/me`, { headers: { cookie: secondLine } })).json()) as { teamId: string };
  const registration = JSON.stringify({
    channel: 'phone',
    subject: 'Vraag over paspoort',
    summary: 'Klant wil teruggebeld worden over de levertijd.',
    resolution: 'handed_over',
    customer: { name: 'J. de Vries', phone: '0612345678' },
    callbackRequest: { teamId: me.teamId, question: 'Hoe lang duurt het aanvragen van een paspoort?', replyBy: 'phone' },
  });
  return {
    register: { url: `${server.base}/api/contacts`, method: 'POST' as const, headers: { cookie: kcc, 'content-type': 'application/json' }, body: registration },
    inbox: { url: `${server.base}/api/callback-requests?teamId=${me.teamId}&status=open,in_progress&limit=25`, method: 'GET' as const, headers: { cookie: secondLine } },
  };
}

/** Closed-loop load on these targets at once, `connections` in total; answers per second, and non-2xx. */
async function load(targets: autocannon.Options[], duration = seconds) {
  const per = Math.max(1, Math.floor(connections / targets.length));
  const results = await Promise.all(targets.map((t) => autocannon({ ...t, connections: per, duration })));
  const ok = results.reduce((sum, r) => sum + r['2xx'], 0);
  const other = results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0);
  return { perSecond: Math.round(ok / duration), other };
}

const first = await startBenchServer();
let second: Server | undefined;
try {
  const a = await prepare(first);
  // A check that a registration is what we think (201 with a callback request), then warm up.
  const probe = await fetch(a.register.url, a.register);
  if (probe.status !== 201) throw new Error(`registration answered ${probe.status}: ${await probe.text()}`);
  await load([a.register], 5);
  await load([a.inbox], 3);
  const oneRegister = await load([a.register]);
  const oneInbox = await load([a.inbox]);

  second = await startBenchServer();
  const b = await prepare(second);
  await load([b.register], 5);
  await load([b.inbox], 3);
  const twoRegister = await load([a.register, b.register]);
  const twoInbox = await load([a.inbox, b.inbox]);

  const row = (name: string, one: { perSecond: number; other: number }, two: { perSecond: number; other: number }) =>
    console.log(JSON.stringify({ name, oneInstance: one.perSecond, twoInstances: two.perSecond, ratio: Number((two.perSecond / one.perSecond).toFixed(2)), errors: one.other + two.other }));
  console.log(JSON.stringify({ machine: `${cpus().length} cores, ${cpus()[0]?.model}`, seconds, connections }));
  row('registrations with a callback request per second', oneRegister, twoRegister);
  row('inbox pages per second', oneInbox, twoInbox);
} finally {
  first.stop();
  second?.stop();
}
