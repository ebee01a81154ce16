// The library's data as the pages read it: every download with its source, from the content collections.
import { getCollection } from 'astro:content';
import { libraryDownloads } from './docx/library.ts';

export async function loadLibrary() {
  const roadmaps = await getCollection('roadmaps');
  const forms = await getCollection('forms');
  const indicators = (await getCollection('indicators')).map((entry) => entry.data);
  return { roadmaps, forms, indicators, downloads: libraryDownloads(roadmaps, forms, indicators) };
}
