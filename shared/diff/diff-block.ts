/** A run of text on one side of a comparison, or on both. */
export interface DiffPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/**
 * One top-level block of the compared documents. `oldIndex` and `newIndex` are positions in
 * the documents' top-level content. A block whose text is equal but whose formatting or node
 * type changed is `changed` with only `same` parts and `formattingChanged` set.
 */
export interface DiffBlock {
  kind: 'same' | 'changed' | 'inserted' | 'deleted';
  /** The node type shown: the new side's, or the old side's for a deleted block. */
  type: string;
  oldIndex?: number;
  newIndex?: number;
  parts: DiffPart[];
  formattingChanged?: boolean;
}
