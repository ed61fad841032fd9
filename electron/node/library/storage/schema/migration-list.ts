import { articleUpdatesTable } from './article-updates-table';
import { compactStorage } from './compact-storage';
import { deflatedUpdates } from './deflated-updates';
import { headlineVariantColumns } from './headline-variant-columns';
import { initialSchema } from './initial-schema';
import { newsroomReplicaTables } from './newsroom-replica-tables';
import type { Migration } from './migration';
import { publishingTables } from './publishing-tables';
import { reviewColumns } from './review-columns';
import { trustedKeys } from './trusted-keys';
import { typographyColumn } from './typography-column';
import { newsroomAccounts } from './newsroom-accounts';
import { wireItemsTable } from './wire-items-table';
import { featuredImagesTable } from './featured-images-table';
import { wordSearchIndex } from './word-search-index';
import { labelSearchIndex } from './label-search-index';

/** Every schema version this code knows, in order. Append only; never edit a shipped one. */
export const migrations: readonly Migration[] = [
  initialSchema,
  typographyColumn,
  compactStorage,
  reviewColumns,
  articleUpdatesTable,
  trustedKeys,
  newsroomAccounts,
  newsroomReplicaTables,
  publishingTables,
  wireItemsTable,
  featuredImagesTable,
  deflatedUpdates,
  headlineVariantColumns,
  wordSearchIndex,
  labelSearchIndex,
];

export const latestSchemaVersion = (list: readonly Migration[] = migrations): number =>
  list.reduce((latest, migration) => Math.max(latest, migration.version), 0);
