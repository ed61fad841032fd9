import type { INumberingOptions, IStylesOptions } from 'docx';
import { AlignmentType, LevelFormat } from 'docx';

const twip = (inches: number): number => Math.round(inches * 1440);

/** Body text at 12 pt (sizes are in half-points): Word's unstyled default of 10 pt reads small. */
const bodySize = 24;

/** The paragraph styles the DOCX export uses beside Word's built-in Title and headings. */
export const docxStyles: IStylesOptions = {
  default: {
    document: { run: { size: bodySize }, paragraph: { spacing: { after: 120 } } },
    // Word's built-in 13 and 12 pt would no longer stand out from the body.
    heading2: { run: { size: 32 } },
    heading3: { run: { size: 28 } },
  },
  paragraphStyles: [
    {
      id: 'Standfirst',
      name: 'Standfirst',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, size: 28 },
      paragraph: { spacing: { after: 200 } },
    },
    { id: 'Byline', name: 'Byline', basedOn: 'Normal', run: { bold: true, size: 20 } },
    { id: 'Dateline', name: 'Dateline', basedOn: 'Normal', run: { smallCaps: true, size: 20 } },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      run: { italics: true },
      paragraph: { indent: { left: twip(0.5) } },
    },
    {
      id: 'PullQuote',
      name: 'Pull Quote',
      basedOn: 'Normal',
      run: { size: 32, italics: true },
      paragraph: { indent: { left: twip(0.75), right: twip(0.75) }, spacing: { before: 240 } },
    },
    {
      id: 'PullQuoteAttribution',
      name: 'Pull Quote Attribution',
      basedOn: 'Normal',
      run: { size: 20 },
      paragraph: { indent: { left: twip(0.75), right: twip(0.75) }, spacing: { after: 240 } },
    },
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      run: { size: 18, italics: true },
      paragraph: { spacing: { after: 240 } },
    },
  ],
};

const bulletSymbols = ['•', '◦', '▪'];
const listLevels = 9;

const indent = (level: number) => ({
  paragraph: { indent: { left: twip(0.5 * (level + 1)), hanging: twip(0.25) } },
});

const bulletLevels = Array.from({ length: listLevels }, (_, level) => ({
  level,
  format: LevelFormat.BULLET,
  text: bulletSymbols[level % bulletSymbols.length]!,
  alignment: AlignmentType.LEFT,
  style: indent(level),
}));

const orderedLevels = (start: number) =>
  Array.from({ length: listLevels }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start,
    alignment: AlignmentType.LEFT,
    style: indent(level),
  }));

export const bulletReference = 'copydesk-bullets';
export const orderedReference = (start: number): string => `copydesk-numbers-${start}`;

/**
 * One bullet definition, and one ordered definition per start number the document uses (every
 * level of it starts there, so a nested `<ol start="3">` counts 3, 4 …).
 */
export const docxNumbering = (orderedStarts: ReadonlySet<number>): INumberingOptions => ({
  config: [
    { reference: bulletReference, levels: bulletLevels },
    ...[...orderedStarts].map((start) => ({
      reference: orderedReference(start),
      levels: orderedLevels(start),
    })),
  ],
});

/** Deepest list nesting Word numbering supports; deeper items reuse the last level. */
export const maximumListLevel = listLevels - 1;
