// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exit } from '../i18n/en/exit';
import { PRESSES_ATTRIBUTE, startShiftShortcut } from './shift-shortcut';

function key(type: 'keydown' | 'keyup', name: string) {
  window.dispatchEvent(new KeyboardEvent(type, { key: name }));
}

function pressShift() {
  key('keydown', 'Shift');
  key('keyup', 'Shift');
}

const region = () => document.querySelector<HTMLElement>('[aria-live]');

describe('the Shift shortcut on the page', () => {
  beforeAll(() => {
    startShiftShortcut();
    document.dispatchEvent(new Event('DOMContentLoaded'));
  });
  afterEach(() => {
    // Another key ends any count, so each test starts from nothing.
    key('keydown', 'a');
    document.querySelector('dialog')?.remove();
    vi.useRealTimers();
  });

  it('speaks the count and marks it on <html> for the dots', () => {
    pressShift();
    expect(region()?.textContent).toBe(exit.progress(2));
    expect(document.documentElement.getAttribute(PRESSES_ATTRIBUTE)).toBe('1');
    pressShift();
    expect(region()?.textContent).toBe(exit.progress(1));
    expect(document.documentElement.getAttribute(PRESSES_ATTRIBUTE)).toBe('2');
  });

  it('goes quiet when another key is pressed', () => {
    pressShift();
    key('keydown', 'b');
    expect(region()?.textContent).toBe('');
    expect(document.documentElement.hasAttribute(PRESSES_ATTRIBUTE)).toBe(false);
  });

  it('speaks from inside an open dialog, where the rest of the page is inert', () => {
    vi.useFakeTimers();
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    pressShift();
    expect(region()?.parentElement).toBe(dialog);
    vi.advanceTimersByTime(200);
    expect(region()?.textContent).toBe(exit.progress(2));
  });
});
