import { describe, expect, it } from 'vitest';
import { downloadName, surnameOf } from './download-name.ts';

describe('downloadName', () => {
  it.each([
    [['prikaz-o-zakreplenii-par', '2026-10-16'], 'docx', 'prikaz-o-zakreplenii-par-2026-10-16.docx'],
    [['plan', 'Громова', 'Иванова'], 'docx', 'plan-gromova-ivanova.docx'],
    [['Щукина', 'Ёлкина'], 'pdf', 'schukina-yolkina.pdf'],
    [['МБОУ «СОШ № 5»'], 'json', 'mbou-sosh-5.json'],
    [['', null, undefined], 'docx', 'dokument.docx'],
    [['a/b\\c:d*e?f"g<h>i|j'], 'csv', 'a-b-c-d-e-f-g-h-i-j.csv'],
  ] as const)('%j.%s → %s', (parts, extension, expected) => {
    expect(downloadName(parts, extension)).toBe(expected);
  });

  it('cuts a long name at a hyphen, not inside a word', () => {
    const name = downloadName(
      ['Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5» города Н'],
      'zip',
    );
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^[a-z0-9-]+[a-z0-9]\.zip$/);
    expect(name.startsWith('munitsipalnoe-byudzhetnoe')).toBe(true);
  });
});

describe('surnameOf', () => {
  it.each([
    ['Громова Ольга Петровна', 'Громова'],
    ['  Иванов И. И.', 'Иванов'],
    ['', ''],
  ])('%s → %s', (name, surname) => expect(surnameOf(name)).toBe(surname));
});
