// The part of Pagefind's UI that lazy-pagefind-ui.ts uses: @pagefind/default-ui ships no types.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
  export interface PagefindUIOptions {
    element: string;
    [option: string]: unknown;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
  }
}
