import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4317);
const outDir = process.env.TERRARIUM_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry in CI: a long journey (several Argon2id derivations) can stall on a busy 2-core
  // machine. A test that passes only on its retry is still listed as flaky in the output.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // An action with no limit of its own waits for the whole test's timeout (five minutes for
    // the long journeys). Headless Chromium here now and then stops producing frames for a
    // page, so a click waits forever for the element to be "stable": fail it after 30 s
    // instead, and let the retry run it again.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    // Each test's fresh context would install the offline copy (hundreds of files) and fill it,
    // which roughly doubled the suite's CPU time. The specs about the service worker allow it.
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The flags keep Chromium from calling home, which this machine's closed network refuses.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js build && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    env: { TERRARIUM_OUT_DIR: outDir },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
