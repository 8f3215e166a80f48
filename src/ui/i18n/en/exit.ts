/**
 * The exit control and the Shift shortcut. A catalog of its own because the early
 * script (before the app's) speaks these sentences too, and should carry no others.
 */
export const exit = {
  button: 'Exit this page',
  hint: 'Or press Shift three times',
  progress: (left: number): string =>
    left === 1 ? 'Shift: press once more to exit.' : `Shift: press ${left} more times to exit.`,
  expired: 'Shift: timed out.',
  /** Shown over the blank page while the next site loads: says nothing about Terrarium. */
  leaving: 'Loading.',
};
