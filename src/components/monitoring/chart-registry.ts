// The charts drawn on the page, by id, so the report can take them as pictures (canvas → PNG) without
// drawing them a second time.
const canvases = new Map<string, { canvas: HTMLCanvasElement; title: string }>();

export const registerChart = (id: string, canvas: HTMLCanvasElement, title: string) =>
  canvases.set(id, { canvas, title });
export const unregisterChart = (id: string) => canvases.delete(id);

/** Every drawn chart as PNG bytes with its pixel size. */
export async function chartImages(): Promise<
  Map<string, { title: string; png: Uint8Array; width: number; height: number }>
> {
  const images = new Map<string, { title: string; png: Uint8Array; width: number; height: number }>();
  for (const [id, { canvas, title }] of canvases) {
    if (!canvas.isConnected || canvas.width === 0) continue;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob)
      images.set(id, {
        title,
        png: new Uint8Array(await blob.arrayBuffer()),
        width: canvas.width,
        height: canvas.height,
      });
  }
  return images;
}
