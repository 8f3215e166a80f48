import { onExit } from '../../safety/exit';

/**
 * A one-time message for the next page ("Saved", "Deleted"), so a page that
 * navigates away can still tell the person what happened. Dropped on exit like
 * everything else.
 */
let flash: string | null = null;

export function setFlash(message: string) {
  flash = message;
}

export function takeFlash(): string | null {
  const message = flash;
  flash = null;
  return message;
}

onExit(() => {
  flash = null;
});
