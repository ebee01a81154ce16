import { describe, expect, test } from 'vitest';
import { dataLoader, readDataEntries } from './data-loader.ts';
import { indicator } from '../schemas/indicator.ts';
import { school } from '../schemas/district.ts';

const fixtures = 'tests/fixtures/data';

describe('readDataEntries', () => {
  test('reads the real indicators, one entry a file, named after the file', () => {
    const entries = readDataEntries('src/content/indicators', indicator);
    expect(entries.map((e) => e.id)).toContain('1-nastavlyaemye-10-18');
    expect(entries).toHaveLength(6);
  });

  test.each([
    [
      `${fixtures}/bad-indicators`,
      indicator,
      ['bad-indicators/dolya.yaml', 'поле «preset.values.2021»', 'больше 100 %'],
    ],
    [`${fixtures}/bad-schools.yaml`, school, ['bad-schools.yaml, запись 2 («shkola-2»)', 'поле «cluster»']],
    [
      `${fixtures}/duplicate-schools.yaml`,
      school,
      ['duplicate-schools.yaml', 'идентификатор «shkola-1» встречается дважды'],
    ],
    [`${fixtures}/broken.yaml`, school, ['broken.yaml не читается']],
  ])('%s: the error names the file, the record and the field', (path, schema, fragments) => {
    expect(() => readDataEntries(path, schema)).toThrow();
    try {
      readDataEntries(path, schema);
    } catch (error) {
      for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
    }
  });

  test('a missing file is an empty collection', () => {
    expect(readDataEntries(`${fixtures}/no-such-file.yaml`, school)).toEqual([]);
  });
});

describe('dataLoader', () => {
  test('fails the build with the same message when a record is wrong', async () => {
    const loader = dataLoader(`${fixtures}/bad-schools.yaml`, school);
    const store = { clear() {}, set() {} };
    const context = { store, generateDigest: () => '', config: { root: new URL(`file://${process.cwd()}/`) } };
    await expect(loader.load(context as never)).rejects.toThrow(/bad-schools\.yaml, запись 2.*\n.*поле «cluster»/);
  });
});
