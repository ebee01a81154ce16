import { describe, expect, test } from 'vitest';
import { documentTitle, ogImagePath, ogImageUrl, shareLinks } from './page-meta.ts';

describe.each([
  ['Наставник', 'Наставник', 'Наставник'],
  [' Наставник ', 'Наставник', 'Наставник'],
  ['С чего начать куратору', 'Наставник', 'С чего начать куратору | Наставник'],
  ['Формы и шаблоны', 'Наставник Заречного округа', 'Формы и шаблоны | Наставник Заречного округа'],
])('documentTitle(%j, %j)', (page, site, expected) => {
  test(`→ ${expected}`, () => expect(documentTitle(page, site)).toBe(expected));
});

describe.each([
  ['/', '/', '/og/index.png'],
  ['/formy/', '/', '/og/formy.png'],
  ['/metodologiya/s-chego-nachat/', '/', '/og/metodologiya/s-chego-nachat.png'],
  ['/municipalitet/nastavniki/2/', '/', '/og/municipalitet/nastavniki/2.png'],
  ['/404.html', '/', '/og/404.png'],
  ['/formy/index.html', '/', '/og/formy.png'],
  ['/nastavnichestvo/', '/nastavnichestvo/', '/nastavnichestvo/og/index.png'],
  ['/nastavnichestvo/formy/', '/nastavnichestvo/', '/nastavnichestvo/og/formy.png'],
  ['/nastavnichestvo/formy/', '/nastavnichestvo', '/nastavnichestvo/og/formy.png'],
])('ogImagePath(%j, base %j)', (pathname, base, expected) => {
  test(`→ ${expected}`, () => expect(ogImagePath(pathname, base)).toBe(expected));
});

describe.each([
  ['/formy/', '/', 'https://nastavnik.netlify.app', 'https://nastavnik.netlify.app/og/formy.png'],
  [
    '/nastavnichestvo/formy/',
    '/nastavnichestvo/',
    'https://uo.example.ru',
    'https://uo.example.ru/nastavnichestvo/og/formy.png',
  ],
  ['/', '/', new URL('https://uo.example.ru/'), 'https://uo.example.ru/og/index.png'],
])('ogImageUrl(%j, %j, %s)', (pathname, base, site, expected) => {
  test(`→ ${expected}`, () => expect(ogImageUrl(pathname, base, site)).toBe(expected));
});

describe('shareLinks', () => {
  const [vk, telegram] = shareLinks('https://nastavnik.netlify.app/formy/?a=1&b=2', 'Формы и «шаблоны»');
  test.each([
    ['ВКонтакте', vk, 'https://vk.com/share.php?', 'url', 'title'],
    ['Telegram', telegram, 'https://t.me/share/url?', 'url', 'text'],
  ])('%s: адрес и заголовок закодированы целиком', (name, link, prefix, urlParam, titleParam) => {
    expect(link?.name).toBe(name);
    expect(link?.href.startsWith(prefix)).toBe(true);
    const params = new URL(link!.href).searchParams;
    expect(params.get(urlParam)).toBe('https://nastavnik.netlify.app/formy/?a=1&b=2');
    expect(params.get(titleParam)).toBe('Формы и «шаблоны»');
  });
});
