import { describe, expect, test } from 'vitest';
import { portsFrom } from './ports.ts';

describe.each([
  {
    value: undefined,
    expected: { site: 4400, subpath: 4401, links: 4402, linksTest: 4403, screenshots: 4404, offlineUpdate: 4405 },
  },
  {
    value: '4600',
    expected: { site: 4600, subpath: 4601, links: 4602, linksTest: 4603, screenshots: 4604, offlineUpdate: 4605 },
  },
])('portsFrom($value)', ({ value, expected }) => {
  test('derives every port from E2E_PORT, each its own, within 20 of it', () => {
    const ports = portsFrom(value);
    expect(ports).toEqual(expected);
    expect(new Set(Object.values(ports)).size).toBe(Object.keys(ports).length);
    for (const port of Object.values(ports)) expect(port - expected.site).toBeLessThan(20);
  });
});

test.each(['', 'abc', '80', '4400.5', '70000'])('portsFrom(%j) refuses it and says what is expected', (value) => {
  expect(() => portsFrom(value)).toThrow(`E2E_PORT=${value}: нужен номер порта от 1024 до 65530`);
});
