// Writes every document of the library to /templates/<id>.docx at build time, from the same data as
// the pages, so a download can never disagree with the page it is offered on.
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBytes, type Download } from '../../lib/docx/library.ts';
import { loadLibrary } from '../../lib/library-data.ts';

export const getStaticPaths = (async () => {
  const { downloads } = await loadLibrary();
  return downloads
    .filter((download) => download.format === 'docx')
    .map((download) => ({ params: { id: download.file.replace(/\.docx$/, '') }, props: { download } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = async ({ props }) =>
  new Response(await downloadBytes(props.download), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
