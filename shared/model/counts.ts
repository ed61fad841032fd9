import { z } from 'zod';

export const Counts = z.object({
  words: z.number().int().nonnegative(),
  signes: z.number().int().nonnegative(),
  signesWithoutSpaces: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof Counts>;
