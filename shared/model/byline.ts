import { z } from 'zod';

export const bylineRoles = [
  'author',
  'contributor',
  'photographer',
  'editor',
  'translator',
] as const;

export const BylineRole = z.enum(bylineRoles);
export type BylineRole = z.infer<typeof BylineRole>;

export const Byline = z.object({
  name: z.string().trim().min(1).max(200),
  role: BylineRole,
  affiliation: z.string().trim().max(200).optional(),
});
export type Byline = z.infer<typeof Byline>;
