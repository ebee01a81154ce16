import { describe, expect, test } from 'vitest';
import { ogImageTree, renderOgImage, titleFontSize } from './og-image.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe.each([
  ['Наставник', 72],
  ['Анкета наставника', 72],
  ['Соглашение о сотрудничестве с организацией-партнёром программы', 58],
  ['Индивидуальный план развития молодого педагога под руководством наставника на учебный год — шаблон', 48],
])('titleFontSize(%j)', (title, expected) => {
  test(`→ ${expected}`, () => expect(titleFontSize(title)).toBe(expected));
});

test('в картинке есть заголовок страницы, название сайта и описание', () => {
  const text = JSON.stringify(
    ogImageTree({ title: 'С чего начать куратору', siteName: 'Наставник', description: 'Пять шагов.' }),
  );
  for (const part of ['С чего начать куратору', 'Наставник', 'Пять шагов.']) expect(text).toContain(part);
});

/** Two one-character titles draw different pictures only if the font has both glyphs: missing ones are equal boxes. */
async function drawnApart(a: string, b: string): Promise<boolean> {
  const [one, two] = await Promise.all([
    renderOgImage({ title: a, siteName: 'N' }),
    renderOgImage({ title: b, siteName: 'N' }),
  ]);
  return !Buffer.from(one).equals(Buffer.from(two));
}

test('картинка — PNG 1200×630', async () => {
  const png = await renderOgImage({ title: 'С чего начать куратору', siteName: 'Наставник' });
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
}, 20_000);

test.each([
  ['буквы', 'Ж', 'Щ'],
  ['ё', 'е', 'ё'],
  ['знаки препинания', ',', ';'],
  ['ёлочки и тире', '«', '—'],
])(
  'в картинке нарисованы %s, а не пустые квадраты',
  async (_, a, b) => {
    expect(await drawnApart(a, b)).toBe(true);
  },
  20_000,
);
