import { useTranslation } from 'react-i18next';
import type { TargetLength } from '../../shared/model/article';
import type { Counts } from '../../shared/model/counts';
import { targetProgress } from './target-progress';

/** The body against the target length: a bar that turns to "over" past 100 %. */
export function TargetProgressBar({ counts, target }: { counts: Counts; target: TargetLength }) {
  const { t, i18n } = useTranslation('editor');
  const number = new Intl.NumberFormat(i18n.language);
  const progress = targetProgress(counts, target);
  const valueText = t('counts.targetValue', {
    value: number.format(progress.value),
    target: number.format(progress.target),
    unit: t(`counts.units.${target.unit}`, { count: progress.target }),
  });
  return (
    <div className={`target-progress${progress.over ? ' is-over' : ''}`}>
      <div
        role="progressbar"
        className="target-progress-bar"
        aria-label={t('counts.targetProgress')}
        aria-valuemin={0}
        aria-valuemax={progress.target}
        aria-valuenow={progress.value}
        aria-valuetext={valueText}
      >
        <span
          className="target-progress-fill"
          style={{ inlineSize: `${Math.min(progress.percent, 100)}%` }}
        />
      </div>
      <span className="target-progress-text">
        {progress.over
          ? t('counts.targetOver', {
              excess: number.format(progress.excess),
              unit: t(`counts.units.${target.unit}`, { count: progress.excess }),
            })
          : t('counts.targetPercent', { percent: number.format(progress.percent) })}
      </span>
    </div>
  );
}
