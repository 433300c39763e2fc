// Onboarding (R5.2): a checklist for every new employee (the organisation's service goals, their
// team's goals, the B1 writing guide, the knowledge base, items of their own team). Employees
// confirm each item; team leads see who has finished; administrators keep the checklist.
import { z } from 'zod';
import { idSchema } from '../validation/common.js';

const link = z
  .string()
  .trim()
  .max(500, { error: 'Een link is hoogstens 500 tekens.' })
  .refine((v) => v === '' || v.startsWith('/') || /^https:\/\//.test(v), { error: 'Gebruik een pad in Helder (begint met /) of een adres dat begint met https://.' });

export const onboardingItemInputSchema = z.object({
  title: z.string({ error: 'Geef het onderdeel een naam.' }).trim().min(1, { error: 'Geef het onderdeel een naam.' }).max(200, { error: 'Een naam is hoogstens 200 tekens.' }),
  description: z.string({ error: 'Schrijf wat de nieuwe collega moet doen.' }).trim().min(1, { error: 'Schrijf wat de nieuwe collega moet doen.' }).max(2000, { error: 'Schrijf dit in hoogstens 2000 tekens.' }),
  link: link.optional(),
  /** Only for this team; without it the item is for everyone. */
  teamId: idSchema.nullable().optional(),
  position: z.number({ error: 'Vul een getal in.' }).int({ error: 'Vul een heel getal in.' }).min(0).max(1000).optional(),
});
export type OnboardingItemInput = z.infer<typeof onboardingItemInputSchema>;

export const onboardingItemUpdateSchema = onboardingItemInputSchema.partial().extend({
  active: z.boolean({ error: 'Geef aan of het onderdeel nog op de lijst staat.' }).optional(),
});

export const onboardingItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  link: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  position: z.number(),
  active: z.boolean(),
  completedAt: z.string().nullable(),
});

export const onboardingChecklistSchema = z.object({
  items: z.array(onboardingItemSchema),
  done: z.number(),
  total: z.number(),
});

export const onboardingTeamProgressSchema = z.array(
  z.object({ employeeId: z.string(), name: z.string(), done: z.number(), total: z.number(), finished: z.boolean(), lastCompletedAt: z.string().nullable() }),
);
