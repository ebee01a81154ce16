// Arguments of `npm run bench`: benchmark names choose what runs, flags (`--keep`) go through to each chosen
// benchmark, and each benchmark reads its own flags here, refusing one it does not know.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Splits `npm run bench -- district --keep` into names and flags, with the names no benchmark has. */
export function splitBenchArgs(args: string[], available: string[]) {
  const names = args.filter((arg) => !arg.startsWith('-'));
  return {
    names,
    flags: args.filter((arg) => arg.startsWith('-')),
    unknown: names.filter((name) => !available.includes(name)),
  };
}

/** A benchmark's flags, or what to say when it was given one it does not know. */
export function readBenchFlags<T extends ParseArgsOptionsConfig>(name: string, options: T, args: string[]) {
  try {
    return { values: parseArgs({ args, options, strict: true, allowPositionals: false }).values };
  } catch {
    const known =
      Object.keys(options)
        .map((flag) => `--${flag}`)
        .join(', ') || 'нет';
    return { error: `Бенчмарк ${name} не понимает ${args.join(' ')}. Его флаги: ${known}.` };
  }
}

/** For a benchmark's first lines: its flags from the command line; an unknown one stops it with code 1. */
export function benchFlags<T extends ParseArgsOptionsConfig>(name: string, options: T) {
  const result = readBenchFlags(name, options, process.argv.slice(2));
  if ('error' in result) {
    console.error(result.error);
    process.exit(1);
  }
  return result.values;
}
