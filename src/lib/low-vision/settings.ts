// Settings of the version for the visually impaired (ГОСТ Р 52872-2019): what each may be, how they are kept
// in the browser and how they become attributes on <html>, which src/styles/low-vision.css styles.

/** Each setting's values; the first is the normal version and sets no attribute. */
export const lowVisionOptions = {
  size: ['100', '150', '200'],
  scheme: ['site', 'bw', 'wb', 'blue'],
  letters: ['normal', 'wide'],
  lines: ['normal', 'wide'],
  images: ['on', 'off'],
} as const;

export type LowVisionKey = keyof typeof lowVisionOptions;
export type LowVisionSettings = { [K in LowVisionKey]: (typeof lowVisionOptions)[K][number] };

export const lowVisionKeys = Object.keys(lowVisionOptions) as LowVisionKey[];

/** Key in localStorage. */
export const lowVisionStorageKey = 'nastavnik-low-vision';

export const normalVersion: LowVisionSettings = {
  size: '100',
  scheme: 'site',
  letters: 'normal',
  lines: 'normal',
  images: 'on',
};

/** The attribute on <html> that carries a setting: data-lv-size, data-lv-scheme… */
export const attributeName = (key: LowVisionKey) => `data-lv-${key}`;

const isValue = <K extends LowVisionKey>(key: K, value: unknown): value is LowVisionSettings[K] =>
  (lowVisionOptions[key] as readonly unknown[]).includes(value);

/** Settings from what localStorage holds; anything unknown or damaged falls back to the normal version. */
export function parseSettings(stored: string | null): LowVisionSettings {
  let data: unknown;
  try {
    data = stored === null ? null : JSON.parse(stored);
  } catch {
    data = null;
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const settings = { ...normalVersion };
  for (const key of lowVisionKeys) {
    const value = record[key];
    if (isValue(key, value)) (settings as Record<LowVisionKey, string>)[key] = value;
  }
  return settings;
}

/** The value of each setting's attribute on <html>; null removes it (the normal value). */
export function attributesOf(settings: LowVisionSettings): Record<string, string | null> {
  return Object.fromEntries(
    lowVisionKeys.map((key) => [attributeName(key), settings[key] === normalVersion[key] ? null : settings[key]]),
  );
}

export const isNormalVersion = (settings: LowVisionSettings) =>
  lowVisionKeys.every((key) => settings[key] === normalVersion[key]);

/**
 * The inline script for <head>: sets the stored attributes on <html> before the page is first painted, so the
 * normal version never flashes. It repeats the option table above; the CSP lists its hash (npm run csp).
 */
export function lowVisionHeadScript(): string {
  const special = Object.fromEntries(lowVisionKeys.map((key) => [key, lowVisionOptions[key].slice(1)]));
  return (
    `(()=>{try{const s=JSON.parse(localStorage.getItem(${JSON.stringify(lowVisionStorageKey)})),` +
    `o=${JSON.stringify(special)};for(const k in o)if(s&&o[k].includes(s[k]))` +
    `document.documentElement.setAttribute('data-lv-'+k,s[k])}catch{}})();`
  );
}

/** The settings with one of them changed, if the value is one it may take (a radio button's value). */
export function withSetting(settings: LowVisionSettings, key: string, value: string): LowVisionSettings {
  const known = lowVisionKeys.find((k) => k === key);
  return known && isValue(known, value) ? { ...settings, [known]: value } : settings;
}
