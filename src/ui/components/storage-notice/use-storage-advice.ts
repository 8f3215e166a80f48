import { useEffect, useState } from 'preact/hooks';
import { type StorageAdvice, storageAdvice } from '../../../core/platform/storage-rule';

/** What this browser does with saved notes; null until the page runs (prerendered pages cannot know). */
export function useStorageAdvice(): StorageAdvice | null {
  const [advice, setAdvice] = useState<StorageAdvice | null>(null);
  useEffect(() => {
    setAdvice(
      storageAdvice({
        userAgent: navigator.userAgent,
        maxTouchPoints: navigator.maxTouchPoints ?? 0,
        standalone: (navigator as Navigator & { standalone?: boolean }).standalone,
        displayModeStandalone: matchMedia('(display-mode: standalone)').matches,
        canAskToKeep: typeof navigator.storage?.persist === 'function',
      }),
    );
  }, []);
  return advice;
}
