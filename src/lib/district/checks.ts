// What the schemas cannot see because it spans records and files: references to schools that do not
// exist, the same school or mentor written twice, contacts promised but missing. The build and
// `npm run check:district` both run these checks, so they report the same thing.
import { districtFiles, recordLabel as label, type DataProblem, type DistrictData } from './types.ts';

/** The same person written by two people: case, «ё», extra spaces and the order of words do not matter. */
export const personKey = (name: string): string =>
  name.toLowerCase().replaceAll('ё', 'е').split(/\s+/).filter(Boolean).sort().join(' ');

const textKey = (text: string): string => text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();

/**
 * Checks references and duplicates. `dir` is the data folder as it should appear in messages. `positions`
 * gives, for each list, the place in its file of each record checked, when records that failed their
 * schema were left out of the lists (so a message still says «запись 7» of the file).
 */
export function checkDistrict(
  data: DistrictData,
  dir: string,
  positions: Partial<Record<keyof typeof districtFiles, number[]>> = {},
): DataProblem[] {
  const problems: DataProblem[] = [];
  const recordLabel = (part: keyof typeof districtFiles) => (index: number, id: string) =>
    label(positions[part]?.[index] ?? index, id);
  const file = (part: keyof typeof districtFiles) => `${dir}/${districtFiles[part]}`;
  const anyData =
    data.schools.length + data.mentors.length + data.programmes.length + data.events.length + data.documents.length > 0;

  if (!data.profile && anyData) {
    problems.push({
      severity: 'error',
      file: file('profile'),
      message:
        'Нет файла с названием муниципалитета и органа управления образованием: без него страницы района не собрать',
    });
  }

  const schoolIds = new Set(data.schools.map((school) => school.id));
  const schoolName = new Map(data.schools.map((school) => [school.id, school.shortName]));

  const seenSchools = new Map<string, number>();
  data.schools.forEach((school, index) => {
    for (const field of ['name', 'shortName'] as const) {
      const key = `${field}:${textKey(school[field])}`;
      const first = seenSchools.get(key);
      if (first === undefined) seenSchools.set(key, index);
      else
        problems.push({
          severity: 'error',
          file: file('schools'),
          record: recordLabel('schools')(index, school.id),
          field,
          message: `организация «${school[field]}» уже записана: ${recordLabel('schools')(first, data.schools[first]!.id)}`,
        });
    }
  });

  const unknownSchool = (part: 'mentors' | 'programmes', index: number, id: string, school: string): DataProblem => ({
    severity: 'error',
    file: file(part),
    record: recordLabel(part)(index, id),
    field: 'school',
    message: `организации «${school}» нет в ${districtFiles.schools}; проверьте идентификатор или добавьте организацию`,
  });

  const seenMentors = new Map<string, number>();
  data.mentors.forEach((mentor, index) => {
    if (!schoolIds.has(mentor.school)) problems.push(unknownSchool('mentors', index, mentor.id, mentor.school));
    const key = `${personKey(mentor.name)}@${mentor.school}`;
    const first = seenMentors.get(key);
    if (first === undefined) seenMentors.set(key, index);
    else
      problems.push({
        severity: 'error',
        file: file('mentors'),
        record: recordLabel('mentors')(index, mentor.id),
        field: 'name',
        message: `наставник «${mentor.name}» из «${schoolName.get(mentor.school) ?? mentor.school}» уже записан: ${recordLabel('mentors')(first, data.mentors[first]!.id)}`,
      });
    if (mentor.consent && !mentor.contacts?.email && !mentor.contacts?.phone)
      problems.push({
        severity: 'warning',
        file: file('mentors'),
        record: recordLabel('mentors')(index, mentor.id),
        field: 'contacts',
        message: 'согласие на публикацию контактов есть, а контактов нет: страница покажет наставника без них',
      });
    const topics = mentor.canHelpWith.map(textKey);
    const repeated = topics.find((topic, i) => topics.indexOf(topic) !== i);
    if (repeated)
      problems.push({
        severity: 'warning',
        file: file('mentors'),
        record: recordLabel('mentors')(index, mentor.id),
        field: 'canHelpWith',
        message: `тема «${repeated}» записана дважды`,
      });
  });

  const seenProgrammes = new Map<string, number>();
  data.programmes.forEach((programme, index) => {
    if (!schoolIds.has(programme.school))
      problems.push(unknownSchool('programmes', index, programme.id, programme.school));
    const key = `${textKey(programme.title)}@${programme.school}`;
    const first = seenProgrammes.get(key);
    if (first === undefined) seenProgrammes.set(key, index);
    else
      problems.push({
        severity: 'error',
        file: file('programmes'),
        record: recordLabel('programmes')(index, programme.id),
        field: 'title',
        message: `программа «${programme.title}» этой организации уже записана: ${recordLabel('programmes')(first, data.programmes[first]!.id)}`,
      });
  });

  const seenEvents = new Map<string, number>();
  data.events.forEach((event, index) => {
    const key = `${textKey(event.title)}@${event.start}`;
    const first = seenEvents.get(key);
    if (first === undefined) seenEvents.set(key, index);
    else
      problems.push({
        severity: 'error',
        file: file('events'),
        record: recordLabel('events')(index, event.id),
        field: 'title',
        message: `мероприятие «${event.title}» в этот день уже записано: ${recordLabel('events')(first, data.events[first]!.id)}`,
      });
  });

  return problems;
}

/** The problems as a methodologist reads them: grouped by file and record, errors first. */
export function formatProblems(problems: readonly DataProblem[]): string {
  const groups = new Map<string, DataProblem[]>();
  for (const problem of [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  )) {
    const heading = `${problem.severity === 'error' ? 'Ошибка в данных' : 'Предупреждение'}: ${problem.file}${problem.record ? `, ${problem.record}` : ''}`;
    groups.set(heading, [...(groups.get(heading) ?? []), problem]);
  }
  return [...groups]
    .map(([heading, list]) =>
      [heading, ...list.map((p) => `  • ${p.field ? `поле «${p.field}»: ` : ''}${p.message}`)].join('\n'),
    )
    .join('\n\n');
}
