import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffBlock } from '../../shared/diff/diff-block';
import type { DiffCounts } from '../../shared/diff/diff-counts';
import type { MetadataChange } from '../../shared/diff/diff-metadata';
import { collapseUnchanged } from './collapse-unchanged';
import { DiffBlockText } from './DiffBlockText';
import { MetadataChangesTable } from './MetadataChangesTable';
import './diff.css';

interface DiffViewProps {
  blocks: DiffBlock[];
  metadata: MetadataChange[];
  counts: DiffCounts;
  /** Offered on changed and deleted blocks when the comparison is with the current text. */
  onRestoreParagraph?: (position: number) => void;
  restoreDisabled?: boolean;
}

const restorable = (block: DiffBlock) => block.kind === 'changed' || block.kind === 'deleted';

/** The differences between two versions: counts, legend, metadata table, then the text block by block. */
export function DiffView({
  blocks,
  metadata,
  counts,
  onRestoreParagraph,
  restoreDisabled,
}: DiffViewProps) {
  const { t } = useTranslation('diff');
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const identical = metadata.length === 0 && blocks.every((block) => block.kind === 'same');

  const renderBlock = (position: number) => {
    const block = blocks[position]!;
    return (
      <li key={position} className={`diff-block is-${block.kind} is-${block.type}`}>
        <p className="diff-block-text">
          {block.parts.length > 0 ? (
            <DiffBlockText parts={block.parts} />
          ) : (
            <em>{t('emptyBlock')}</em>
          )}
        </p>
        {block.formattingChanged && <p className="diff-block-note">{t('formattingChanged')}</p>}
        {onRestoreParagraph && restorable(block) && (
          <button
            type="button"
            className="button button-small"
            disabled={restoreDisabled}
            onClick={() => onRestoreParagraph(position)}
          >
            {t('restoreParagraph')}
          </button>
        )}
      </li>
    );
  };

  return (
    <section className="diff-view" aria-label={t('region')}>
      <p className="diff-counts">
        {t('added', { count: counts.added })}, {t('removed', { count: counts.removed })}
      </p>
      <p className="diff-legend" aria-label={t('legend')}>
        <ins>{t('legendAdded')}</ins> <del>{t('legendRemoved')}</del>
      </p>
      {identical && <p>{t('noDifference')}</p>}
      {metadata.length > 0 && <MetadataChangesTable changes={metadata} />}
      <ol className="diff-blocks" aria-label={t('blocks')}>
        {collapseUnchanged(blocks).map((row) =>
          row.kind === 'block' ? (
            renderBlock(row.position)
          ) : unfolded.has(row.positions[0]!) ? (
            row.positions.map(renderBlock)
          ) : (
            <li key={`fold-${row.positions[0]}`} className="diff-fold">
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => setUnfolded(new Set(unfolded).add(row.positions[0]!))}
              >
                {t('unchanged', { count: row.positions.length })}
              </button>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
