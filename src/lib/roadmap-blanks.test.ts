// No roadmap blank a user downloads shows a past deadline: its written years are moved to the coming school
// year of the day the site is built, and section titles carry no fixed years at all.
import { Packer } from 'docx';
import { describe, expect, test } from 'vitest';
import { readDataEntries } from './data-loader.ts';
import { docxText } from './docx/read.ts';
import { libraryDownloads } from './docx/library.ts';
import { schoolYearOf } from './dates.ts';
import { roadmapTemplate } from '../schemas/roadmap.ts';

const roadmaps = readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => ({
  id: e.id,
  data: roadmapTemplate.parse(e.data),
}));

/** Every year a blank prints, except in references to acts («распоряжением … от 25.12.2019 № Р-145»). */
const yearsIn = (content: string): number[] =>
  [...content.replace(/от \d\d\.\d\d\.\d{4}\s*№/g, '').matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));

describe.each(['2026-12-03', '2027-08-31', '2029-09-01'])('a build on %s', (today) => {
  const downloads = libraryDownloads(roadmaps, [], [], today).flatMap((d) => (d.format === 'docx' ? [d] : []));
  test.each(downloads.map((d) => [d.file, d] as const))(
    "%s has no date before the build's school year",
    async (_file, d) => {
      const content = docxText(new Uint8Array(await Packer.toBuffer(d.build())));
      const years = yearsIn(content);
      // A template with years prints them (moved), so the check below has something to check.
      if (roadmaps.find((r) => `${r.id}.docx` === _file)?.data.period) expect(years).toContain(schoolYearOf(today) + 1);
      expect(years.filter((year) => year < schoolYearOf(today))).toEqual([]);
    },
  );
});

test.each(roadmaps.map((r) => [r.id, r.data] as const))('%s: no section title carries a year', (_id, template) => {
  for (const section of template.sections) expect(section.title).not.toMatch(/(?<!\d)20\d\d(?!\d)/);
});
