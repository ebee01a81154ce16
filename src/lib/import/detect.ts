// What kind of file the bytes are, by their first bytes rather than by the name: a survey service or a
// user may well call a CSV «ответы.xls». And which text encoding a CSV is in.

export type FileKind = 'xlsx' | 'xls' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function detectKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'; // a ZIP: .xlsx (or .ods, refused later)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls'; // Excel 97–2003
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'; // UTF-16 with BOM
  // NUL bytes in the first kilobytes mean a binary file (a picture, a PDF, an archive), not text.
  const head = bytes.subarray(0, 4096);
  return head.includes(0) ? 'binary' : 'text';
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/**
 * Decodes a CSV's bytes. A BOM decides when there is one; otherwise the text is UTF-8 if it is valid UTF-8
 * (Cyrillic in Windows-1251 almost never is), and Windows-1251 otherwise, as Excel in Russia saves «CSV (разделители — запятые)».
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
