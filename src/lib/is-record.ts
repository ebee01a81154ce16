// The first check on anything read from outside (a file, storage, a link): a plain object, not null, not a list.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
