// Writes the library's blank registries to /templates/<id>.xlsx at build time (src/lib/registries/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBytes, type Download } from '../../lib/docx/library.ts';
import { loadLibrary } from '../../lib/library-data.ts';

export const getStaticPaths = (async () => {
  const { downloads } = await loadLibrary();
  return downloads
    .filter((download) => download.format === 'xlsx')
    .map((download) => ({ params: { id: download.file.replace(/\.xlsx$/, '') }, props: { download } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = async ({ props }) =>
  new Response(await downloadBytes(props.download), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
