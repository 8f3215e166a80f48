// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { exit as en } from '../en/exit';

export const exit: typeof en = {
  button: 'Salir de esta página',
  hint: 'O presiona Shift tres veces',
  progress: (left: number) =>
    left === 1
      ? 'Shift: presiona una vez más para salir.'
      : `Shift: presiona ${left} veces más para salir.`,
  expired: 'Shift: se acabó el tiempo.',
  leaving: 'Cargando.',
};
