import { afterAll } from 'vitest';
import { loadDocumentWording } from './src/core/report/wording';
import { loadCatalogs } from './src/ui/i18n/catalog';

// The app loads each language's sentences before a page renders; tests render
// components directly, so every catalog is loaded in both languages up front.
import.meta.glob(['./src/ui/i18n/*.ts', '!**/*.test.ts'], { eager: true });
await Promise.all([loadCatalogs('en'), loadCatalogs('es')]);
// The documents' words load the same way, per language, before a document is made.
await Promise.all([loadDocumentWording('en'), loadDocumentWording('es')]);

// Preact schedules effects after paint with a 100 ms timer that then calls
// cancelAnimationFrame. In a jsdom test file, a timer still pending when the file
// ends would fire after jsdom's globals are gone and fail the run with an
// unhandled ReferenceError. Letting each file's last timers run first avoids it.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
