// Loads the Popover API polyfill where the browser lacks the API (see PopoverFallback.astro), and keeps the
// menu a popover only on narrow screens, as Starlight's own script does with the native API.

/** Starlight's first cascade layer (its styles/layers.css); every layer of the site's comes after it. */
const firstStarlightLayer = 'starlight.base';

type PolyfillWindow = Window & { POPOVER_POLYFILL_OPTIONS?: { layerName: string } };
export function startPopoverFallback(): void {
  if ('popover' in HTMLElement.prototype) return;
  // The polyfill's styles must stand where a browser's own popover styles do, under the site's. In its own
  // layer, which comes last, they beat Starlight's placement of the menu: in Chrome 109 the open menu grew to
  // its content's height, centred, 1,200 px above the screen and over the button that closes it.
  (window as PolyfillWindow).POPOVER_POLYFILL_OPTIONS = { layerName: firstStarlightLayer };
  void import('@oddbird/popover-polyfill').then(() => {
    const menu = document.getElementById('starlight__sidebar');
    if (!menu) return;
    const desktop = matchMedia('(min-width: 50em)');
    const update = () => menu.toggleAttribute('popover', !desktop.matches);
    update();
    desktop.addEventListener('change', update);
  });
}
