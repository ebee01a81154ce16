// A JSON value as the part of a page address after `#key=`, and back: the calculator's link (#kpi=), the roadmap
// builder's share link (#r=, deflated: a roadmap is long) and the pairs tool's settings link (#nastroyki=).
// UTF-8 JSON, optionally deflated by the caller, in base64url, which survives copying, messengers and e-mail.
// The compressor is passed in, so fflate stays in the bundle only where a tool already loads it.

export type Transform = (bytes: Uint8Array) => Uint8Array;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on text that is not base64url. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** `value` as base64url text; `deflate` (fflate's deflateSync) makes a long value short. */
export function encodeHashJson(value: unknown, deflate?: Transform): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return toBase64Url(deflate ? deflate(bytes) : bytes);
}

/**
 * The value `encodeHashJson` wrote (pass the matching `inflate`). Also reads the older form of the pairs tool's
 * settings links, percent-encoded JSON (`%7B%22synonyms%22…`), so links shared before stay usable.
 * Throws on anything unreadable; the caller checks the value's shape.
 */
export function decodeHashJson(text: string, inflate?: Transform): unknown {
  if (/^(%7B|\{)/i.test(text)) return JSON.parse(decodeURIComponent(text));
  const bytes = fromBase64Url(text);
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflate ? inflate(bytes) : bytes));
}
