// KPI dashboard benchmark: GET /api/kpis for a year, organisation-wide and per team, warm, one
// request at a time (a manager opening the page), on the database in DATABASE_URL.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helder_bench npx tsx bench/kpis.bench.ts
import { percentile, startBenchServer } from './server.js';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const server = await startBenchServer();
try {
  const cookie = await server.login('teamleider@dronten.demo');
  const me = await (await fetch(`${server.base}/api/auth/me`, { headers: { cookie } })).json();
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const cases = [
    ['all KPIs, one year, organisation-wide', `/api/kpis?from=${yearAgo}&to=${today}`],
    ['all KPIs, one year, one team', `/api/kpis?from=${yearAgo}&to=${today}&teamId=${me.teamId}`],
    ['public figures (5 quarters)', '/api/public/kpis'],
  ] as const;
  for (const [name, path] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      const started = performance.now();
      const response = await fetch(`${server.base}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      if (i >= 2) times.push(performance.now() - started); // the first two warm up
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ name, runs, p50: percentile(times, 50).toFixed(1), p95: percentile(times, 95).toFixed(1), max: times[times.length - 1]!.toFixed(1) }));
  }
  // The council's report for the last complete quarter: the first PDF includes starting chromium.
  const month = new Date().getUTCMonth();
  const year = new Date().getUTCFullYear();
  const quarter = month < 3 ? `${year - 1}-Q4` : `${year}-Q${Math.floor(month / 3)}`;
  for (const format of ['html', 'pdf', 'pdf', 'pdf']) {
    const started = performance.now();
    const response = await fetch(`${server.base}/api/reports/progress?quarter=${quarter}&format=${format}`, { headers: { cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`report ${format}: ${response.status}`);
    console.log(JSON.stringify({ name: `progress report ${quarter} as ${format}`, ms: (performance.now() - started).toFixed(0), bytes }));
  }
  console.log(JSON.stringify({ name: 'server memory', peakRssMb: Math.round(server.peakRssMb()) }));
} finally {
  server.stop();
}
