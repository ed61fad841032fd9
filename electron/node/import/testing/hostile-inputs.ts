import { Document, Packer, Paragraph } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { deflateBomb } from './deflate-bomb';
import { zipArchive } from './zip-archive';

export interface HostileInput {
  /** The file name, as the user would import it. */
  name: string;
  about: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  /** What the refusal must say, or null when importing it (correctly, in bounds) is right too. */
  refusal: RegExp | null;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const lines = (count: number, line: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n');

const tableRow = (columns: number, cell: string): string =>
  `|${Array.from({ length: columns }, () => cell).join('|')}|`;

// A real Word document whose document.xml is replaced, so mammoth reaches the crafted part.
const docxWithDocument = async (documentXml: string): Promise<Uint8Array> => {
  const base = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('x')] }] }),
  );
  const files = unzipSync(new Uint8Array(base));
  files['word/document.xml'] = strToU8(documentXml);
  return zipSync(files);
};

const billionLaughs = (): string => {
  const entities = Array.from(
    { length: 9 },
    (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
  ).join('');
  return `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">${entities}]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
};

/**
 * Generated inputs that once crashed the process, ran for tens of seconds or took gigabytes;
 * each must now be refused with its reason, or import within the worker's budget and cap.
 */
export const hostileInputs: HostileInput[] = [
  {
    name: 'listes-indentees.md',
    about: 'lists nested 2,000 deep by indentation alone (2 more spaces a line)',
    bytes: () => encode(lines(2_000, (index) => `${' '.repeat(2 * index)}- point`)),
    refusal: /listes-indentees\.md: lists nested 2,000 deep; Copydesk accepts 32/,
  },
  {
    name: 'listes-marqueurs.md',
    about: '8,000 list markers on one line',
    bytes: () => encode(`${'* '.repeat(8_000)}a`),
    refusal: /lists nested 8,000 deep; Copydesk accepts 32/,
  },
  {
    name: 'citations.md',
    about: 'block quotes nested 2,000 deep, one more a line',
    bytes: () => encode(lines(2_000, (index) => `${'> '.repeat(index + 1)}citation`)),
    refusal: /citations\.md: quotes nested 2,000 deep/,
  },
  {
    name: 'emphases.md',
    about: 'bold and italics nested 400 deep in one paragraph',
    bytes: () => encode(`${'*a '.repeat(400)}mot${'*'.repeat(400)}`),
    refusal: /emphases\.md: bold, italics and links nested more than 32 deep/,
  },
  {
    name: 'gras-en-serie.md',
    about: '100,000 bold words, 100 to a paragraph',
    bytes: () => encode(`${'**gras** et '.repeat(100)}\n\n`.repeat(1_000)),
    refusal: null,
  },
  {
    name: 'ponctuation.md',
    about: '200,000 emphasis marks in one paragraph',
    bytes: () => encode('*a '.repeat(200_000)),
    refusal: /ponctuation\.md: a paragraph holds 200,000 Markdown marks/,
  },
  {
    name: 'tableau-large.md',
    about: 'a GFM table 500 columns wide, 100 rows',
    bytes: () =>
      encode(
        [
          tableRow(500, 'h'),
          tableRow(500, '---'),
          ...lines(100, () => tableRow(500, 'x')).split('\n'),
        ].join('\n'),
      ),
    refusal: /tableau-large\.md: a table is 500 columns wide; Copydesk accepts 64/,
  },
  {
    name: 'paragraphe-geant.md',
    about: 'one 18 MB paragraph',
    bytes: () => encode('mot '.repeat(4_500_000)),
    refusal:
      /paragraphe-geant\.md: a paragraph is 18,000,000 characters long; Copydesk accepts 1,000,000/,
  },
  {
    name: 'paragraphes.md',
    about: '1,000,000 short paragraphs',
    bytes: () => encode('Un paragraphe.\n\n'.repeat(1_000_000)),
    refusal: /paragraphes\.md: it holds more than 50,000 paragraphs, list items and quotes/,
  },
  {
    name: 'lignes.txt',
    about: '4,000,000 one-letter paragraphs of plain text',
    bytes: () => encode('a\n\n'.repeat(4_000_000)),
    refusal: /lignes\.txt: it holds more than 50,000 paragraphs; Copydesk accepts 50,000/,
  },
  {
    name: 'auto-fermants.html',
    about: '100,000 <div/>, each opening a div in an HTML parser',
    bytes: () => encode(`<body>${'<div/>'.repeat(100_000)}texte</body>`),
    refusal: /auto-fermants\.html: its HTML elements nest more than 256 deep/,
  },
  {
    name: 'non-fermes.html',
    about: '100,000 unclosed <span>',
    bytes: () => encode(`<p>${'<span>'.repeat(100_000)}texte</p>`),
    refusal: /non-fermes\.html: its HTML elements nest more than 256 deep/,
  },
  {
    name: 'gras-non-fermes.html',
    about: '100,000 unclosed <b>, formatting elements the parser reopens',
    bytes: () => encode(`<p>${'<b>x'.repeat(100_000)}</p>`),
    refusal: /gras-non-fermes\.html: its HTML elements nest more than 256 deep/,
  },
  {
    name: 'tableau-large.html',
    about: 'an HTML table 500 columns wide',
    bytes: () => encode(`<table>${`<tr>${'<td>x'.repeat(500)}`.repeat(100)}</table>`),
    refusal: /tableau-large\.html: a table is 500 columns wide; Copydesk accepts 64/,
  },
  {
    name: 'elements.html',
    about: '1,000,000 paragraphs',
    bytes: () => encode(`<body>${'<p>a</p>'.repeat(1_000_000)}</body>`),
    refusal: /elements\.html: it holds more than 100,000 HTML elements/,
  },
  {
    name: 'entites.html',
    about: '2,000,000 character references in one paragraph',
    bytes: () => encode(`<p>${'&eacute;&#x1F600;&amp; '.repeat(800_000)}</p>`),
    refusal: /entites\.html: it holds more than 1,000,000 characters of text/,
  },
  {
    name: 'bombe.docx',
    about: 'a ZIP whose directory declares 1 KB for word/document.xml, which inflates to 1 GB',
    bytes: () =>
      zipArchive([
        { name: 'word/document.xml', data: deflateBomb(1024 ** 3), method: 8, declaredSize: 1024 },
      ]),
    refusal: /bombe\.docx: it would unpack to more than 200 MB/,
  },
  {
    name: 'entites.docx',
    about: 'a Word document whose XML declares a billion-laughs entity bomb',
    bytes: () => docxWithDocument(billionLaughs()),
    refusal: null,
  },
];
