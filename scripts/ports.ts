// Every port the checks take, derived from one: E2E_PORT (4400 by default). Two checkouts tested side by side
// with E2E_PORT 20 apart never collide. `npm start` keeps Astro's usual 4321 (PORT changes it).
export function portsFrom(value: string | undefined) {
  const e2e = Number(value ?? 4400);
  if (!Number.isInteger(e2e) || e2e < 1024 || e2e > 65530) {
    throw new Error(`E2E_PORT=${value}: нужен номер порта от 1024 до 65530, например E2E_PORT=4500.`);
  }
  return {
    /** The browser tests' server of the build at the root… */
    site: e2e,
    /** …and of the build under the sub-path. */
    subpath: e2e + 1,
    /** `npm run links` (scripts/check-links.ts). */
    links: e2e + 2,
    /** The link check's own unit test, which may run while `npm run links` does. */
    linksTest: e2e + 3,
    /** `npm run screenshots`. */
    screenshots: e2e + 4,
    /** A copy of the build whose service worker changes, in tests/e2e/offline.spec.ts. */
    offlineUpdate: e2e + 5,
  };
}

export const ports = portsFrom(process.env.E2E_PORT);
