import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { markInPage } from './page-helpers.mjs';

const MINIBROWSER_GLOB = /^webkit2gtk-4\.\d$/;

/** Regular expressions cannot cross into the page; their source can. */
const portable = (name) => (name instanceof RegExp ? { source: name.source } : name);

export async function waitUntil(check, { timeout = 20_000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(
    `timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`,
  );
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * What a journey may do, the same in every engine: open a page, read it, and act on elements
 * found by their role and name (marked in the page, then used with the engine's real input).
 */
class Journeyer {
  constructor(base) {
    this.base = base;
    this.seq = 0;
  }

  async find(kind, name, { within, timeout } = {}) {
    const mark = `m${++this.seq}`;
    await waitUntil(() => this.evaluate(markInPage, kind, portable(name), within ?? null, mark), {
      timeout,
      what: `${kind} “${name}”`,
    });
    return `[data-engines="${mark}"]`;
  }

  async see(kind, name, options) {
    await this.find(kind, name, options);
  }

  async open(path) {
    await this.goto(path);
    await waitUntil(() => this.evaluate(() => document.readyState === 'complete'), {
      what: 'the page to load',
    });
    // The first-visit offer covers the page until answered, as in the Chromium journeys.
    const offerShown = () => {
      const button = document.querySelector('.first-visit-offer button');
      return !!button && button.getClientRects().length > 0;
    };
    if (await this.evaluate(offerShown)) {
      await this.clickSelector('.first-visit-offer button');
    }
  }

  async click(kind, name, options) {
    await this.clickSelector(await this.find(kind, name, options));
  }

  async fill(label, text, options) {
    await this.typeInto(await this.find('field', label, options), text);
  }
}

export class FirefoxJourneyer extends Journeyer {
  static async start(base) {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      // Keeps Firefox from calling home, which this machine's closed network refuses.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
    const journeyer = new FirefoxJourneyer(base);
    journeyer.browser = browser;
    journeyer.page = await browser.newPage();
    journeyer.errors = [];
    journeyer.page.on('pageerror', (error) => journeyer.errors.push(error.message));
    return journeyer;
  }
  goto(path) {
    return this.page.goto(this.base + path);
  }
  reload() {
    return this.page.reload();
  }
  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }
  async clickSelector(selector) {
    await (await this.page.$(selector)).click();
  }
  async typeInto(selector, text) {
    const handle = await this.page.$(selector);
    await handle.evaluate((el) => {
      el.value = '';
    });
    await handle.type(text);
  }
  async pressShift(times) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Shift');
  }
  url() {
    return this.page.url();
  }
  /** Answers requests to `origin` here, with a plain page, so nothing leaves the machine. */
  async answerLocally(origin) {
    await this.page.setRequestInterception(true);
    this.page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (!request.url().startsWith(origin)) return request.continue();
      return request.respond({
        status: 200,
        contentType: 'text/html',
        body: '<title>Weather</title><h1>Weather</h1>',
      });
    });
  }
  takeErrors() {
    return this.errors.splice(0);
  }
  async quit() {
    await this.browser.close();
  }
}

export class WebKitJourneyer extends Journeyer {
  static async start(base, { driverPort }) {
    const { readdirSync } = await import('node:fs');
    const libDir = '/usr/lib/x86_64-linux-gnu';
    const webkitDir = readdirSync(libDir).find((name) => MINIBROWSER_GLOB.test(name));
    if (!webkitDir) throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
    // WebKitWebDriver starts MiniBrowser, which needs a display: xvfb-run gives it one.
    const driverProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${driverPort}`], {
      stdio: 'ignore',
      detached: true,
    });
    await waitUntil(() => portOpen(driverPort), { what: 'WebKitWebDriver' });
    const { Builder, By, Key } = await import('selenium-webdriver');
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${driverPort}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: `${libDir}/${webkitDir}/MiniBrowser`,
          args: ['--automation'],
        },
      })
      .build();
    const journeyer = new WebKitJourneyer(base);
    Object.assign(journeyer, { driver, driverProcess, By, Key });
    return journeyer;
  }
  goto(path) {
    return this.driver.get(this.base + path);
  }
  reload() {
    return this.driver.navigate().refresh();
  }
  evaluate(fn, ...args) {
    // WebDriver awaits a returned promise, so async page functions work as in puppeteer.
    return this.driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  }
  async clickSelector(selector) {
    const element = await this.driver.findElement(this.By.css(selector));
    try {
      await element.click();
    } catch (error) {
      // WebKitWebDriver calls some visible labels and links not interactable; the page's own
      // click is what a tap on them does.
      if (error.name !== 'ElementNotInteractableError') throw error;
      await this.driver.executeScript('arguments[0].click()', element);
    }
  }
  async typeInto(selector, text) {
    const element = await this.driver.findElement(this.By.css(selector));
    await element.clear();
    await element.sendKeys(text);
  }
  async pressShift(times) {
    for (let i = 0; i < times; i++) {
      await this.driver.actions().keyDown(this.Key.SHIFT).keyUp(this.Key.SHIFT).perform();
    }
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  takeErrors() {
    // WebDriver classic has no page-error events; the journeys read the page's own record.
    return [];
  }
  async quit() {
    try {
      await this.driver.quit();
    } finally {
      try {
        process.kill(-this.driverProcess.pid);
      } catch {
        // Already gone.
      }
    }
  }
}
