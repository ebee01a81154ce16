import { describe, expect, test } from 'vitest';
import { previewRequest } from './preview-request.ts';

const page = (meta: string): string =>
  `<!doctype html><html><head><meta charset="utf-8">${meta}</head><body></body></html>`;
const og = (image: string, title = 'Формы', extra = ''): string =>
  page(
    `<meta property="og:title" content="${title}"><meta property="og:site_name" content="Наставник">` +
      `<meta property="og:image" content="${image}">${extra}`,
  );

describe.each([
  [
    'в корне',
    og('https://nastavnik.netlify.app/og/formy.png'),
    '/',
    { file: 'og/formy.png', title: 'Формы', siteName: 'Наставник' },
  ],
  [
    'под подкаталогом',
    og('https://uo.example.ru/nastavnichestvo/og/index.png', 'Наставник'),
    '/nastavnichestvo/',
    { file: 'og/index.png', title: 'Наставник', siteName: 'Наставник' },
  ],
  [
    'с описанием и кавычками в заголовке',
    og(
      'https://a.ru/og/x.png',
      'Анкета &laquo;Я&raquo; &amp; план',
      '<meta property="og:description" content="Коротко.">',
    ),
    '/',
    { file: 'og/x.png', title: 'Анкета «Я» & план', siteName: 'Наставник', description: 'Коротко.' },
  ],
  ['без og:image', page('<meta property="og:title" content="Формы">'), '/', undefined],
  ['без заголовка', page('<meta property="og:image" content="https://a.ru/og/x.png">'), '/', undefined],
])('previewRequest: %s', (_, html, base, expected) => {
  test('читает, что и куда рисовать', () => expect(previewRequest(html, base)).toEqual(expected));
});

test('картинка вне подкаталога сайта — ошибка сборки, а не молча пропущенный файл', () => {
  expect(() => previewRequest(og('https://a.ru/og/x.png'), '/nastavnichestvo/')).toThrow(/вне сайта/);
});
