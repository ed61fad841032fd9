import { z } from 'zod';

export const statuses = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'published',
  'spiked',
] as const;

export const Status = z.enum(statuses);
export type Status = z.infer<typeof Status>;
