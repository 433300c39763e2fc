// Arrays as one bound parameter in an array literal: both drivers (PGlite and node-postgres) take
// a string, whereas a JavaScript array is not serialised the same way by both.
import { type SQL, sql } from 'drizzle-orm';

export const uuidArray = (ids: readonly string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;
export const textArray = (values: readonly string[]): SQL =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;
export const floatArray = (values: readonly number[]): SQL => sql`${`{${values.map((v) => String(v)).join(',')}}`}::float8[]`;
