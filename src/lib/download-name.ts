// Names of downloaded files: Latin letters, digits and hyphens, so every mail client, chat and old Windows keeps
// them, and distinct per document (prikaz-o-zakreplenii-par-2026-10-16.docx, plan-gromova-ivanova.docx).
// Transliteration by @sindresorhus/slugify: it knows Russian (ё, щ, ъ) and leaves no characters a file system rejects.
import slugify from '@sindresorhus/slugify';

/** Longest name before the extension: Windows paths of downloads stay far below their limit. */
const maxLength = 80;

/** A file name from its parts (a document's kind, a date, people's surnames), empty parts left out. */
export function downloadName(parts: readonly (string | null | undefined)[], extension: string): string {
  const slug = parts
    .map((part) => slugify(part ?? '', { decamelize: false }))
    .filter(Boolean)
    .join('-');
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') : slug;
  return `${cut || 'dokument'}.${extension}`;
}

/** «Громова Ольга Петровна» → «Громова»: the surname a file name carries. */
export function surnameOf(fullName: string): string {
  return fullName.trim().split(/[\s,]+/)[0] ?? '';
}
