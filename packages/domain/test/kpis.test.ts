import { describe, expect, it } from 'vitest';
import {
  currentTarget,
  KPI_DEFINITIONS,
  kpiDefinition,
  type KpiDefinition,
  kpiStatus,
  quarterOf,
  quarterRange,
  quartersUpTo,
  sumByQuarter,
  versionFor,
} from '../src/index.js';

const late = kpiDefinition('callbacks.late_share')!;
const firstLine = kpiDefinition('contacts.first_line_share')!;

describe('the measurement plan', () => {
  it('has unique ids, an ambition, and versions in date order for every KPI', () => {
    const ids = KPI_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of KPI_DEFINITIONS) {
      expect(['verbinding', 'vakmanschap', 'vertrouwen']).toContain(definition.ambition);
      const starts = definition.versions.map((v) => v.validFrom);
      expect(starts).toEqual([...starts].sort());
      expect(definition.versions.map((v) => v.version)).toEqual(definition.versions.map((_, i) => i + 1));
    }
  });

  it('holds the council targets for callbacks: 30% by end 2024, 15% in 2025, baseline 58%', () => {
    expect(late.baseline?.value).toBe(0.58);
    expect(late.targets).toEqual([
      { value: 0.3, by: '2024-12-31' },
      { value: 0.15, by: '2025-12-31' },
    ]);
    expect(firstLine.targets).toEqual([{ value: 0.9, by: '2027-12-31' }]);
  });
});

describe('versionFor', () => {
  const versioned: KpiDefinition = {
    ...late,
    versions: [
      { ...late.versions[0]!, version: 1, validFrom: '2023-01-01' },
      { ...late.versions[0]!, version: 2, validFrom: '2026-01-01' },
    ],
  };
  it('uses the version in force at the start of the period', () => {
    expect(versionFor(versioned, '2025-10-01').version).toBe(1);
    expect(versionFor(versioned, '2026-01-01').version).toBe(2);
    expect(versionFor(versioned, '2027-04-01').version).toBe(2);
  });
  it('computes a period that spans the change with the version of its start', () => {
    expect(versionFor(versioned, '2025-12-01').version).toBe(1);
  });
  it('falls back to the first version before any version starts', () => {
    expect(versionFor(versioned, '2020-01-01').version).toBe(1);
  });
});

describe('currentTarget', () => {
  it('is the first target not yet due, then the last one', () => {
    expect(currentTarget(late, '2024-06-01')?.value).toBe(0.3);
    expect(currentTarget(late, '2024-12-31')?.value).toBe(0.3);
    expect(currentTarget(late, '2025-01-01')?.value).toBe(0.15);
    expect(currentTarget(late, '2027-01-01')?.value).toBe(0.15);
  });
});

describe('kpiStatus', () => {
  const months = (values: number[], from = 2025) =>
    values.map((value, i) => ({ start: `${from}-${String(i + 1).padStart(2, '0')}-01`, value }));

  it('has no data without a value, and no verdict without a target', () => {
    expect(kpiStatus(late, null, [], '2025-06-01')).toBe('no_data');
    expect(kpiStatus({ ...late, targets: [] }, 0.2, [], '2025-06-01')).toBe('no_target');
  });
  it('is on track when the target is met (lower is better)', () => {
    expect(kpiStatus(late, 0.15, [], '2025-06-01')).toBe('on_track');
    expect(kpiStatus(late, 0.151, [], '2025-06-01')).toBe('at_risk');
  });
  it('is off track once the target date has passed without reaching it', () => {
    expect(kpiStatus(late, 0.2, months([0.3, 0.25, 0.2]), '2026-02-01')).toBe('off_track');
  });
  it('is on track when the trend reaches the target by its date', () => {
    // 0.40 in January falling 0.03 a month reaches 0.15 well before the end of 2025.
    expect(kpiStatus(late, 0.34, months([0.4, 0.37, 0.34]), '2025-04-01')).toBe('on_track');
  });
  it('is at risk when it improves too slowly', () => {
    expect(kpiStatus(late, 0.395, months([0.4, 0.4, 0.395]), '2025-04-01')).toBe('at_risk');
  });
  it('is off track when the trend goes the wrong way', () => {
    expect(kpiStatus(late, 0.45, months([0.4, 0.42, 0.45]), '2025-04-01')).toBe('off_track');
    expect(kpiStatus(firstLine, 0.7, months([0.8, 0.75, 0.7]), '2025-04-01')).toBe('off_track');
  });
  it('is at risk with too few points to see a trend', () => {
    expect(kpiStatus(firstLine, 0.7, months([0.7]), '2025-04-01')).toBe('at_risk');
  });
});

describe('quarterRange', () => {
  it('gives the first and last day of a quarter', () => {
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange('2023-Q4')).toEqual({ from: '2023-10-01', to: '2023-12-31' });
    expect(quarterRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });
  it('refuses what is not a quarter', () => {
    expect(quarterRange('2026-Q5')).toBeUndefined();
    expect(quarterRange('2026Q1')).toBeUndefined();
    expect(quarterRange('')).toBeUndefined();
  });
});

describe('quarterOf and quartersUpTo', () => {
  it('finds the quarter of a date', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-Q4',
    ]);
  });
  it('lists quarters back across a year, oldest first', () => {
    expect(quartersUpTo('2026-Q2', 5)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersUpTo('2026-Q1', 1)).toEqual(['2026-Q1']);
  });
});

describe('sumByQuarter', () => {
  it('adds numerators and denominators per quarter, so the quarter value is exact', () => {
    const months = [
      { month: '2026-04-01', numerator: 1, denominator: 4 },
      { month: '2026-03-01', numerator: 3, denominator: 3 },
      { month: '2026-01-01', numerator: 0, denominator: 1 },
      { month: '2026-05-01', numerator: 0, denominator: 0 },
    ];
    expect(sumByQuarter(months)).toEqual([
      { quarter: '2026-Q1', numerator: 3, denominator: 4, value: 0.75 },
      { quarter: '2026-Q2', numerator: 1, denominator: 4, value: 0.25 },
    ]);
    expect(sumByQuarter([{ month: '2026-07-01', numerator: 0, denominator: 0 }])).toEqual([{ quarter: '2026-Q3', numerator: 0, denominator: 0, value: null }]);
  });
});
