import { describe, expect, test } from 'vitest';
import {
  attributesOf,
  isNormalVersion,
  lowVisionHeadScript,
  lowVisionStorageKey,
  normalVersion,
  parseSettings,
  withSetting,
  type LowVisionSettings,
} from './settings.ts';

const all: LowVisionSettings = { size: '200', scheme: 'blue', letters: 'wide', lines: 'wide', images: 'off' };

describe('parseSettings', () => {
  test.each<[string, string | null, LowVisionSettings]>([
    ['nothing stored', null, normalVersion],
    ['every setting', JSON.stringify(all), all],
    ['one setting', '{"size":"150"}', { ...normalVersion, size: '150' }],
    ['an unknown value', '{"size":"300","scheme":"wb"}', { ...normalVersion, scheme: 'wb' }],
    ['a number for a string', '{"size":150}', normalVersion],
    ['an unknown key', '{"font":"serif"}', normalVersion],
    ['damaged JSON', '{"size":', normalVersion],
    ['an array', '["150"]', normalVersion],
    ['null', 'null', normalVersion],
  ])('%s', (_name, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });
});

describe('attributesOf', () => {
  const none = {
    'data-lv-size': null,
    'data-lv-scheme': null,
    'data-lv-letters': null,
    'data-lv-lines': null,
    'data-lv-images': null,
  };
  test.each<[string, LowVisionSettings, Record<string, string | null>]>([
    ['the normal version sets none', normalVersion, none],
    [
      'every setting changed',
      all,
      {
        'data-lv-size': '200',
        'data-lv-scheme': 'blue',
        'data-lv-letters': 'wide',
        'data-lv-lines': 'wide',
        'data-lv-images': 'off',
      },
    ],
    ['white on black only', { ...normalVersion, scheme: 'wb' }, { ...none, 'data-lv-scheme': 'wb' }],
  ])('%s', (_name, settings, expected) => {
    expect(attributesOf(settings)).toEqual(expected);
  });
});

describe('withSetting', () => {
  test.each<[string, string, string, LowVisionSettings]>([
    ['size', 'size', '150', { ...normalVersion, size: '150' }],
    ['back to normal', 'scheme', 'site', normalVersion],
    ['an unknown value', 'size', '175', normalVersion],
    ['an unknown key', 'font', 'serif', normalVersion],
    ['a value of another key', 'size', 'wide', normalVersion],
  ])('%s', (_name, key, value, expected) => {
    expect(withSetting(normalVersion, key, value)).toEqual(expected);
  });
});

test('isNormalVersion', () => {
  expect(isNormalVersion(normalVersion)).toBe(true);
  expect(isNormalVersion({ ...normalVersion, images: 'off' })).toBe(false);
});

/** Runs the head script against a stand-in for the page and returns the attributes it set. */
function runHeadScript(stored: string | null, storage: 'works' | 'throws' = 'works'): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'throws') throw new Error('SecurityError');
      return key === lowVisionStorageKey ? stored : null;
    },
  };
  new Function('document', 'localStorage', lowVisionHeadScript())(document, localStorage);
  return attributes;
}

describe('the head script sets what the panel would set', () => {
  test.each<[string, string | null]>([
    ['nothing stored', null],
    ['every setting', JSON.stringify(all)],
    ['some settings', '{"size":"150","images":"off"}'],
    ['normal values', JSON.stringify(normalVersion)],
    ['unknown values', '{"size":"300","scheme":"red","letters":1}'],
    ['damaged JSON', '{"size":'],
    ['null', 'null'],
  ])('%s', (_name, stored) => {
    const set = Object.entries(attributesOf(parseSettings(stored))).filter((entry) => entry[1] !== null);
    const expected = Object.fromEntries(set);
    expect(runHeadScript(stored)).toEqual(expected);
  });

  test('a browser that refuses storage gets the normal version, without an error', () => {
    expect(runHeadScript(JSON.stringify(all), 'throws')).toEqual({});
  });
});
