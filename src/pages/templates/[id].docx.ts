// Writes every document of the library to /templates/<id>.docx at build time, from the same data as
// the pages, so a download can never disagree with the page it is offered on.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { Packer } from 'docx';
import { libraryDownloads, type Download } from '../../lib/docx/library.ts';

export const getStaticPaths = (async () => {
  const downloads = libraryDownloads(
    await getCollection('roadmaps'),
    await getCollection('forms'),
    (await getCollection('indicators')).map((entry) => entry.data),
  );
  return downloads.map((download) => ({ params: { id: download.file.replace(/\.docx$/, '') }, props: { download } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = async ({ props }) =>
  new Response(new Uint8Array(await Packer.toBuffer(props.download.build())), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
