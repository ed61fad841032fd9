import { useMemo } from 'react';
import type { ReadinessCheck } from '../../shared/workflow/readiness';
import { readinessChecks } from '../../shared/workflow/readiness';
import { readinessPolicy } from '../../shared/workflow/readiness-policy';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';

/** The readiness checklist of the open article, recomputed as it is edited; null without one. */
export const useReadiness = (): ReadinessCheck[] | null => {
  const article = useEditorSession((state) => state.article);
  const settings = useSettingsStore((state) => state.settings);
  return useMemo(() => {
    if (article === null) return null;
    const policy = settings === null ? undefined : readinessPolicy(settings);
    return readinessChecks(article, {
      now: new Date(),
      headlineMaxLength: policy?.headlineMaxLength,
      typographyProfile: typographyProfiles[policy?.typographyProfile ?? 'fr-FR'],
      headlineVariants: policy?.headlineVariants,
    });
  }, [article, settings]);
};
