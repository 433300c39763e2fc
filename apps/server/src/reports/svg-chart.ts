// A month-by-month line chart as inline SVG, drawn here rather than by ECharts: the report must be
// one self-contained file that is byte-for-byte the same for the same data, and print sharply.
// The chart is one image to assistive technology (role="img", the summary in aria-label); the
// report puts the same numbers in a table beside it.
import { coord, esc } from './html.js';
import { monthShort } from './texts.js';

export interface ChartPoint {
  /** First day of the month. */
  month: string;
  value: number | null;
}

export interface LineChartInput {
  unit: 'share' | 'score';
  points: readonly ChartPoint[];
  target?: { value: number; label: string } | undefined;
  /** The summary assistive technology reads instead of the drawing. */
  label: string;
}

const WIDTH = 640;
const HEIGHT = 250;
const LEFT = 52;
const RIGHT = 20;
const TOP = 20;
const BOTTOM = 44;
const LINE = '#4a1fb8';
const TARGET = '#0c451c';
const FONT = 'font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-size="11" fill="#333"';

export function lineChartSvg(input: LineChartInput): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  // Fixed scales (0–100% and 0–10), as on the dashboard: a small change must not look dramatic.
  const max = input.unit === 'share' ? 1 : 10;
  const y = (value: number) => TOP + plotHeight * (1 - Math.min(Math.max(value, 0), max) / max);
  const step = plotWidth / Math.max(input.points.length, 1);
  const x = (i: number) => LEFT + step * (i + 0.5);
  const tickLabel = (v: number) => (input.unit === 'share' ? `${Math.round(v * 100)}%` : String(v));

  const parts: string[] = [];
  for (let i = 0; i <= 5; i += 1) {
    const v = (max / 5) * i;
    parts.push(`<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${coord(y(v))}" y2="${coord(y(v))}" stroke="${i === 0 ? '#333' : '#d0d0d0'}" stroke-width="1"/>`);
    parts.push(`<text x="${LEFT - 8}" y="${coord(y(v) + 4)}" text-anchor="end" ${FONT}>${esc(tickLabel(v))}</text>`);
  }
  input.points.forEach((p, i) => {
    parts.push(`<text x="${coord(x(i))}" y="${TOP + plotHeight + 16}" text-anchor="middle" ${FONT}>${esc(monthShort(p.month))}</text>`);
    // The year under the first month and under every January, so twelve labels stay readable.
    if (i === 0 || p.month.slice(5, 7) === '01') {
      parts.push(`<text x="${coord(x(i))}" y="${TOP + plotHeight + 30}" text-anchor="middle" ${FONT}>${esc(p.month.slice(0, 4))}</text>`);
    }
  });

  if (input.target) {
    const ty = coord(y(input.target.value));
    parts.push(`<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${ty}" y2="${ty}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${LEFT + plotWidth - 4}" y="${coord(y(input.target.value) - 6)}" text-anchor="end" font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-size="11" font-weight="bold" fill="${TARGET}">${esc(input.target.label)}</text>`);
  }

  // A month without cases breaks the line rather than pretending to be zero.
  let segment: string[] = [];
  const flush = () => {
    if (segment.length > 1) parts.push(`<polyline points="${segment.join(' ')}" fill="none" stroke="${LINE}" stroke-width="3" stroke-linejoin="round"/>`);
    segment = [];
  };
  input.points.forEach((p, i) => {
    if (p.value === null) return flush();
    segment.push(`${coord(x(i))},${coord(y(p.value))}`);
  });
  flush();
  input.points.forEach((p, i) => {
    if (p.value !== null) parts.push(`<circle cx="${coord(x(i))}" cy="${coord(y(p.value))}" r="4" fill="${LINE}"/>`);
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${esc(input.label)}" focusable="false">${parts.join('')}</svg>`;
}
