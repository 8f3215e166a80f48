// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { guardFormSubmission } from './form-guard';

function submitOf(form: HTMLFormElement): Event {
  const event = new Event('submit', { cancelable: true, bubbles: true });
  form.dispatchEvent(event);
  return event;
}

describe('guardFormSubmission', () => {
  beforeAll(() => {
    document.body.innerHTML =
      '<form autocomplete="off"><input name="therapist-name" value="Dr. Example"><button>Next</button></form>';
  });

  it('leaves forms alone until it is started', () => {
    const form = document.querySelector('form') as HTMLFormElement;
    expect(submitOf(form).defaultPrevented).toBe(false);
  });

  it('then cancels the browser’s own sending of any form, and the form’s own handler still runs', () => {
    guardFormSubmission();
    const form = document.querySelector('form') as HTMLFormElement;
    const own = vi.fn();
    form.addEventListener('submit', own);
    expect(submitOf(form).defaultPrevented).toBe(true);
    expect(own).toHaveBeenCalledTimes(1);
  });
});
