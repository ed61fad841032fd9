import { useMemo } from 'react';
import type { ReadinessCheck } from '../../shared/workflow/readiness';
import { readinessChecks } from '../../shared/workflow/readiness';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';

/** The readiness checklist of the open article, recomputed as it is edited; null without one. */
export const useReadiness = (): ReadinessCheck[] | null => {
  const article = useEditorSession((state) => state.article);
  const headlineMaxLength = useSettingsStore((state) => state.settings?.headlineMaxLength);
  const profile = useSettingsStore((state) => state.settings?.typographyProfile ?? 'fr-FR');
  return useMemo(
    () =>
      article === null
        ? null
        : readinessChecks(article, {
            now: new Date(),
            headlineMaxLength,
            typographyProfile: typographyProfiles[profile],
          }),
    [article, headlineMaxLength, profile],
  );
};
