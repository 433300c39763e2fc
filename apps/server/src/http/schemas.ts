// Small schemas shared by routes: error bodies, query flags and paging.
import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;

/** Query-string booleans: `true`/`false` (also 1/0). */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0'], { error: 'Gebruik true of false.' })
  .transform((v) => v === 'true' || v === '1');

export const limitSchema = (max = 100, fallback = 25) =>
  z.coerce
    .number({ error: 'Vul een getal in.' })
    .int({ error: 'Vul een heel getal in.' })
    .min(1, { error: 'Het aantal is minimaal 1.' })
    .max(max, { error: `Het aantal is maximaal ${max}.` })
    .default(fallback);

/** A query filter of one or more values, as `?x=a,b` or `?x=a&x=b`, each from a fixed list. */
export function enumList<const T extends readonly [string, ...string[]]>(values: T, error: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error })));
}

export const cursorSchema = z.string().max(500).optional();

export const idParams = z.object({ id: z.uuid({ error: 'Dit kenmerk klopt niet.' }) });

/** A list split into pages: `nextCursor` is null on the last page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
