import { AppError } from '../../../../shared/errors/error-code';
import type { ArticleFields } from '../../../../shared/model/article';
import type { HeadlineVariantLimits } from '../../../../shared/model/headline-variants';
import type { TypographyProfileName } from '../../../../shared/text/typography-profile';
import type { Status } from '../../../../shared/model/status';
import { typographyProfiles } from '../../../../shared/text/typography-profile';
import { blockingChecks, readinessChecks } from '../../../../shared/workflow/readiness';
import type { Role } from '../../../../shared/model/role';
import { formatOverrideNote } from '../../../../shared/workflow/override-note';

/** The house settings the readiness checks use; defaults when a caller has no settings (CLI). */
export interface ReadinessPolicy {
  headlineMaxLength?: number;
  typographyProfile?: TypographyProfileName;
  /** The variants' limits when the house requires them; absent, they are not checked. */
  headlineVariants?: HeadlineVariantLimits;
}

export interface StatusOverride {
  reason: string;
}

const mayOverride = (role: Role): boolean => role === 'editor' || role === 'chief_editor';

/**
 * Refuses (AppError 'forbidden') approving or publishing an article that fails a readiness
 * check, unless an editor or chief editor overrides with a reason. Returns the note to log.
 */
export const assertReadiness = (
  article: ArticleFields,
  to: Status,
  change: {
    role: Role;
    note: string;
    override?: StatusOverride;
    now: Date;
    policy: ReadinessPolicy;
  },
): string => {
  const checks = readinessChecks(article, {
    now: change.now,
    headlineMaxLength: change.policy.headlineMaxLength,
    typographyProfile: typographyProfiles[change.policy.typographyProfile ?? 'fr-FR'],
    headlineVariants: change.policy.headlineVariants,
  });
  const failed = blockingChecks(checks, to).map((check) => check.id);
  if (failed.length === 0) return change.note;
  const reason = change.override?.reason.trim() ?? '';
  if (reason === '') {
    throw new AppError(
      'forbidden',
      `The article is not ready to be ${to}: failed checks ${failed.join(', ')}.`,
    );
  }
  if (!mayOverride(change.role)) {
    throw new AppError(
      'forbidden',
      `Only an editor or chief editor may override failed checks (${failed.join(', ')}).`,
    );
  }
  const logged = formatOverrideNote(reason, failed);
  return change.note.trim() === '' ? logged : `${change.note}\n${logged}`;
};
