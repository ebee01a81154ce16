// The preview image a link to a page shows in VK, Telegram and Сферум: 1200×630 PNG in the site's colours
// with the page title and the site name, drawn at build time.
// satori (HTML-like layout → SVG, text set as outlines from the font we hand it) and @resvg/resvg-js (SVG → PNG)
// were chosen over astro-og-canvas because they take the font as bytes from an npm package, so nothing is
// fetched from the internet at build, and they read WOFF, the format @fontsource ships; both are widely used
// and maintained. PT Sans was drawn by ParaType for Russian and ships its Cyrillic subset in @fontsource.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { ogImageSize } from './page-meta.ts';

/** The site's own colours (src/styles/custom.css). */
const colours = { accent: '#1f5fbf', accentHigh: '#13315c', accentLow: '#e0e9f7', text: '#23262f', muted: '#4b5263' };

export interface OgImageContent {
  title: string;
  siteName: string;
  /** One or two sentences under the title; cut to three lines. */
  description?: string;
}

let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: 400 | 700): Font => ({
    name: `PT Sans ${subset}`,
    weight,
    style: 'normal',
    data: readFileSync(require.resolve(`@fontsource/pt-sans/files/pt-sans-${subset}-${weight}-normal.woff`)),
  });
  // Cyrillic for the words, Latin for punctuation, digits, «ёлочки» and dashes. Two family names, because
  // satori looks for a missing glyph in the next family of `fontFamily`, not in another file of the same one.
  return ['cyrillic', 'latin'].flatMap((subset) => [file(subset, 700), file(subset, 400)]);
}

/** Long titles get a smaller size, so three lines always fit. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 80) return 58;
  return 48;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

export function ogImageTree({ title, siteName, description }: OgImageContent): Node {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      background: '#ffffff',
      fontFamily: 'PT Sans cyrillic, PT Sans latin',
    },
    [
      el('div', { width: 28, height: '100%', background: colours.accent }),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: '64px 72px 56px 64px',
          justifyContent: 'space-between',
        },
        [
          el('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
            el('div', { width: 56, height: 56, borderRadius: 28, background: colours.accentLow, display: 'flex' }, [
              el('div', { width: 28, height: 28, margin: 14, borderRadius: 14, background: colours.accent }),
            ]),
            // The home page's title is the site name: it stands once, large, below.
            ...(title === siteName
              ? []
              : [el('div', { fontSize: 40, fontWeight: 700, color: colours.accentHigh }, siteName)]),
          ]),
          el('div', { display: 'flex', flexDirection: 'column', gap: 24 }, [
            el(
              'div',
              {
                display: 'block',
                lineClamp: 3,
                fontSize: titleFontSize(title),
                fontWeight: 700,
                lineHeight: 1.15,
                color: colours.text,
              },
              title,
            ),
            ...(description
              ? [
                  el(
                    'div',
                    { display: 'block', lineClamp: 3, fontSize: 30, lineHeight: 1.35, color: colours.muted },
                    description,
                  ),
                ]
              : []),
          ]),
          el('div', { height: 8, width: 160, background: colours.accent, borderRadius: 4 }),
        ],
      ),
    ],
  );
}

/** The PNG of one page's preview. */
export async function renderOgImage(content: OgImageContent): Promise<Uint8Array> {
  fonts ??= loadFonts();
  // satori's type asks for a React element; a plain { type, props } tree is what it reads.
  const svg = await satori(ogImageTree(content) as Parameters<typeof satori>[0], { ...ogImageSize, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: ogImageSize.width } }).render().asPng();
}
