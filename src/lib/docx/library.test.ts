// The library's blanks in every organisation's words: a form or a pair's plan whose words differ in a kindergarten
// or a college has its own blank for each, named so a curator sees which is which, made from the same data.
import { Packer } from 'docx';
import { describe, expect, test } from 'vitest';
import { form as formSchema } from '../../schemas/form.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { readDataEntries } from '../data-loader.ts';
import { formBlocks } from '../forms/document-model.ts';
import { formInWording, inWording, wordingKinds } from '../forms/wording.ts';
import { roadmapInWording } from '../roadmap-wording.ts';
import { docxText } from './read.ts';
import { docxTitle } from '../../../scripts/check-documents.ts';
import { libraryDownloads, type Download } from './library.ts';

const forms = readDataEntries('src/content/forms', formSchema).map((e) => ({
  id: e.id,
  data: formSchema.parse(e.data),
}));
const roadmaps = readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => ({
  id: e.id,
  data: roadmapTemplate.parse(e.data),
}));
const downloads = libraryDownloads(roadmaps, forms, [], '2026-12-03');
const byFile = new Map(downloads.map((d) => [d.file, d]));
const bytes = async (d: Download | undefined) =>
  d?.format === 'docx' ? new Uint8Array(await Packer.toBuffer(d.build())) : new Uint8Array();
const text = async (d: Download | undefined) => docxText(await bytes(d)).replace(/\u00a0/g, ' ');

const suffixes = { kindergarten: '-dlya-detskogo-sada.docx', college: '-dlya-kolledzha.docx' } as const;
const otherKinds = wordingKinds.filter((kind) => kind !== 'school');

/** Every school blank whose words differ for a kind: each form, and each pair's plan. */
const reworded = otherKinds.flatMap((kind) => [
  ...forms
    .filter(({ data }) => JSON.stringify(formBlocks(formInWording(data, kind))) !== JSON.stringify(formBlocks(data)))
    .map(({ id }) => [kind, id] as const),
  ...roadmaps
    .filter(({ data }) => data.level === 'pair')
    .filter(({ data }) => JSON.stringify(roadmapInWording(data, kind)) !== JSON.stringify(data))
    .map(({ id }) => [kind, id] as const),
]);

/** The words a school says that each kind says otherwise (wording.ts), as whole words. */
const schoolWords = /(?<![А-Яа-яЁё-])(урок|класс|ученик|учител)[а-яё]*/giu;
/**
 * What is left of the school's words where they are names: the forms of mentoring «ученик – ученик», «студент –
 * ученик», «студент или работодатель – ученик», which wording.ts keeps as they are named.
 */
const names = /(ученик|студент|работодатель)[\s\u00a0]+[–—-][\s\u00a0]+ученик/giu;

test('the kindergarten and the college each have blanks of their own', () => {
  expect(reworded.filter(([kind]) => kind === 'kindergarten').length).toBeGreaterThanOrEqual(20);
  expect(reworded.filter(([kind]) => kind === 'college').length).toBeGreaterThanOrEqual(20);
});

describe.each(reworded)('%s: %s', (kind, id) => {
  test('its blank exists beside the school one, opens and speaks in its words', async () => {
    const school = byFile.get(`${id}.docx`);
    const own = byFile.get(`${id}${suffixes[kind]}`);
    expect(own, `${id}${suffixes[kind]}`).toBeDefined();
    expect(own).toMatchObject({ wording: kind, of: `${id}.docx`, page: school?.page, group: school?.group });
    const [schoolText, ownText] = [await text(school), await text(own)];
    // What the documents step checks in LibreOffice's PDF: the title in the file's properties is in its text.
    expect(ownText.replace(/\s+/g, ' ')).toContain(docxTitle(await bytes(own)).replace(/\s+/g, ' '));
    expect(ownText).not.toBe(schoolText);
    // Nothing left that wording.ts would still change, and no school word outside the names of forms.
    expect(inWording(ownText, kind)).toBe(ownText);
    expect(ownText.replace(names, '').match(schoolWords) ?? []).toEqual([]);
    if (/(?<![А-Яа-яЁё-])учени/i.test(schoolText.replace(names, '')))
      expect(ownText).toMatch(kind === 'kindergarten' ? /воспитанник/i : /студент/i);
    if (/(?<![А-Яа-яЁё-])урок/i.test(schoolText)) expect(ownText).toMatch(/занят/i);
  });
});

test('a blank whose words are the same everywhere has no copies', () => {
  for (const id of [
    'prikaz-o-vnedrenii-celevoj-modeli',
    'shkolnaya-dorozhnaya-karta',
    'municipalnaya-dorozhnaya-karta',
  ])
    for (const suffix of Object.values(suffixes)) expect(byFile.has(`${id}${suffix}`)).toBe(false);
});
