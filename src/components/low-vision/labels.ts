// The strings of the panel for the visually impaired: the `lowVision.*` keys of src/content/i18n/ru.json.
import type { LowVisionKey, LowVisionSettings } from '../../lib/low-vision/settings.ts';

type OptionKeys = { [K in LowVisionKey]: `${K}.${LowVisionSettings[K]}` }[LowVisionKey];

export type LowVisionLabels = Record<LowVisionKey | OptionKeys, string> & {
  toggle: string;
  panel: string;
  themeNote: string;
  reset: string;
  resetDone: string;
  close: string;
  saved: string;
  notSaved: string;
  imageAlt: string;
};
