import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDistrict } from '../district/read.ts';
import { indicators } from '../kpi/test-data.ts';
import { districtTable } from './aggregate.ts';
import { clusterSchools, defaultRules } from './clusters.ts';
import { collect } from './collect.ts';
import { mentorKey, readmeName, registries, registriesZip, type Consents } from './registries.ts';
import { testToday, twentyFiles } from './test-files.ts';
import type { DistrictSchool } from './types.ts';

const siteDistrict = readDistrict('src/content/district').data;
const district: DistrictSchool[] = siteDistrict.schools.map((s) => ({ ...s }));

function picture() {
  const { schools } = collect([], twentyFiles(district.map((s) => s.shortName)), {}, district, testToday);
  const table = districtTable(schools, indicators, {
    firstYear: '2026',
    lastYear: '2030',
    year: '2026',
    trajectories: {},
  });
  const clusters = clusterSchools(table.rows, defaultRules);
  // Every other mentor consented; one consented without a length of service.
  const consents: Consents = {};
  for (const [i, s] of schools.entries())
    for (const [j, m] of s.mentors.entries()) {
      if ((i + j) % 2 === 0)
        consents[mentorKey(s, m.name)] = { consent: true, years: i === 0 && j === 0 ? '' : String(5 + j) };
    }
  return { schools, clusters, data: registries(district, schools, clusters, consents) };
}

describe('registries', () => {
  it('keeps only consented mentors, adds the schools the list lacks and sets the clusters', () => {
    const { schools, clusters, data } = picture();
    const consented = schools.flatMap((s, i) => s.mentors.filter((_, j) => (i + j) % 2 === 0));
    expect(data.mentors).toHaveLength(consented.length - 1);
    expect(data.notes.some((n) => n.includes('не указан стаж'))).toBe(true);
    expect(data.schools).toHaveLength(district.length + 7);
    const byShort = new Map(data.schools.map((s) => [s.shortName, s]));
    for (const c of clusters) expect(byShort.get(c.name)?.cluster).toBe(c.cluster ?? undefined);
    expect(data.programmes.length).toBeGreaterThan(0);
  });

  it('writes a folder that passes the district check', async () => {
    const { data } = picture();
    const zip = unzipSync(await registriesZip(data, '03.12.2026'));
    expect(Object.keys(zip).sort()).toEqual([readmeName, 'mentors.yaml', 'programmes.yaml', 'schools.yaml']);
    // The district replaces three files of its folder with these; the other three stay as they are.
    const dir = mkdtempSync(join(tmpdir(), 'district-export-'));
    let read: ReturnType<typeof readDistrict>['data'];
    let problems: ReturnType<typeof readDistrict>['problems'];
    try {
      cpSync('src/content/district', dir, { recursive: true });
      for (const name of ['mentors.yaml', 'programmes.yaml', 'schools.yaml'])
        writeFileSync(join(dir, name), strFromU8(zip[name]!));
      ({ data: read, problems } = readDistrict(dir));
    } finally {
      // The copy served its purpose: every run of the tests left one behind in the system's temporary folder.
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.mentors).toHaveLength(data.mentors.length);
    expect(problems).toEqual([]);
    expect(read.schools.filter((s) => s.cluster).length).toBeGreaterThan(10);
  });
});
