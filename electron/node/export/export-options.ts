import type { NinjsVersion } from '../../../shared/export/render-ninjs';
import type { Article } from '../../../shared/model/article';
import type { ExistingFiles, ExportFormat, ExportImages } from '../../../shared/model/export-job';

/** How a batch is rendered; the same in the calling thread and in the export worker. */
export interface ExportOptions {
  format: ExportFormat;
  images: ExportImages;
  /** Standalone HTML: embed the print-friendly stylesheet. */
  stylesheet: boolean;
  /** HTML fragment and WXR content: WordPress block-editor comments. */
  gutenberg: boolean;
  /** HTML, fragment and WXR content: links get `rel="nofollow"`. */
  nofollow: boolean;
  /** ninjs: IPTC's 2.x (when absent) or 3.x. */
  ninjsVersion?: NinjsVersion;
}

/** What the worker needs: plain data only (it is copied across threads). */
export interface ExportJob {
  options: ExportOptions;
  articles: Article[];
  /** The folder the files are written into. */
  outDir: string;
  /** The library folder, for reading image assets. */
  libraryPath: string;
  /** What to do when a file of the batch is already in `outDir`. */
  existing: ExistingFiles;
  /** When the batch started (ISO), for the WXR file name and channel date. */
  startedAt: string;
}
