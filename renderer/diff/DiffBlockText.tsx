import type { DiffPart } from '../../shared/diff/diff-block';
import { missingCaseError } from '../../shared/errors/missing-case';

/** A block's parts as text nodes: insertions in `<ins>`, deletions in `<del>`. */
export function DiffBlockText({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) => {
    switch (part.kind) {
      case 'same':
        return <span key={index}>{part.text}</span>;
      case 'inserted':
        return <ins key={index}>{part.text}</ins>;
      case 'deleted':
        return <del key={index}>{part.text}</del>;
      default:
        throw missingCaseError(part.kind);
    }
  });
}
