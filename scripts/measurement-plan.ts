// Writes docs/measurement-plan.md from the KPI definitions: npx tsx scripts/measurement-plan.ts
import { writeFileSync } from 'node:fs';
import { renderMeasurementPlan } from '../packages/domain/src/index.js';

const target = new URL('../docs/measurement-plan.md', import.meta.url);
writeFileSync(target, renderMeasurementPlan());
console.log(`wrote ${target.pathname}`);
