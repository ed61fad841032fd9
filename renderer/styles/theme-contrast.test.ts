import { describe, expect, it } from 'vitest';
import { contrastRatio } from './testing/contrast-ratio';
import themeCss from './theme.css?raw';

const stylesheets = import.meta.glob<string>('../**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The `--color-*` variables of one theme block of theme.css. */
function themeColors(selector: string): Map<string, string> {
  const start = themeCss.indexOf(`${selector} {`);
  const block = themeCss.slice(start, themeCss.indexOf('}', start));
  return new Map(
    Array.from(block.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6});/gi), (match) => [
      match[1]!,
      match[2]!,
    ]),
  );
}

const themes = { light: themeColors(':root'), dark: themeColors(":root[data-theme='dark']") };

/** Text colours and the backgrounds each is read on. */
const pairs: [string, string[]][] = [
  ['color-text', ['color-page', 'color-pane', 'color-surface', 'color-hover']],
  ['color-muted', ['color-page', 'color-pane', 'color-surface']],
  [
    'color-danger',
    ['color-page', 'color-pane', 'color-surface', 'color-danger-soft', 'color-hover'],
  ],
  ['color-warning', ['color-pane', 'color-surface', 'color-warning-soft']],
  ['color-accent', ['color-pane', 'color-surface']],
  ['color-accent-text', ['color-accent']],
  ['color-mark-text', ['color-mark']],
  ...['draft', 'submitted', 'changes', 'approved', 'published', 'spiked'].map(
    (status): [string, string[]] => [`color-status-${status}`, ['color-pane', 'color-surface']],
  ),
];

describe('theme colours', () => {
  for (const [theme, colors] of Object.entries(themes)) {
    it(`every text colour of the ${theme} theme reaches WCAG AA (4.5:1) on its backgrounds`, () => {
      const failures = pairs.flatMap(([text, backgrounds]) =>
        backgrounds
          .map((background) => ({
            pair: `${text} on ${background}`,
            ratio: contrastRatio(colors.get(text)!, colors.get(background)!),
          }))
          .filter(({ ratio }) => ratio < 4.5),
      );
      expect(failures).toEqual([]);
    });
  }

  it('the system theme repeats the dark theme', () => {
    const system = themeCss.slice(themeCss.indexOf("[data-theme='system']"));
    for (const [name, value] of themes.dark) expect(system).toContain(`--${name}: ${value};`);
  });

  it('the stylesheets only use colour variables that are defined (no silent fallback)', () => {
    const css = Object.values(stylesheets).join('\n');
    const defined = new Set(Array.from(css.matchAll(/(--[\w-]+):/g), (match) => match[1]!));
    const used = new Set(Array.from(css.matchAll(/var\((--[\w-]+)/g), (match) => match[1]!));
    const undefinedColors = [...used].filter((name) => !defined.has(name));
    expect(undefinedColors).toEqual([]);
  });
});
