// The Content-Security-Policy in netlify.toml allows inline scripts only by their SHA-256 hash. Starlight
// and Astro put a few small inline scripts in every page; this script finds them in a build and checks
// that netlify.toml lists exactly their hashes, or (--update) writes the right list into netlify.toml.
// Usage: node scripts/csp.ts [--dir dist] [--update]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';

const netlifyToml = join(import.meta.dirname, '..', 'netlify.toml');
/** Script types the browser does not execute, so the policy does not need their hashes. */
const dataTypes = new Set(['application/json', 'application/ld+json', 'importmap']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** The `'sha256-…'` source of every inline script of every page of a build. */
export function inlineScriptHashes(dir: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(dir)) {
    for (const script of parse(readFileSync(file, 'utf8')).querySelectorAll('script')) {
      if (script.hasAttribute('src') || dataTypes.has(script.getAttribute('type') ?? '')) continue;
      hashes.add(`'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** The hash sources listed in script-src of netlify.toml. */
export function policyHashes(toml: string): string[] {
  const policy = /Content-Security-Policy\s*=\s*"([^"]*)"/.exec(toml)?.[1] ?? '';
  const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
  return scriptSrc.match(/'sha256-[A-Za-z0-9+/=]+'/g)?.sort() ?? [];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, update: { type: 'boolean', default: false } },
  });
  const toml = readFileSync(netlifyToml, 'utf8');
  const needed = inlineScriptHashes(values.dir);
  const listed = policyHashes(toml);
  const missing = needed.filter((hash) => !listed.includes(hash));
  const unused = listed.filter((hash) => !needed.includes(hash));

  if (values.update) {
    const updated = toml.replace(
      /(script-src [^;"]*?)((?: 'sha256-[A-Za-z0-9+/=]+')+)/,
      (_m, head: string) => `${head} ${needed.join(' ')}`,
    );
    writeFileSync(netlifyToml, updated);
    console.log(`netlify.toml: в script-src записаны хэши ${needed.length} встроенных скриптов.`);
  } else if (missing.length > 0 || unused.length > 0) {
    console.error(`CSP в netlify.toml не совпадает со встроенными скриптами сборки ${values.dir}:`);
    for (const hash of missing) console.error(`  нет в политике: ${hash}`);
    for (const hash of unused) console.error(`  больше не нужен: ${hash}`);
    console.error('Исправить: npm run build && npm run csp -- --update, затем проверить сайт в браузере (npm test).');
    process.exit(1);
  } else {
    console.log(`CSP: все ${needed.length} встроенных скриптов сборки ${values.dir} разрешены по хэшу.`);
  }
}
