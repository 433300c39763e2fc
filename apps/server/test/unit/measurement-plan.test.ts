import { readFileSync } from 'node:fs';
import { KPI_DEFINITIONS, renderMeasurementPlan } from '@helder/domain';
import { describe, expect, it } from 'vitest';

describe('docs/measurement-plan.md', () => {
  it('is the generated text of the definitions (regenerate: npx tsx scripts/measurement-plan.ts)', () => {
    const onDisk = readFileSync(new URL('../../../../docs/measurement-plan.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderMeasurementPlan());
    for (const definition of KPI_DEFINITIONS) expect(onDisk).toContain(`\`${definition.id}\``);
  });
});
