import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it, test } from 'vitest';
import { decodeHashJson, encodeHashJson, fromBase64Url, toBase64Url } from './hash-json.ts';
import { decodeState } from './kpi/url-state.ts';
import { settingsFromHash } from './pairs/storage.ts';
import { decodeShare } from './roadmap-builder/persist.ts';

const deflate = (bytes: Uint8Array) => deflateSync(bytes, { level: 9 });
/** A link written by the code before this module (main at 16ca39d), kept as users may still have it. */
const oldLink = (name: string) => readFileSync(`tests/fixtures/links/${name}`, 'utf8').trim();
const json = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('encodeHashJson and decodeHashJson', () => {
  test('any JSON value comes back, plain or deflated, in base64url only', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (value, deflated) => {
        const text = encodeHashJson(value, deflated ? deflate : undefined);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeHashJson(text, deflated ? inflateSync : undefined)).toEqual(value);
      }),
    );
  });

  it.each([
    ['«Ёлочки» — и эмодзи 🙂', 'wqvQgdC70L7Rh9C60LjCuyDigJQg0Lgg0Y3QvNC-0LTQt9C4IPCfmYI'],
    ['', ''],
  ])('base64url of %j', (text, encoded) => {
    const bytes = new TextEncoder().encode(text);
    expect(toBase64Url(bytes)).toBe(encoded);
    expect(new TextDecoder().decode(fromBase64Url(encoded))).toBe(text);
  });

  it.each([
    ['percent-encoded JSON', '%7B%22a%22%3A%22%D1%91%22%7D', { a: 'ё' }],
    ['lower-case escapes', '%7b%22a%22%3a1%7d', { a: 1 }],
    ['JSON a messenger decoded', '{"a":[1,2]}', { a: [1, 2] }],
  ])('reads the older %s', (_name, text, value) => expect(decodeHashJson(text)).toEqual(value));

  it.each([
    ['not base64', '!!!'],
    ['not UTF-8', toBase64Url(new Uint8Array([0xff, 0xfe]))],
    ['not JSON', toBase64Url(new TextEncoder().encode('{нет'))],
    ['cut short', encodeHashJson({ a: 'b'.repeat(50) }).slice(0, 20)],
    ['broken percent-encoding', '%7B%ZZ'],
  ])('throws on %s', (_name, text) => expect(() => decodeHashJson(text)).toThrow());

  it('a deflated value read without inflating does not pass for JSON', () => {
    expect(() => decodeHashJson(encodeHashJson({ a: 1 }, deflate))).toThrow();
  });
});

describe('links users already shared still open', () => {
  it('the calculator (#kpi=)', () => {
    const state = decodeState(oldLink('kpi.txt').replace(/^#kpi=/, ''));
    expect(state).toMatchObject({
      organisation: 'Лицей «Ёлка» № 2',
      firstYear: '2026',
      lastYear: '2030',
      monitoring: true,
    });
    expect(state?.trajectories[3]).toEqual({ kind: 'line', from: '10', to: '45,5' });
    expect(state?.actuals[5]).toEqual({ '2026': '80' });
  });

  it('the roadmap builder (#r=)', async () => {
    const read = await decodeShare(oldLink('roadmap-r.txt').replace(/^#r=/, ''));
    expect('state' in read && read.state).toMatchObject({
      id: 'old-link',
      organisation: 'МБОУ «СОШ № 7» г. Заречный',
      start: '2026-09-01',
      end: '2027-08-31',
    });
  });

  it('the pairs settings (#nastroyki=, percent-encoded JSON then)', () => {
    expect(settingsFromHash(oldLink('pairs-nastroyki.txt'), '2026-11-20')).toEqual({
      synonyms: 'ИКТ = цифровые навыки\nОВЗ = инклюзия; «ёлочки» & 100%',
      school: 'other',
      spread: false,
    });
  });
});
