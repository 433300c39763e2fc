// docs/measurement-plan.md is generated from the definitions, so the document and the computation
// can never disagree. Regenerate: npx tsx scripts/measurement-plan.ts
import { AMBITION_LABELS, KPI_DEFINITIONS, type KpiDefinition } from './definitions.js';

const UNIT_LABELS = { share: 'aandeel (0 tot 1, getoond als percentage)', score: 'gemiddeld cijfer (1 tot 10)' } as const;
const DIRECTION_LABELS = { lower_is_better: 'lager is beter', higher_is_better: 'hoger is beter' } as const;

export function formatKpiValue(definition: Pick<KpiDefinition, 'unit'>, value: number): string {
  if (definition.unit === 'share') return `${Math.round(value * 1000) / 10}%`.replace('.', ',');
  // Marks keep a second decimal only where it says something: 6,71 and 7,3 and 8,0.
  const two = value.toFixed(2);
  return (two.endsWith('0') ? value.toFixed(1) : two).replace('.', ',');
}

export function renderMeasurementPlan(): string {
  const lines = [
    '# Meetplan excellente dienstverlening',
    '',
    '<!-- Generated from packages/domain/src/kpis/definitions.ts by `npx tsx scripts/measurement-plan.ts`. Do not edit by hand. -->',
    '',
    'Elke indicator is één keer vastgelegd. Een wijziging maakt een nieuwe versie met de datum waarop die ingaat;',
    'een periode wordt altijd berekend met de versie die gold op de eerste dag van die periode. Zo blijven de',
    'cijfers van 2024 en 2027 te vergelijken.',
    '',
  ];
  for (const d of KPI_DEFINITIONS) {
    lines.push(`## ${d.name}`, '');
    lines.push(d.explanation, '');
    lines.push(`| | |`, `|---|---|`);
    lines.push(`| Kenmerk | \`${d.id}\` |`);
    lines.push(`| Ambitie | ${AMBITION_LABELS[d.ambition]} |`);
    lines.push(`| Eis | ${d.requirement} |`);
    lines.push(`| Eenheid | ${UNIT_LABELS[d.unit]}, ${DIRECTION_LABELS[d.direction]} |`);
    lines.push(`| Per team | ${d.perTeam ? 'ja' : 'nee, alleen voor de hele organisatie'} |`);
    lines.push(`| Nulmeting | ${d.baseline ? `${formatKpiValue(d, d.baseline.value)} (${d.baseline.note})` : '–'} |`);
    const targets = d.targets.map((t) => `${formatKpiValue(d, t.value)} ${t.by ? `uiterlijk ${t.by}` : 'altijd'}`);
    lines.push(`| Doelen | ${targets.length ? targets.join('; ') : 'nog geen doel vastgesteld'} |`);
    lines.push('');
    for (const v of d.versions) {
      lines.push(`### Versie ${v.version}, geldt vanaf ${v.validFrom}`, '');
      lines.push(`- Teller: ${v.numerator}`);
      lines.push(`- Noemer: ${v.denominator}`);
      lines.push(`- Niet meegeteld: ${v.excluded}`);
      if (v.source.kind === 'not_yet_measured') lines.push(`- Gegevens: komen met ${v.source.arrivesWith}; tot die tijd toont Helder "nog geen gegevens".`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
