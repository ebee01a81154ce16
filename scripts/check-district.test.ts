// `npm run check:district` and the build itself on a district with mistakes: both stop, and say where.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validDistrict, writeDistrict } from '../src/lib/district/test-district.ts';

const node = 'node_modules/.bin/node';
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(node, args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('check:district', () => {
  test('the example district passes', () => {
    const result = run(['scripts/check-district.ts']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/данные в порядке \(\d+ организац/);
  });

  test('a district with mistakes fails and lists every one', () => {
    const { dir, remove } = writeDistrict({
      mentors: validDistrict.mentors
        .replace('school: ds-2', 'school: ds-22')
        .replace('consent: true', 'consent: false'),
      events: validDistrict.events.replace('2026-11-20', '2026-11-10'),
    });
    try {
      const result = run(['scripts/check-district.ts', dir]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(
        'mentors.yaml, запись 2 («n-2»)\n  • поле «school»: организации «ds-22» нет в schools.yaml',
      );
      expect(result.stdout).toContain('mentors.yaml, запись 1 («n-1»)\n  • поле «contacts»');
      expect(result.stdout).toContain('events.yaml, запись 2 («e-2»)\n  • поле «end»');
      expect(result.stdout).toContain('Найдено ошибок: 3');
    } finally {
      remove();
    }
  });

  test('a folder that does not exist is an error', () => {
    const result = run(['scripts/check-district.ts', 'no/such/folder']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Папки с данными муниципалитета нет');
  });
});

describe('the build', () => {
  // One real build (about 15 s): a mentor of a school that does not exist passes every schema, so only
  // the cross-file check of src/lib/district/collection.ts can stop it.
  test('fails on a reference to a missing school, naming the file, the record and the field', {
    timeout: 180_000,
  }, () => {
    const { dir, remove } = writeDistrict({ mentors: validDistrict.mentors.replace('school: ds-2', 'school: ds-22') });
    const outDir = 'dist-district-broken-test';
    try {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, DISTRICT_DIR: dir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      expect(result.status).not.toBe(0);
      const output = result.stdout + result.stderr;
      expect(output).toMatch(
        /Ошибка в данных: .*mentors\.yaml, запись 2 \(«n-2»\)\n\s+• поле «school»: организации «ds-22» нет в schools\.yaml/,
      );
    } finally {
      remove();
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`node_modules/.astro-${outDir}`, { recursive: true, force: true });
    }
  });
});
