// The JSON of a KPI figure: the contract fields first, then what a dashboard needs to explain it.
import { AMBITION_LABELS, KPI_STATUS_LABELS } from '@helder/domain';
import { z } from 'zod';
import type { KpiFigure } from './service.js';

export const kpiFigureSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  value: z.number().nullable(),
  unit: z.enum(['share', 'score']),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  targets: z.array(z.object({ value: z.number(), by: z.string().nullable() })),
  status: z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']),
  statusLabel: z.string(),
  explanation: z.string(),
  ambition: z.string(),
  ambitionLabel: z.string(),
  requirement: z.string(),
  direction: z.enum(['lower_is_better', 'higher_is_better']),
  baseline: z.object({ value: z.number(), note: z.string() }).nullable(),
  scope: z.enum(['organisation', 'team']),
  filtered: z.boolean(),
  definition: z.object({ validFrom: z.string(), numerator: z.string(), denominator: z.string(), excluded: z.string() }),
  months: z.array(z.object({ month: z.string(), value: z.number().nullable(), numerator: z.number(), denominator: z.number() })),
});

export function presentFigure(f: KpiFigure): z.infer<typeof kpiFigureSchema> {
  const d = f.definition;
  return {
    id: d.id,
    name: d.name,
    version: f.version.version,
    value: f.value,
    unit: d.unit,
    numerator: f.numerator,
    denominator: f.denominator,
    targets: f.targets.map((t) => ({ value: t.value, by: t.by })),
    status: f.status,
    statusLabel: KPI_STATUS_LABELS[f.status],
    explanation: d.explanation,
    ambition: d.ambition,
    ambitionLabel: AMBITION_LABELS[d.ambition],
    requirement: d.requirement,
    direction: d.direction,
    baseline: d.baseline,
    scope: f.scope,
    filtered: f.filtered,
    definition: { validFrom: f.version.validFrom, numerator: f.version.numerator, denominator: f.version.denominator, excluded: f.version.excluded },
    months: f.months,
  };
}

/** A public figure: organisation-wide, no months, and nothing built on fewer than five cases. */
export const publicFigureSchema = z.object({
  id: z.string(),
  name: z.string(),
  explanation: z.string(),
  unit: z.enum(['share', 'score']),
  direction: z.enum(['lower_is_better', 'higher_is_better']),
  version: z.number(),
  value: z.number().nullable(),
  denominator: z.number().nullable(),
  suppressed: z.boolean(),
  targets: z.array(z.object({ value: z.number(), by: z.string().nullable() })),
  status: z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']),
  statusLabel: z.string(),
});

export function presentPublicFigure(f: KpiFigure & { suppressed: boolean }): z.infer<typeof publicFigureSchema> {
  const d = f.definition;
  return {
    id: d.id,
    name: d.name,
    explanation: d.explanation,
    unit: d.unit,
    direction: d.direction,
    version: f.version.version,
    value: f.value,
    denominator: f.suppressed ? null : f.denominator,
    suppressed: f.suppressed,
    targets: f.targets.map((t) => ({ value: t.value, by: t.by })),
    status: f.status,
    statusLabel: KPI_STATUS_LABELS[f.status],
  };
}
