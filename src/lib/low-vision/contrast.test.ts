import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { lowVisionOptions } from './settings.ts';

describe('contrastRatio', () => {
  test.each([
    ['#000', '#fff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#063462', '#9dd1ff', 7.76],
  ])('%s on %s', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(expected, 2);
  });

  test('rejects what is not a colour', () => {
    expect(() => contrastRatio('blue', '#fff')).toThrow(/#rrggbb/);
  });
});

// The colours of each scheme are read from the stylesheet itself, so a changed colour is checked too.
const css = readFileSync(join(import.meta.dirname, '../../styles/low-vision.css'), 'utf8');
const schemes = lowVisionOptions.scheme.filter((scheme) => scheme !== 'site');

describe.each(schemes)('scheme %s', (scheme) => {
  test('its text and background have a contrast of at least 7:1', () => {
    const block = new RegExp(`:root\\[data-lv-scheme='${scheme}'\\] \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    const fg = /--lv-fg:\s*(#[0-9a-f]+)/i.exec(block)?.[1];
    const bg = /--lv-bg:\s*(#[0-9a-f]+)/i.exec(block)?.[1];
    expect(fg, `--lv-fg of ${scheme}`).toBeDefined();
    expect(bg, `--lv-bg of ${scheme}`).toBeDefined();
    expect(contrastRatio(fg!, bg!)).toBeGreaterThanOrEqual(7);
  });

  test('the colours of its chart series stand at least 3:1 against its background, five of them', () => {
    const bg = new RegExp(`:root\\[data-lv-scheme='${scheme}'\\] \\{[^}]*--lv-bg:\\s*(#[0-9a-f]+)`, 'i').exec(css)?.[1];
    const block = new RegExp(`:root\\[data-lv-scheme='${scheme}'\\] \\.mon \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    const series = [...block.matchAll(/--mon-\d:\s*(#[0-9a-f]+)/gi)].map((m) => m[1]!);
    expect(series).toHaveLength(5);
    for (const colour of series) expect(contrastRatio(colour, bg!), colour).toBeGreaterThanOrEqual(3);
  });
});
