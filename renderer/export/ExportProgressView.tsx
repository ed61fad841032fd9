import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFailure } from '../../shared/model/export-job';
import type { ExportPhase } from './export-store';
import { ExportFailuresList } from './ExportFailuresList';
import { ExportFolder } from './ExportFolder';
import { pathParts } from './path-parts';

export interface ExportProgressViewProps {
  phase: ExportPhase;
  done: number;
  total: number;
  paths: string[];
  failures: ExportFailure[];
  folderPath: string | null;
  onShowFolder: (() => void) | null;
}

/**
 * The progress bar while the job runs, then the files it wrote (selectable text) and the
 * articles it could not export, each with the reason.
 */
export function ExportProgressView({
  phase,
  done,
  total,
  paths,
  failures,
  folderPath,
  onShowFolder,
}: ExportProgressViewProps) {
  const { t } = useTranslation('transfer');
  const pathsId = useId();
  const finished = phase === 'done' || phase === 'cancelled' || phase === 'failed';
  return (
    <div className="export-progress">
      <div
        role="progressbar"
        aria-label={t('export.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('export.progressText', { done, total })}
        className="progress-track"
      >
        <div
          className="progress-fill"
          style={{ width: total === 0 ? '0%' : `${Math.round((done / total) * 100)}%` }}
        />
      </div>
      <p className="export-status" role="status">
        {phase === 'starting' && t('export.starting')}
        {phase === 'running' && t('export.progressText', { done, total })}
        {phase === 'done' && t('export.done', { count: paths.length })}
        {phase === 'cancelled' && t('export.cancelled')}
      </p>
      {finished && failures.length > 0 && <ExportFailuresList failures={failures} />}
      {finished && paths.length > 0 && (
        <div className="field">
          <p id={pathsId} className="field-label">
            {t('export.paths')}
          </p>
          {/* One file a line, its whole name readable: the folder muted, the name in full. */}
          <ul className="export-paths" aria-labelledby={pathsId}>
            {paths.map((path) => {
              const { folder, name } = pathParts(path);
              return (
                <li key={path}>
                  <span className="export-path-folder">{folder}</span>
                  <span className="export-path-name">{name}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {finished && paths.length > 0 && folderPath !== null && (
        <ExportFolder folderPath={folderPath} onShowFolder={onShowFolder} />
      )}
    </div>
  );
}
