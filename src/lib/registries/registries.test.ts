import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { blankRows, registries, registryRows, registryXlsx } from './registries.ts';

describe.each(registries)('$title', (registry) => {
  test('has a Latin file name, a № column first and no column twice', () => {
    expect(registry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(registry.columns[0]).toBe('№');
    expect(new Set(registry.columns).size).toBe(registry.columns.length);
  });

  test('the blank sheet is the header and numbered empty rows', () => {
    const rows = registryRows(registry);
    expect(rows).toHaveLength(blankRows + 1);
    expect(rows[0]).toEqual(registry.columns);
    expect(rows.at(-1)).toEqual([blankRows, ...registry.columns.slice(1).map(() => null)]);
  });

  test('the .xlsx names its sheet after the registry and carries every heading', () => {
    const files = unzipSync(registryXlsx(registry));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain(`name="${registry.title}"`);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    for (const column of registry.columns) expect(sheet).toContain(column);
    expect(sheet).toContain(`<v>${blankRows}</v>`);
  });
});

test('the three registries of seed 001: programmes, mentors, mentees', () => {
  expect(registries.map((r) => r.title)).toEqual([
    'Реестр программ наставничества',
    'Реестр наставников',
    'Реестр наставляемых',
  ]);
});
