// The switch and panel of the version for the visually impaired in the browser: opens and closes the panel,
// applies and remembers each choice. The saved choice was already applied by the head script before first paint.
import {
  attributesOf,
  lowVisionKeys,
  lowVisionStorageKey,
  normalVersion,
  parseSettings,
  withSetting,
  type LowVisionSettings,
} from '../../lib/low-vision/settings.ts';

interface Texts {
  resetDone: string;
  notSaved: string;
  imageAlt: string;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(lowVisionStorageKey);
  } catch {
    return null;
  }
}

/** False when the browser refuses to store (private mode, storage turned off). */
function store(settings: LowVisionSettings): boolean {
  try {
    localStorage.setItem(lowVisionStorageKey, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** Writes each image's text alternative beside it; low-vision.css shows it when images are off. */
function writeAltTexts(prefix: string) {
  for (const image of document.querySelectorAll<HTMLImageElement>('main img')) {
    const alt = image.alt.trim();
    if (!alt || image.nextElementSibling?.classList.contains('lv-alt')) continue;
    const text = document.createElement('span');
    text.className = 'lv-alt';
    text.textContent = prefix + alt;
    image.after(text);
  }
}

function setUp(root: HTMLElement) {
  const toggle = root.querySelector<HTMLButtonElement>('.lv-toggle')!;
  const panel = root.querySelector<HTMLElement>('.lv-panel')!;
  const status = root.querySelector<HTMLElement>('.lv-status')!;
  const texts = JSON.parse(root.dataset.labels ?? '{}') as Texts;
  let settings = parseSettings(readStored());

  const showChoices = () => {
    for (const key of lowVisionKeys) {
      const input = panel.querySelector<HTMLInputElement>(`input[name="lv-${key}"][value="${settings[key]}"]`);
      if (input) input.checked = true;
    }
  };
  const apply = (message: string) => {
    for (const [name, value] of Object.entries(attributesOf(settings))) {
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
    }
    status.textContent = store(settings) ? message : `${message} ${texts.notSaved}`;
  };
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  const open = (yes: boolean) => {
    panel.hidden = !yes;
    toggle.setAttribute('aria-expanded', String(yes));
  };
  const close = () => {
    open(false);
    toggle.focus();
  };

  showChoices();
  writeAltTexts(texts.imageAlt);

  toggle.addEventListener('click', () => open(!isOpen()));
  panel.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    settings = withSetting(settings, input.name.replace('lv-', ''), input.value);
    const legend = input.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    apply(`${legend}: ${input.closest('label')?.querySelector('.lv-name')?.textContent ?? input.value}.`);
  });
  root.querySelector('.lv-reset')?.addEventListener('click', () => {
    settings = { ...normalVersion };
    showChoices();
    apply(texts.resetDone);
  });
  root.querySelector('.lv-close')?.addEventListener('click', close);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) close();
  });
  // A click anywhere else closes the panel, as a menu would.
  document.addEventListener('click', (event) => {
    if (isOpen() && !root.contains(event.target as Node)) open(false);
  });
}

const root = document.querySelector<HTMLElement>('.lv');
if (root) setUp(root);
