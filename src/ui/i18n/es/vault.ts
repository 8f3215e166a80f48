// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { VaultErrorCode } from '../../../core/vault/errors';
import type { Strength } from '../../../core/vault/passphrase-strength';
import type { vault as en } from '../en/vault';

const items = (n: number) => (n === 1 ? 'un elemento guardado' : `${n} elementos guardados`);

const errors: Record<VaultErrorCode, string> = {
  unavailable:
    'Este navegador no deja que Terrarium guarde nada, así que aquí no se puede guardar. Puede pasar en una ventana privada o con una configuración de privacidad muy estricta.',
  cancelled: 'No se guardó nada.',
  locked: 'Tus notas están bloqueadas. Desbloquéalas y vuelve a intentarlo.',
  exists:
    'Ya se eligió una frase secreta en este dispositivo, quizás en otra pestaña. Escribe esa frase secreta para desbloquear.',
  missing: 'Todavía no hay nada guardado en este dispositivo.',
  'wrong-passphrase':
    'Esa frase secreta no coincide. Revisa si hay errores al escribir y si está activada la tecla de mayúsculas (Caps Lock). Luego vuelve a intentarlo. No se cambió nada.',
  'future-version':
    'Tus notas se guardaron con una versión más nueva de Terrarium. Vuelve a cargar la página para tener la versión más nueva. No se cambió nada.',
  'storage-full':
    'Este dispositivo no tiene espacio, así que esto no se guardó. Todo lo que guardaste antes está a salvo. Libera un poco de espacio y vuelve a intentarlo.',
  'write-failed':
    'No se pudo guardar. Todo lo que guardaste antes está a salvo. Vuelve a intentarlo, por favor.',
  damaged:
    'La cerradura de este dispositivo está dañada, así que aquí no se pueden abrir tus notas. No se cambió nada.',
  'invalid-record':
    'No se pudo guardar porque hay algo que no está bien. Todo lo que guardaste antes está a salvo.',
  'backup-foreign':
    'Este no es un archivo de copia de seguridad de Terrarium. Elige el archivo que creó Terrarium cuando guardaste una copia de seguridad. No se cambió nada.',
  'backup-truncated':
    'Este archivo de copia de seguridad está incompleto. Puede que se haya cortado al copiarlo. Intenta copiarlo otra vez. No se cambió nada.',
  'backup-corrupt':
    'Este archivo de copia de seguridad está dañado, así que no se puede usar. No se cambió nada.',
  'backup-future-version':
    'Esta copia de seguridad se hizo con una versión más nueva de Terrarium. Vuelve a cargar la página para tener la versión más nueva. Luego inténtalo otra vez. No se cambió nada.',
  'backup-wrong-passphrase':
    'Esa frase secreta no abre esta copia de seguridad. Usa la frase secreta que tenías cuando hiciste la copia. No se cambió nada.',
};

const strength: Record<Strength, string> = {
  'too-short': 'Muy corta. Usa al menos 8 caracteres.',
  weak: 'Fácil de adivinar. Agrega unas palabras más.',
  fair: 'Está bien. Con una o dos palabras más, sería más segura.',
  strong: 'Segura. Es difícil de adivinar.',
};

export const vault: typeof en = {
  errors,
  errorSummary: 'Hay un problema',
  setup: {
    title: 'Elige una frase secreta',
    lead: 'Antes de que Terrarium guarde algo, elige una frase secreta. Con ella queda bajo llave todo lo que guardas en este dispositivo.',
    passphraseLabel: 'Frase secreta',
    passphraseHint:
      'Funcionan bien unas cuantas palabras comunes que solo tengan sentido para ti. Cuanto más larga, más segura.',
    strength,
    confirmLabel: 'Escribe la frase secreta otra vez',
    warningHeading: 'Antes de seguir',
    warning: [
      'Si olvidas tu frase secreta, nadie puede abrir lo que guardaste. Ni tú ni nosotros. No hay forma de recuperarla.',
      'Terrarium no guarda ninguna pista. Recuerda tu frase secreta, o guárdala en un lugar donde solo tú puedas encontrarla.',
      'Una copia de seguridad (en Privacidad y configuración) es una copia bajo llave de todo lo que guardaste. Si este dispositivo se pierde, se rompe o se borra, es la única copia que te queda. Se abre con la misma frase secreta.',
    ],
    submit: 'Usar esta frase secreta y seguir',
    busy: 'Preparando la cerradura. Esto tarda un momento.',
    cancel: 'Ahora no',
    empty: 'Escribe una frase secreta.',
    tooShort: 'Usa al menos 8 caracteres.',
    mismatch: 'Las dos frases secretas no son iguales. Escríbelas otra vez.',
  },
  unlock: {
    title: 'Desbloquea tus notas',
    lead: 'Escribe tu frase secreta para ver y guardar tus notas privadas.',
    label: 'Frase secreta',
    submit: 'Desbloquear',
    busy: 'Desbloqueando. Esto tarda un momento.',
    cancel: 'Cancelar',
    empty: 'Escribe tu frase secreta.',
    forgotSummary: 'Olvidé mi frase secreta',
    forgotBody:
      'Sin la frase secreta, nadie puede abrir tus notas, y no hay forma de recuperarla. Para empezar de nuevo, puedes borrar todo en Privacidad y configuración. Una copia de seguridad solo se abre con la frase secreta con la que se hizo.',
  },
  inPage: {
    lockedHeading: 'Tus notas están bloqueadas',
    lockedBody:
      'Están a salvo en este dispositivo. Desbloquéalas con tu frase secreta para verlas.',
    unlockButton: 'Desbloquear',
    noneHeading: 'Todavía no hay nada guardado',
    noneBody:
      'La primera vez que guardes algo, elegirás una frase secreta para ponerlo bajo llave.',
    setupButton: 'Elegir una frase secreta',
  },
  problems: (n: number) =>
    n === 1
      ? 'No se pudo abrir un elemento guardado. Sigue en este dispositivo tal como estaba, pero no se incluye en las copias de seguridad.'
      : `No se pudieron abrir ${n} elementos guardados. Siguen en este dispositivo tal como estaban, pero no se incluyen en las copias de seguridad.`,
  lockedNotice: 'Se bloqueó. Tus notas quedan ocultas hasta que vuelvas a desbloquearlas.',
  settings: {
    lockHeading: 'Tu frase secreta y el bloqueo',
    status: {
      unavailable: errors.unavailable,
      none: 'Todavía no hay nada guardado. Elegirás una frase secreta la primera vez que guardes algo.',
      locked: 'Tus notas están bloqueadas.',
      unlocked: 'Tus notas están desbloqueadas.',
    },
    lockNow: 'Bloquear ahora',
    idleLabel: 'Bloquear después de este tiempo sin uso',
    idleOption: (minutes: number) => (minutes === 1 ? '1 minuto' : `${minutes} minutos`),
    hiddenLabel: 'Bloquear también cuando cambie a otra app o pestaña',
    saveLock: 'Guardar las opciones de bloqueo',
    lockSaved: 'Listo. Tus opciones de bloqueo ya están activas.',
    storageHeading: 'Conservar tus notas en este dispositivo',
    storage: {
      persisted:
        'Este navegador aceptó conservar tus notas, aunque al dispositivo le quede poco espacio.',
      notPersisted:
        'Este navegador podría borrar tus notas guardadas si al dispositivo casi no le queda espacio. Por si acaso, guarda una copia de seguridad.',
      unknown:
        'Este navegador no dice si conserva las notas guardadas cuando queda poco espacio. Por si acaso, guarda una copia de seguridad.',
    },
    askPersist: 'Pedir al navegador que conserve mis notas',
    passphraseHeading: 'Cambiar tu frase secreta',
    passphraseNeedsVault: 'Podrás cambiar tu frase secreta cuando tengas algo guardado.',
    currentLabel: 'Frase secreta actual',
    newLabel: 'Frase secreta nueva',
    confirmNewLabel: 'Escribe la frase secreta nueva otra vez',
    changeSubmit: 'Cambiar la frase secreta',
    changeBusy: 'Cambiando tu frase secreta. Esto tarda un momento.',
    changed:
      'Listo. Cambiaste tu frase secreta. Las copias de seguridad que hiciste antes se siguen abriendo con la frase secreta anterior.',
    backupHeading: 'Copia de seguridad',
    backupBody:
      'Una copia de seguridad es un archivo con todo lo que guardaste, todavía bajo llave con tu frase secreta. Guárdala en un lugar seguro, lejos de quien no deba verla. Si pierdes este dispositivo o se borra, es la única forma de recuperar tus notas.',
    exportButton: 'Guardar una copia de seguridad',
    exported: 'Tu copia de seguridad está lista. Búscala en tus descargas.',
    exportNothing: 'Todavía no hay nada que guardar en una copia de seguridad.',
    importHeading: 'Restaurar desde una copia de seguridad',
    importLabel: 'Elige el archivo de copia de seguridad',
    importHint: 'Elige un archivo que guardó Terrarium. Nada cambia hasta que lo confirmes.',
    importCheck: 'Revisar este archivo',
    importChooseFile: 'Primero elige un archivo de copia de seguridad.',
    importPassphraseLabel: 'La frase secreta que tenías cuando hiciste esta copia',
    importOpen: 'Abrir la copia de seguridad',
    importBusy: 'Abriendo la copia de seguridad. Esto tarda un momento.',
    summaryHeading: 'Qué hay en esta copia',
    summaryTotal: (n: number) =>
      n === 0
        ? 'Esta copia de seguridad está vacía.'
        : `Esta copia de seguridad tiene ${items(n)}.`,
    summaryRange: (from: string, to: string) =>
      from === to ? `Todo es del ${from}.` : `Lo que tiene va del ${from} al ${to}.`,
    summaryType: (label: string, n: number) => `${label}: ${n}`,
    modeLegend: '¿Cómo quieres restaurarla?',
    modeMerge:
      'Agregarla a lo que ya hay en este dispositivo. Si algo está en los dos, se queda la versión más nueva.',
    modeReplace: 'Reemplazar todo lo que hay en este dispositivo con la copia de seguridad.',
    modeReplaceHint:
      'Se borrará todo lo que esté en este dispositivo y no esté en la copia de seguridad.',
    restoreIntoEmpty:
      'No hay nada guardado en este dispositivo, así que la copia se restaurará tal como está. Después, desbloquea con la frase secreta que tenías cuando la hiciste.',
    confirmRestore: 'Restaurar',
    cancelRestore: 'Cancelar',
    restored: (n: number) =>
      n === 0
        ? 'Listo. No se agregó nada nuevo.'
        : n === 1
          ? 'Listo. Se restauró un elemento guardado de la copia de seguridad.'
          : `Listo. Se restauraron ${n} elementos guardados de la copia de seguridad.`,
    eraseHeading: 'Borrar todo',
    eraseBody:
      'Esto borra todo lo que Terrarium guardó en este dispositivo: tus notas, tu configuración y la copia que se usa sin conexión. No se puede deshacer. Si tienes una copia de seguridad en otro lugar, esa no se borra.',
    eraseWord: 'BORRAR',
    eraseLabel: 'Para confirmar, escribe BORRAR',
    eraseButton: 'Borrar todo',
    eraseMismatch: 'Para confirmar, escribe BORRAR en mayúsculas.',
    erasing: 'Borrando…',
    erasePartial:
      'Algunas cosas no se pudieron borrar. Cierra todas las pestañas de Terrarium y vuelve a intentarlo.',
  },
  /** Plain names for record types in a backup summary. Features add theirs here. */
  typeNames: {
    'journal-entry': 'Entradas del diario',
    'notice-session': 'Sesiones de tu registro',
  } as Readonly<Record<string, string>>,
  otherType: 'Otros elementos',
};
