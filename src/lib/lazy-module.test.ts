import { describe, expect, test } from 'vitest';
import { failureText, loadModule, ModuleLoadError, unexpectedError } from './lazy-module.ts';

describe('loadModule', () => {
  test('passes the module through when it loads', async () => {
    await expect(loadModule(async () => ({ value: 1 }))).resolves.toEqual({ value: 1 });
  });

  // Each row: how a browser fails an import, and the purpose the message must name.
  test.each<[string, Error, 'для выгрузки' | 'для чтения таблицы']>([
    [
      'Chromium offline',
      new TypeError('Failed to fetch dynamically imported module: http://localhost/_astro/docx.js'),
      'для выгрузки',
    ],
    [
      'Firefox',
      new TypeError('error loading dynamically imported module: http://localhost/_astro/xlsx.js'),
      'для чтения таблицы',
    ],
    ['Safari', new TypeError('Importing a module script failed.'), 'для выгрузки'],
  ])(
    '%s: a Russian message that says what to do, the original kept as the cause',
    async (_browser, failure, purpose) => {
      const error = await loadModule(() => Promise.reject(failure), purpose).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModuleLoadError);
      expect((error as Error).message).toBe(
        `Не удалось загрузить модуль ${purpose}: проверьте подключение к интернету и повторите.`,
      );
      expect((error as Error).cause).toBe(failure);
    },
  );
});

describe('failureText', () => {
  const template = 'Не удалось подготовить файл: {message}';
  test.each<[string, unknown, string, string]>([
    [
      'a module that did not load',
      new ModuleLoadError('для выгрузки'),
      template,
      'Не удалось загрузить модуль для выгрузки: проверьте подключение к интернету и повторите.',
    ],
    [
      'a Russian message of our own',
      new Error('Лист «Ответы» пуст.'),
      template,
      'Не удалось подготовить файл: Лист «Ответы» пуст.',
    ],
    [
      "a library's English",
      new TypeError("Cannot read properties of undefined (reading 'map')"),
      template,
      `Не удалось подготовить файл: ${unexpectedError}`,
    ],
    ['not an Error at all', 'boom', template, `Не удалось подготовить файл: ${unexpectedError}`],
    [
      'a template without the message',
      new TypeError('x is not a function'),
      'Не получилось подготовить файл. Попробуйте ещё раз.',
      'Не получилось подготовить файл. Попробуйте ещё раз.',
    ],
  ])('%s', (_kind, error, text, expected) => {
    expect(failureText(error, text)).toBe(expected);
  });
});
