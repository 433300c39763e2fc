import { z } from 'zod';
import { REPLY_CHANNELS } from '../callbacks/status.js';
import { LIMITS } from './contacts.js';
import { idSchema, localDateSchema, optionalText, requiredText } from './common.js';

export const assignInputSchema = z
  .object({
    teamId: idSchema.optional(),
    assigneeId: idSchema.nullish(),
    note: optionalText(LIMITS.note),
  })
  .refine((v) => v.teamId !== undefined || v.assigneeId !== undefined, {
    error: 'Kies een team of een collega.',
    path: ['assigneeId'],
  });
export type AssignInput = z.infer<typeof assignInputSchema>;

export const attemptInputSchema = z.object({
  note: optionalText(LIMITS.note),
});

export const interimReplyInputSchema = z.object({
  message: requiredText(LIMITS.note, 'Schrijf op wat u de klant heeft laten weten.'),
  expectedBy: localDateSchema,
  via: z.enum(REPLY_CHANNELS).optional(),
});
export type InterimReplyInput = z.infer<typeof interimReplyInputSchema>;

export const completeInputSchema = z.object({
  outcome: requiredText(LIMITS.note, 'Schrijf op wat de uitkomst is.'),
});

export const cancelInputSchema = z.object({
  reason: requiredText(LIMITS.note, 'Schrijf op waarom het verzoek vervalt.'),
});
