import { z } from 'zod';

export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: TiptapMark[];
  text?: string;
}

export const TiptapMark: z.ZodType<TiptapMark> = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const TiptapNode: z.ZodType<TiptapNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(TiptapNode).optional(),
    marks: z.array(TiptapMark).optional(),
    text: z.string().optional(),
  }),
);

export const TiptapDocument = z.lazy(() =>
  z.object({
    type: z.literal('doc'),
    content: z.array(TiptapNode).optional(),
  }),
);
export type TiptapDocument = z.infer<typeof TiptapDocument>;

export const emptyDocument = (): TiptapDocument => ({
  type: 'doc',
  content: [{ type: 'paragraph' }],
});
