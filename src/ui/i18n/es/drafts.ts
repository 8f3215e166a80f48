// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { drafts as en } from '../en/drafts';

export const drafts: typeof en = {
  kept: 'Tu borrador está guardado.',
  keptLocked: 'Tu borrador está guardado bajo llave. Desbloquea para recuperarlo.',
  discard: 'Descartar este borrador',
  idleWarning:
    'Terrarium se va a bloquear pronto porque no hubo actividad por un rato. Lo que estás escribiendo se guardará bajo llave.',
  keepWorking: 'Seguir trabajando',
  unlock: 'Desbloquear',
};
