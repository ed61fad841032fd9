/** Agency items are a few kilobytes; anything near these is not a wire item. */
export const wireLimits = {
  fileBytes: 8 * 1024 * 1024,
  elementDepth: 200,
  textNodeCharacters: 1024 * 1024,
} as const;
