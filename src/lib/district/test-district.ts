// A small valid district for the tests, as YAML files, and a helper that writes it to a temporary folder
// with one file replaced: each test breaks one thing and looks for its message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { districtFiles, type DistrictPart } from './types.ts';

export const validDistrict: Record<DistrictPart, string> = {
  profile: `id: test-okrug
name: Тестовый муниципальный округ
department: Управление образования
website: https://uo.test.example/
contacts: { email: uo@test.example }
`,
  schools: `- id: sosh-1
  name: Средняя школа № 1
  shortName: СОШ № 1
  cluster: ШВОР
- id: ds-2
  name: Детский сад № 2
  shortName: Детский сад № 2
  kind: kindergarten
`,
  mentors: `- id: n-1
  name: Иванова Мария Петровна
  position: учитель математики
  school: sosh-1
  experienceYears: 12
  forms: [uchitel-uchitel]
  canHelpWith: [планирование урока, работа с родителями]
  maxMentees: 2
  consent: true
  contacts: { email: ivanova@test.example }
- id: n-2
  name: Петров Олег Иванович
  position: воспитатель
  school: ds-2
  experienceYears: 3
  forms: [uchitel-uchitel]
  canHelpWith: [работа с родителями]
`,
  programmes: `- id: p-1
  title: Первые шаги
  form: uchitel-uchitel
  school: sosh-1
  participants: 6
  period: { from: 2026-09-01, to: 2027-05-31 }
`,
  events: `- id: e-1
  title: Семинар кураторов
  start: 2026-09-24
  time: '14:00'
  format: семинар, очно
- id: e-2
  title: Неделя открытых уроков
  start: 2026-11-16
  end: 2026-11-20
  format: открытые уроки
`,
  documents: `- id: d-1
  title: Об утверждении дорожной карты
  kind: приказ
  number: 245
  date: 2026-08-28
  file: /files/prikaz-245.pdf
`,
};

/** Writes the valid district with `changes` applied; returns the folder and a function that removes it. */
export function writeDistrict(changes: Partial<Record<DistrictPart, string | null>> = {}): {
  dir: string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'district-'));
  for (const [part, name] of Object.entries(districtFiles) as [DistrictPart, string][]) {
    const text = part in changes ? changes[part] : validDistrict[part];
    if (text !== null && text !== undefined) writeFileSync(join(dir, name), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
