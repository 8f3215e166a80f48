import { waitUntil } from './drivers.mjs';

const PASSPHRASE = 'copper kettle under moss';
const ENTRY = 'Engines check: a quiet evening walk by the river.';
// A local address where nothing listens: the exit is seen to leave, and nothing leaves the machine.
export const EXIT_DESTINATION = 'https://127.0.0.1:4999/';

const mainText = (j) => j.evaluate(() => document.querySelector('main')?.textContent?.length ?? 0);

/** A client-side route change keeps this marker; a full page load (no hydration) loses it. */
async function markWindow(j) {
  await j.evaluate(() => {
    window.__enginesMarker = true;
  });
}
async function expectSameWindow(j) {
  if (!(await j.evaluate(() => window.__enginesMarker === true))) {
    throw new Error('the page reloaded instead of routing: the app did not hydrate');
  }
}

export const readable = {
  name: 'start page and a guide page are readable and hydrated',
  async run(j) {
    await j.open('/');
    await j.see('heading', /\S/);
    await markWindow(j);
    await j.click('link', 'Learn', { within: 'nav' });
    await waitUntil(async () => (await j.url()).endsWith('/learn'), { what: '/learn' });
    await j.click('link', 'These feelings are common', { within: 'main' });
    await waitUntil(async () => /\/learn\/[a-z-]+$/.test(await j.url()), { what: 'a guide page' });
    await waitUntil(async () => (await mainText(j)) > 800, { what: 'the guide text' });
    await j.see('heading', /\S/, { within: 'main' });
    await expectSameWindow(j);
  },
};

export const decide = {
  name: 'Decide: answering the questions gives an outcome',
  async run(j) {
    await j.open('/decide');
    await j.see('heading', 'Is it safe to tell my therapist?');
    await j.click('link', 'Start');
    const answers = [['How they listen'], ['No'], ['No'], ['No'], ['I’m not sure'], ['No']];
    for (const [n, choices] of answers.entries()) {
      await j.see('text', `Question ${n + 1} of 6`);
      for (const choice of choices) await j.click('field', choice, { within: 'main form' });
      await j.click('button', 'Continue');
    }
    await j.see('heading', 'Check your answers');
    await j.click('link', 'See the result');
    await j.see('heading', 'Why we think this', { timeout: 30_000 });
  },
};

export const vault = {
  name: 'vault: first save sets a passphrase, reload locks, unlock shows the entry',
  async run(j) {
    await j.open('/reflect/new');
    await j.fill('What is on your mind?', ENTRY);
    await j.click('button', 'Save to my journal');
    await j.see('heading', 'Choose a passphrase', { within: 'dialog[open]' });
    await j.fill('Passphrase', PASSPHRASE, { within: 'dialog[open]' });
    await j.click('button', 'Set passphrase and continue', { within: 'dialog[open]' });
    await j.see('text', ENTRY, { timeout: 60_000 });

    await j.reload();
    await j.see('button', 'Unlock', { timeout: 30_000 });
    if (await j.evaluate((text) => document.body.textContent.includes(text), ENTRY)) {
      throw new Error('the entry shows while locked');
    }
    await j.fill('Passphrase', PASSPHRASE);
    await j.click('button', 'Unlock');
    await j.see('text', ENTRY, { timeout: 60_000 });
  },
};

/** Exit by the shortcut or by the control; either way the app is left at once. */
function exitBy(how) {
  return {
    name: `Exit leaves the app (${how})`,
    async run(j) {
      // Firefox's driver can answer the destination itself; WebKit's finds nothing listening.
      await j.answerLocally?.(EXIT_DESTINATION);
      await j.open('/learn');
      await j.evaluate((destination) => {
        localStorage.setItem('terrarium-exit-destination', destination);
      }, EXIT_DESTINATION);
      await j.open('/learn');
      await j.see('link', /^Exit this page/);
      if (how === 'Shift three times') {
        // The page must have focus for the keys to reach it.
        await j.click('heading', /\S/, { within: 'main' });
        await j.pressShift(3);
      } else {
        await j.click('link', /^Exit this page/);
      }
      // Firefox shows its own error page for the unreachable destination, under another address.
      try {
        await waitUntil(async () => !(await j.url()).startsWith(j.base), {
          what: 'the page to leave the app',
        });
      } catch (error) {
        throw new Error(`${error.message}; still at ${await j.url()}`);
      }
    },
  };
}
export const exitByShift = exitBy('Shift three times');
export const exitByControl = exitBy('the control');

async function registration(j) {
  return j.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return {
      installing: !!r?.installing,
      active: !!r?.active,
      controlled: !!navigator.serviceWorker.controller,
    };
  });
}

/** Asks the worker for the rest of the copy (each page load also does); true once stored. */
function askToFill(j) {
  return j.evaluate(
    () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data?.filled === true);
        setTimeout(() => resolve(false), 25_000);
        navigator.serviceWorker.controller.postMessage({ type: 'fill' }, [channel.port2]);
      }),
  );
}

/** Pages nobody opened: one the install fetches, one only the fill after activation does. */
const UNVISITED = ['/learn/boundaries', '/es/decide/q/3'];

/**
 * Starts the service worker's install, then moves on before it ends, as a quick first visit
 * does. Issue 17: with the old install of ~300 files one after another, WebKitGTK could leave
 * it stuck with nothing cached, and every later register, update or unregister waited behind it.
 */
export const navigateDuringInstall = {
  name: 'service worker: navigating and reloading during install',
  async run(j) {
    await j.open('/learn');
    await waitUntil(async () => (await registration(j)).installing, {
      what: 'the service worker to start installing',
    });
    await j.goto('/decide');
    await j.reload();
  },
};

/**
 * After the interrupted install, the next load is served by the worker, the rest of the copy
 * is filled, and with the server gone, pages nobody opened still load.
 */
export const offlineCopyReady = {
  name: 'service worker: on the next load the offline copy completes and pages load with the server stopped',
  async run(j) {
    await j.open('/');
    await waitUntil(
      async () => {
        const state = await registration(j);
        if (state.active && !state.controlled) await j.reload();
        return state.controlled;
      },
      { timeout: 30_000, what: 'the service worker to control the page' },
    );
    if (!(await askToFill(j))) throw new Error('the worker could not fill the offline copy');
    await j.server.stop();
    try {
      for (const path of UNVISITED) {
        await j.open(path);
        await j.see('heading', /\S/, { within: 'main' });
        await j.see('link', /^(Exit this page|Salir de esta página)/);
      }
    } finally {
      await j.server.start();
    }
  },
};
