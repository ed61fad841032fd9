import { z } from 'zod';

export const roles = ['reporter', 'editor', 'chief_editor'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;
