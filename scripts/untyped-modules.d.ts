// The parts of es-check and doiuse that scripts/check-browsers.ts uses: neither package's exports name its types.

declare module 'es-check' {
  export interface EsCheckConfig {
    ecmaVersion: string;
    files: string[];
    module?: boolean;
    checkBrowser?: boolean;
    checkFeatures?: boolean;
    browserslistQuery?: string;
  }
  export function runChecks(
    configs: EsCheckConfig[],
    options: { logger: null },
  ): { success: boolean; errors: { file: string; err: Error }[] };
}

declare module 'doiuse' {
  import type { Plugin } from 'postcss';
  export interface FeatureUsage {
    feature: string;
    message: string;
  }
  export default function doiuse(options: {
    browsers: string[];
    ignore?: string[];
    onFeatureUsage?: (usage: FeatureUsage) => void;
  }): Plugin;
}
