// Plugins for Sätteri, Astro's Markdown and MDX engine: they run on every page written in Markdown or MDX.
// - baseLinks: hand-written links say `/formy/`; under a sub-path they need it in front (base-path.ts).
// - typography: Russian quotes, dashes and non-breaking spaces in the text (typography.ts).
// - scrollableTables: a wide table scrolls sideways inside the page (Starlight's style), so a keyboard
//   user must be able to focus it to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
import type { HastPluginDefinition } from 'satteri';
import { withBase } from './base-path.ts';
import { typeset } from './typography.ts';

/** Starlight's components that take a link, as MDX pages use them. */
const linkComponents = ['LinkCard', 'LinkButton', 'Card'];
const linkProps = ['href', 'src', 'link'];

export function baseLinks(base: string): HastPluginDefinition {
  const rewrite = (value: unknown) => (typeof value === 'string' ? withBase(value, base) : value);
  return {
    name: 'nastavnik-base-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const prop of linkProps) {
          const value = node.properties?.[prop];
          if (typeof value === 'string' && rewrite(value) !== value) ctx.setProperty(node, prop, rewrite(value));
        }
      },
    },
    mdxJsxFlowElement: { filter: linkComponents, visit: rewriteJsx },
    mdxJsxTextElement: { filter: linkComponents, visit: rewriteJsx },
  };

  function rewriteJsx(
    node: { attributes: readonly unknown[] },
    ctx: { setProperty(n: never, k: string, v: unknown): void },
  ) {
    for (const attribute of node.attributes as { type: string; name?: string; value?: unknown }[]) {
      if (attribute.type !== 'mdxJsxAttribute' || !linkProps.includes(attribute.name ?? '')) continue;
      const value = rewrite(attribute.value);
      if (value !== attribute.value) ctx.setProperty(node as never, attribute.name!, value);
    }
  }
}

/**
 * Elements whose text keeps its characters as written: code and input, and headings, whose anchor ids
 * Starlight makes from their text after this plugin runs (a non-breaking space there would glue two words
 * of the id together, «#какподбирают-пары»).
 */
const verbatim = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function typography(): HastPluginDefinition {
  return {
    name: 'nastavnik-typography',
    text(node, ctx) {
      let parent = ctx.parent(node) as Readonly<{ type: string; tagName?: string }> | undefined;
      for (; parent; parent = ctx.parent(parent as never)) {
        if (parent.type === 'element' && verbatim.has(parent.tagName ?? '')) return undefined;
      }
      const value = typeset(node.value);
      return value === node.value ? undefined : { type: 'text', value };
    },
  };
}

export function scrollableTables(): HastPluginDefinition {
  return {
    name: 'nastavnik-scrollable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  };
}
