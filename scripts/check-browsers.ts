// `npm run browsers`: fails when a JavaScript or CSS file of the build uses syntax that the oldest browsers our
// readers have cannot read: Chrome 109 (the last on Windows 7, and Yandex Browser of that time) and Firefox ESR 115.
// JavaScript, files and the scripts inside pages: es-check in its browserslist mode parses each with the ECMAScript
// version those browsers have and checks each newer feature it finds (a RegExp `v` flag, say) against them.
// CSS: doiuse checks each rule against caniuse data for the same browsers. lightningcss was the other candidate:
// it lowers CSS for targets (the build already uses it so) but does not report what it cannot lower.
// Usage: npm run browsers [-- --dir dist]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import postcss from 'postcss';
import doiuse from 'doiuse';
import { runChecks } from 'es-check';

/** The same browsers as `vite.build.target` in astro.config.mjs, in browserslist's words. */
export const oldestBrowsers = ['chrome 109', 'firefox 115'];

/**
 * caniuse features the check lets pass, each because the browsers above skip it without harm: a rule they do not
 * understand is dropped whole, and these rules only refine what already works.
 */
export const toleratedCss: Record<string, string> = {
  // Firefox 115 drops such rules: a wider text column on tool pages, print layout, the menu button's icon state.
  'css-has': ':has() — уточнения вида, без них страница работает',
  'css-masks': 'маски иконок Starlight: Chrome 109 читает их с префиксом -webkit-, который сборка добавляет',
  'text-size-adjust': 'размер текста на телефоне в Safari; остальные браузеры свойство пропускают',
  multicolumn: 'колонки: частичная поддержка касается только column-span и разрывов',
  'css-text-indent': 'отступ первой строки: частичная поддержка касается ключевых слов each-line и hanging',
  'css-media-scripting': 'медиазапрос scripting: без него правило просто не применяется',
  'css-nth-child-of': ':nth-child(… of …) в оформлении блоков кода: без него пропадает только полосатость',
  'intrinsic-width': 'fit-content / max-content: частичная поддержка касается только stretch',
  'css-display-contents': 'display: contents: частичная поддержка касается кнопок и доступности старых версий',
  'css-scrollbar': 'цвет полосы прокрутки: без него полоса обычная',
  'css-clip-path': 'clip-path: inset() у скрытых подписей поиска: частичная поддержка касается только SVG',
  'css-widows-orphans': 'висячие строки при печати: Firefox их пропускает',
};

/** Every file under `dir` whose name ends in `extension`. */
export function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

/** JavaScript files that use syntax the oldest browsers lack: one line per file, with es-check's reason. */
export function checkJs(files: string[]): string[] {
  if (files.length === 0) return [];
  const result = runChecks(
    [
      {
        ecmaVersion: 'checkBrowser',
        checkBrowser: true,
        browserslistQuery: oldestBrowsers.join(', '),
        checkFeatures: true,
        module: true,
        files,
      },
    ],
    { logger: null },
  );
  return result.errors.map(({ file, err }) => `${file}: ${err.message.split('\n')[0]}`);
}

/** The scripts written into the pages themselves (Starlight's theme and menu, Astro's island loader), once each. */
export function inlineScripts(htmlFiles: string[]): { page: string; code: string }[] {
  const seen = new Map<string, string>();
  for (const file of htmlFiles) {
    for (const script of parse(readFileSync(file, 'utf8')).querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type') ?? '';
      if (type !== '' && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
      if (!seen.has(script.text)) seen.set(script.text, file);
    }
  }
  return [...seen].map(([code, page]) => ({ page, code }));
}

/** Inline scripts checked as files: es-check reads files only. */
export function checkInlineScripts(htmlFiles: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'inline-scripts-'));
  try {
    const scripts = inlineScripts(htmlFiles);
    const files = scripts.map(({ code }, index) => {
      const file = join(dir, `${index}.js`);
      writeFileSync(file, code);
      return file;
    });
    return checkJs(files).map((line) => {
      const index = Number(/(\d+)\.js/.exec(line)?.[1]);
      return `встроенный скрипт страницы ${scripts[index]?.page}: ${line.slice(line.indexOf(': ') + 2)}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CSS rules that use what the oldest browsers lack, apart from `toleratedCss`: one line per use. */
export async function checkCss(files: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const plugin = doiuse({
      browsers: oldestBrowsers,
      ignore: Object.keys(toleratedCss),
      onFeatureUsage: (usage) => problems.push(`${file}: ${usage.message}`),
    });
    await postcss([plugin]).process(readFileSync(file, 'utf8'), { from: file });
  }
  return problems;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const js = filesIn(values.dir, '.js');
  const css = filesIn(values.dir, '.css');
  const html = filesIn(values.dir, '.html');
  if (js.length === 0 || css.length === 0) {
    console.error(`В ${values.dir} нет файлов .js или .css: соберите сайт (npm run build).`);
    process.exit(1);
  }
  const problems = [...checkJs(js), ...checkInlineScripts(html), ...(await checkCss(css))].map((line) =>
    line.replace(`${values.dir}/`, ''),
  );
  if (problems.length > 0) {
    console.error(`Файлы сборки, которые не прочтут ${oldestBrowsers.join(' и ')}: ${problems.length}`);
    for (const line of problems) console.error(`  ✗ ${line}`);
    console.error('Поправьте исходник или цель сборки (vite.build.target в astro.config.mjs) и соберите сайт заново.');
    process.exit(1);
  }
  const inline = inlineScripts(html).length;
  console.log(
    `${relative('.', values.dir)}: ${js.length} файлов .js, ${inline} встроенных скриптов и ${css.length} .css ` +
      `читаются в ${oldestBrowsers.join(' и ')}.`,
  );
}
