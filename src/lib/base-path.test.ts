import { describe, expect, test } from 'vitest';
import { normaliseBase, withBase } from './base-path.ts';

describe('normaliseBase', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['nastavnichestvo', '/nastavnichestvo/'],
    ['/nastavnichestvo', '/nastavnichestvo/'],
    ['/nastavnichestvo/', '/nastavnichestvo/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });
});

describe('withBase', () => {
  test.each([
    ['/formy/', '/', '/formy/'],
    ['/formy/', '/nastavnichestvo/', '/nastavnichestvo/formy/'],
    ['/formy/#anketa', '/nastavnichestvo', '/nastavnichestvo/formy/#anketa'],
    ['/', '/nastavnichestvo/', '/nastavnichestvo/'],
    ['/templates/plan.docx', '/nastavnichestvo/', '/nastavnichestvo/templates/plan.docx'],
    ['/nastavnichestvo/formy/', '/nastavnichestvo/', '/nastavnichestvo/formy/'],
    ['/nastavnichestvo', '/nastavnichestvo/', '/nastavnichestvo'],
    ['/nastavnichestvo-2/', '/nastavnichestvo/', '/nastavnichestvo/nastavnichestvo-2/'],
    ['https://example.org/', '/nastavnichestvo/', 'https://example.org/'],
    ['//example.org/x', '/nastavnichestvo/', '//example.org/x'],
    ['#anketa', '/nastavnichestvo/', '#anketa'],
    ['../formy/', '/nastavnichestvo/', '../formy/'],
    ['mailto:a@example.org', '/nastavnichestvo/', 'mailto:a@example.org'],
  ])('%j under %j → %j', (href, base, expected) => {
    expect(withBase(href, base)).toBe(expected);
  });
});
