import { afterAll } from 'vitest';

// Preact schedules effects after paint with a 100 ms timer that then calls
// cancelAnimationFrame. In a jsdom test file, a timer still pending when the file
// ends would fire after jsdom's globals are gone and fail the run with an
// unhandled ReferenceError. Letting each file's last timers run first avoids it.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
