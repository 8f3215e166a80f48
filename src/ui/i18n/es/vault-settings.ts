import type { vaultSettings as en } from '../en/vault-settings';
import { errors, items } from './vault';

export const vaultSettings: typeof en = {
  rows: {
    lock: 'Bloqueo',
    passphrase: 'Frase secreta',
    backup: 'Copia de seguridad',
    exit: 'A dónde lleva “Salir de esta página”',
    erase: 'Borrar todo',
  },
  change: 'Cambiar',
  open: 'Abrir',
  lockValue: (minutes: number, whenHidden: boolean) =>
    `Después de ${minutes === 1 ? '1 minuto' : `${minutes} minutos`} sin uso${whenHidden ? ', y al cambiar a otra app o pestaña' : ''}`,
  passphraseValue: {
    none: 'Todavía no la elegiste',
    set: 'Elegida',
    unavailable: errors.unavailable,
  },
  backupValue: {
    none: 'Todavía no hay nada que copiar',
    locked: 'Desbloquea para ver cuándo hiciste la última',
  },
  eraseValue: 'Borra todo lo que Terrarium guardó en este navegador',
  back: 'Volver a la configuración',
  lockHeading: 'Bloqueo',
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
  changeSubmit: 'Cambiar la frase secreta',
  changeBusy: 'Cambiando tu frase secreta. Esto tarda un momento.',
  passphraseBody:
    'Al cambiarla, todo queda bajo llave otra vez con una llave nueva. Una copia de seguridad que hiciste antes se sigue abriendo con la frase secreta anterior. Tiene lo que estaba guardado cuando la hiciste, y nada más nuevo.',
  changed:
    'Listo. Cambiaste tu frase secreta y todo quedó bajo una llave nueva. Las copias de seguridad anteriores se siguen abriendo con la frase secreta anterior, pero no tienen nada de lo que guardaste después. Guarda una copia de seguridad nueva.',
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
    n === 0 ? 'Esta copia de seguridad está vacía.' : `Esta copia de seguridad tiene ${items(n)}.`,
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
    'Esto borra todo lo que Terrarium guardó en este navegador: tus notas, tu configuración y la copia que se usa sin conexión. No se puede deshacer. Si tienes una copia de seguridad en otro lugar, esa no se borra.',
  eraseKeepsHeading: 'Lo que el navegador todavía puede guardar',
  eraseKeeps: [
    'El navegador puede guardar por un tiempo copias viejas, bajo llave, de lo que se borró en sus propios archivos, hasta que los ordena.',
    'Tu historial de navegación todavía muestra que visitaste este sitio.',
    'Para quitar esto también, abre la configuración de tu navegador, busca los datos guardados de este sitio (a menudo se llaman "datos de sitios" o "cookies y datos de sitios") y bórralos. Después borra tu historial de navegación.',
  ],
  eraseNoBackup:
    'Nunca guardaste una copia de seguridad. Si borras todo, tus notas se pierden para siempre.',
  eraseLastBackup: (date: string) =>
    `Guardaste tu última copia de seguridad el ${date}. Lo que guardaste después se perderá para siempre.`,
  eraseUnknownBackup:
    'Si no guardaste una copia de seguridad, tus notas se perderán para siempre cuando borres todo.',
  eraseWord: 'BORRAR',
  eraseLabel: 'Para confirmar, escribe BORRAR',
  eraseButton: 'Borrar todo',
  eraseMismatch: 'Para confirmar, escribe la palabra BORRAR.',
  erasing: 'Borrando…',
  erasePartial:
    'Algunas cosas no se pudieron borrar. Cierra todas las pestañas de Terrarium y vuelve a intentarlo.',
};
