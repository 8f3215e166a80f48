/**
 * When the vault locks itself. Not secret (they say nothing about what is
 * stored), so they live in localStorage and work before unlock.
 */
export interface LockSettings {
  readonly idleMinutes: number;
  readonly lockWhenHidden: boolean;
}

export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_LOCK_SETTINGS: LockSettings = { idleMinutes: 5, lockWhenHidden: false };
export const LOCK_SETTINGS_KEY = 'terrarium-lock';

export function readLockSettings(): LockSettings {
  try {
    const raw = JSON.parse(
      localStorage.getItem(LOCK_SETTINGS_KEY) ?? 'null',
    ) as Partial<LockSettings> | null;
    return {
      idleMinutes: IDLE_CHOICES.includes(raw?.idleMinutes as (typeof IDLE_CHOICES)[number])
        ? (raw?.idleMinutes as number)
        : DEFAULT_LOCK_SETTINGS.idleMinutes,
      lockWhenHidden: raw?.lockWhenHidden === true,
    };
  } catch {
    return DEFAULT_LOCK_SETTINGS;
  }
}

export function saveLockSettings(settings: LockSettings): void {
  localStorage.setItem(LOCK_SETTINGS_KEY, JSON.stringify(settings));
}
