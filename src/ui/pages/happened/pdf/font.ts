// The embedded PDF font, as a data URL inside its own chunk: it is cached with
// the app for offline use and loaded only when a PDF is made. License: ../fonts/LICENSE.
import dejaVuSans from '../fonts/DejaVuSans.ttf?inline';

export const fontDataUrl: string = dejaVuSans;
