// Loads the Popover API polyfill where the browser lacks the API (see PopoverFallback.astro), and keeps the
// menu a popover only on narrow screens, as Starlight's own script does with the native API.
export function startPopoverFallback(): void {
  if ('popover' in HTMLElement.prototype) return;
  void import('@oddbird/popover-polyfill').then(() => {
    const menu = document.getElementById('starlight__sidebar');
    if (!menu) return;
    const desktop = matchMedia('(min-width: 50em)');
    const update = () => menu.toggleAttribute('popover', !desktop.matches);
    update();
    desktop.addEventListener('change', update);
  });
}
