import { z } from 'zod';
import { MAX_WORKING_DAYS } from '../calendar/working-days.js';
import { ROLES } from '../organisation/roles.js';
import { emailSchema, idSchema, localDateSchema, optionalText } from './common.js';
import { requiredName, requiredSubject } from './names.js';
import { MIN_PASSWORD_LENGTH, PASSWORD_MESSAGES, isCommonPassword } from './passwords.js';

const workingDays = z
  .number({ error: 'Vul een aantal werkdagen in.' })
  .int({ error: 'Vul een heel aantal werkdagen in.' })
  .min(1, { error: 'De termijn is minimaal 1 werkdag.' })
  .max(MAX_WORKING_DAYS, { error: `De termijn is maximaal ${MAX_WORKING_DAYS} werkdagen.` });

export const teamInputSchema = z.object({
  name: requiredName(120, 'Vul de naam van het team in.'),
  description: optionalText(1000),
  deadlineWorkingDays: workingDays.default(2),
  active: z.boolean().default(true),
});
export const teamPatchSchema = z.object({
  name: requiredName(120, 'Vul de naam van het team in.').optional(),
  description: optionalText(1000),
  deadlineWorkingDays: workingDays.optional(),
  active: z.boolean().optional(),
});

export const productInputSchema = z.object({
  name: requiredName(200, 'Vul de naam van het product of de dienst in.'),
  teamId: idSchema,
  description: optionalText(2000),
  active: z.boolean().default(true),
});
export const productPatchSchema = z.object({
  name: requiredName(200, 'Vul de naam van het product of de dienst in.').optional(),
  teamId: idSchema.optional(),
  description: optionalText(2000),
  active: z.boolean().optional(),
});

/** A new or changed password (see passwords.ts); logging in with an existing one is not checked. */
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: PASSWORD_MESSAGES.tooShort, abort: true })
  .max(200)
  .refine((v) => v.trim() !== '', { error: PASSWORD_MESSAGES.onlySpaces, abort: true })
  .refine((v) => !isCommonPassword(v), { error: PASSWORD_MESSAGES.common });

const requiredEmail = emailSchema.refine((v) => v !== '', { error: 'Vul het e-mailadres in.' });

export const employeeInputSchema = z.object({
  name: requiredName(200, 'Vul de naam in.'),
  email: requiredEmail,
  roles: z.array(z.enum(ROLES)).min(1, { error: 'Kies minimaal één rol.' }).max(ROLES.length),
  teamId: idSchema.nullable().default(null),
  password: password.optional(),
  active: z.boolean().default(true),
});
export const employeePatchSchema = z.object({
  name: requiredName(200, 'Vul de naam in.').optional(),
  email: requiredEmail.optional(),
  roles: z.array(z.enum(ROLES)).min(1, { error: 'Kies minimaal één rol.' }).max(ROLES.length).optional(),
  teamId: idSchema.nullable().optional(),
  password: password.optional(),
  active: z.boolean().optional(),
});

export const closingDayInputSchema = z.object({
  date: localDateSchema,
  name: requiredSubject(120, 'Vul in waarom de gemeente die dag dicht is.'),
  /** `equalised`: made equal to a general holiday by a Besluit gelijkstelling (default: the municipality's own day). */
  kind: z.enum(['municipal', 'equalised'], { error: 'Kies een eigen sluitingsdag of een dag die bij besluit is gelijkgesteld.' }).optional(),
});

export const loginInputSchema = z.object({
  email: z.string().trim().min(1, { error: 'Vul uw e-mailadres in.' }).max(254),
  password: z.string().min(1, { error: 'Vul uw wachtwoord in.' }).max(200),
});
