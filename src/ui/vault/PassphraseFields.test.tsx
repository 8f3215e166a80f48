// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PassphraseInput } from './PassphraseFields';

afterEach(cleanup);

function field(revealable: boolean) {
  return render(
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      <PassphraseInput
        id="p"
        label="Passphrase"
        value="lantern orchard"
        autoComplete="new-password"
        onInput={() => undefined}
        revealable={revealable}
      />
      <button type="submit">Go</button>
    </form>,
  );
}

describe('PassphraseInput with Show', () => {
  it('shows the passphrase as text and hides it again, saying which, with nothing kept', async () => {
    field(true);
    const input = screen.getByLabelText<HTMLInputElement>('Passphrase');
    expect(input.type).toBe('password');
    const toggle = await screen.findByRole('button', { name: 'Show passphrase' });
    expect(toggle.getAttribute('aria-controls')).toBe('p');
    expect(screen.getByText('Your passphrase is hidden')).toBeTruthy();

    fireEvent.click(toggle);
    expect(input.type).toBe('text');
    // As text, the browser's form history must not keep it.
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(screen.getByRole('button', { name: 'Hide passphrase' })).toBe(toggle);
    expect(screen.getByText('Your passphrase is visible')).toBeTruthy();

    fireEvent.click(toggle);
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('new-password');
  });

  it('is hidden again when the form is sent', async () => {
    field(true);
    const input = screen.getByLabelText<HTMLInputElement>('Passphrase');
    fireEvent.click(await screen.findByRole('button', { name: 'Show passphrase' }));
    expect(input.type).toBe('text');
    fireEvent.submit(input.form as HTMLFormElement);
    expect(input.type).toBe('password');
  });

  it('has no Show button where a passphrase is only typed to unlock', async () => {
    field(false);
    await screen.findByLabelText('Passphrase');
    expect(screen.queryByRole('button', { name: /passphrase/ })).toBeNull();
  });
});
