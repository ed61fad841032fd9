import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openLibrary } from '../../electron/node/library/open-library';
import type { Status } from '../../shared/model/status';
import { syntheticArticle } from './synthetic-articles';

const batchSize = 250;
const actor = { name: 'bench', role: 'chief_editor' };
/** Synthetic articles need not pass the publish-readiness checks (embargo, standfirst…). */
const benchOverride = { reason: 'Synthetic benchmark article' };

/** The workflow steps from draft to each status (the library enforces shared/workflow). */
const route: Record<Status, Status[]> = {
  draft: [],
  submitted: ['submitted'],
  changes_requested: ['submitted', 'changes_requested'],
  approved: ['submitted', 'approved'],
  published: ['submitted', 'approved', 'published'],
  spiked: ['spiked'],
};

export interface GeneratedLibrary {
  folder: string;
  markdownFolder: string;
  articles: number;
  generationMs: number;
  /** Article ids in creation order. */
  ids: string[];
}

/**
 * Creates `count` synthetic articles through the library service (create, then setStatus along
 * the workflow to the article's status), one transaction per batch of 250 through the service's test hook;
 * writes each article as Markdown too for the ripgrep baseline.
 */
export const generateLibrary = (root: string, count: number, seed: number): GeneratedLibrary => {
  const folder = path.join(root, 'library');
  const markdownFolder = path.join(root, 'markdown');
  fs.mkdirSync(markdownFolder, { recursive: true });
  let db: Database.Database | undefined;
  const started = performance.now();
  const library = openLibrary(folder, {
    create: true,
    configureDatabase: (connection) => {
      db = connection;
    },
  });
  const ids: string[] = [];
  try {
    for (let first = 0; first < count; first += batchSize) {
      const batch = (): void => {
        for (let index = first; index < Math.min(first + batchSize, count); index += 1) {
          const { draft, status, markdown } = syntheticArticle(seed, index);
          let article = library.create(draft, actor);
          for (const step of route[status]) {
            article = library.setStatus(
              {
                id: article.id,
                baseRevision: article.revision,
                status: step,
                note: '',
                override: benchOverride,
              },
              actor,
            );
          }
          ids.push(article.id);
          fs.writeFileSync(
            path.join(markdownFolder, `${String(index).padStart(5, '0')}.md`),
            markdown,
          );
        }
      };
      if (db === undefined) batch();
      else db.transaction(batch).immediate();
      process.stdout.write(
        `\r  generated ${Math.min(first + batchSize, count)} / ${count} articles`,
      );
    }
    process.stdout.write('\n');
  } finally {
    library.close();
  }
  return {
    folder,
    markdownFolder,
    articles: count,
    generationMs: performance.now() - started,
    ids,
  };
};
