import type { Locator, Page } from '@playwright/test';

/** One control whose label does not fit: what it says, and the widths involved. */
export interface ClippedControl {
  text: string;
  needed: number;
  available: number;
}

/** One piece of text read on a background too close to its colour. */
export interface LowContrastText {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * The visible buttons, menu items and selects under `scope` whose label is cut: a button's text
 * wider than its box, a select's longest option wider than the room beside its arrow (unless a
 * description under the select spells out the chosen one when it is cut), or a control outside
 * the window or the box that clips it.
 */
export async function clippedControls(scope: Locator): Promise<ClippedControl[]> {
  return scope.evaluate((root) => {
    // Chromium draws a select's arrow in about 20 px at its end, inside the padding.
    const arrow = 20;
    const canvas = document.createElement('canvas').getContext('2d')!;
    const controls = root.querySelectorAll<HTMLElement>('button, select, [role="menuitem"]');
    return Array.from(controls).flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || control.checkVisibility() === false) return [];
      const style = getComputedStyle(control);
      // Outside the window, or outside a box that clips it: walk up the containing blocks (an
      // absolutely placed panel escapes the scrolling boxes between it and its positioned one).
      let outside = box.left < -1 || box.right > window.innerWidth + 1;
      for (let node: HTMLElement | null = control; node && !outside;) {
        const position = getComputedStyle(node).position;
        if (position === 'fixed') break;
        let block: HTMLElement | null = node.parentElement;
        if (position === 'absolute')
          while (block && getComputedStyle(block).position === 'static')
            block = block.parentElement;
        node = block;
        if (!block) break;
        const frame = block.getBoundingClientRect();
        // A `display: contents` box has no rectangle of its own.
        if (getComputedStyle(block).overflowX === 'visible' || frame.width === 0) continue;
        outside = box.left < frame.left - 1 || box.right > frame.right + 1;
      }
      if (control instanceof HTMLSelectElement) {
        // Any option may be the chosen one: the longest must fit.
        canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const widths = Array.from(control.options, (option) => ({
          text: option.text,
          width: Math.ceil(canvas.measureText(option.text).width),
        }));
        const { text, width: needed } = widths.reduce(
          (widest, option) => (option.width > widest.width ? option : widest),
          { text: '', width: 0 },
        );
        const available =
          control.clientWidth -
          Number.parseFloat(style.paddingInlineStart) -
          Math.max(Number.parseFloat(style.paddingInlineEnd), arrow);
        // A long choice may be cut when the select's description repeats it in full.
        const description = Array.from(
          (control.getAttribute('aria-describedby') ?? '').split(' '),
          (id) => document.getElementById(id)?.textContent ?? '',
        ).join(' ');
        const chosen = control.selectedOptions[0]?.text ?? '';
        const chosenFits = Math.ceil(canvas.measureText(chosen).width) <= available;
        const readable =
          needed <= available ||
          (description !== '' && (chosenFits || description.includes(chosen)));
        return !readable || outside ? [{ text, needed, available }] : [];
      }
      const text = control.innerText.trim();
      const needed = control.scrollWidth;
      const available = control.clientWidth;
      return needed > available + 1 || outside ? [{ text, needed, available }] : [];
    });
  });
}

/**
 * The visible texts (enabled ones: WCAG exempts disabled controls) whose colour, faded by any
 * opacity, is under 4.5:1 on the background actually painted behind them (3:1 for large text).
 */
export async function lowContrastTexts(page: Page): Promise<LowContrastText[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const numbers = value.match(/[\d.]+/g)!.map(Number);
      return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3];
      return [0, 1, 2]
        .map((index) => top[index]! * alpha + bottom[index]! * (1 - alpha))
        .concat(1) as Rgba;
    };
    const luminance = ([red, green, blue]: Rgba) => {
      const [r, g, b] = [red, green, blue].map((channel) => {
        const value = channel / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color[3] > 0) layers.push(color);
        if (color[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const opacity = (element: Element): number => {
      let product = 1;
      for (let node: Element | null = element; node; node = node.parentElement)
        product *= Number(getComputedStyle(node).opacity);
      return product;
    };
    const readable = (element: Element): string => {
      if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.text ?? '';
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
        return element.value;
      return Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
    };
    const failures: {
      text: string;
      color: string;
      background: string;
      ratio: number;
    }[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const text = readable(element);
      if (text === '' || element.closest(':disabled, [aria-disabled="true"]')) continue;
      if (!element.checkVisibility({ opacityProperty: false, visibilityProperty: true })) continue;
      if (element.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(element);
      const behind = background(element);
      const color = parse(style.color);
      const seen = over([color[0], color[1], color[2], color[3] * opacity(element)], behind);
      const [light, dark] = [luminance(seen), luminance(behind)].sort((a, b) => b - a);
      const ratio = (light! + 0.05) / (dark! + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        failures.push({
          text: text.slice(0, 40),
          color: style.color,
          background: `rgb(${behind.slice(0, 3).map(Math.round).join(', ')})`,
          ratio: Math.round(ratio * 100) / 100,
        });
    }
    return failures;
  });
}
