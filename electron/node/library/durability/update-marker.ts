/** The text one appended update writes, so a reader can tell which acknowledged updates it sees. */
export const updateMarker = (cycle: number, index: number): string =>
  `durability-update-${cycle}-${index}-end`;
