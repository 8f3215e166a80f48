// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { VaultErrorCode } from '../../../core/vault/errors';
import type { Strength } from '../../../core/vault/passphrase-strength';
import type { vault as en } from '../en/vault';

export const items = (n: number) => (n === 1 ? 'un elemento guardado' : `${n} elementos guardados`);

export const errors: Record<VaultErrorCode, string> = {
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
  'backup-too-large':
    'Este archivo es demasiado grande para ser una copia de seguridad de Terrarium (el límite es 64 MB), así que no se abrió. No se cambió nada.',
  'backup-unknown-settings':
    'Este archivo pide una configuración de cerradura que Terrarium nunca usa, así que puede que alguien lo haya cambiado. No se abrió. No se cambió nada.',
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
    lead: 'Con ella queda bajo llave todo lo que guardas en este dispositivo.',
    passphraseLabel: 'Frase secreta',
    passphraseHint:
      'Unas cuantas palabras comunes que solo tengan sentido para ti. Cuanto más larga, más segura.',
    strength,
    warning: 'Si la olvidas, nadie puede abrir tus notas: ni tú ni nosotros.',
    forgotSummary: '¿Y si la olvido?',
    forgotBody: [
      'No hay forma de recuperarla, y Terrarium no guarda ninguna pista. Recuérdala, o guárdala donde solo tú puedas encontrarla.',
      'Para empezar de nuevo sin ella, puedes borrar todo en Privacidad y configuración.',
      'Una copia de seguridad es una copia bajo llave de todo lo que guardaste. Se abre con la misma frase secreta, y es tu única copia si pierdes este dispositivo o se borra.',
    ],
    submit: 'Usar esta frase secreta y seguir',
    busy: 'Preparando la cerradura. Esto tarda un momento.',
    cancel: 'Ahora no',
    empty: 'Escribe una frase secreta.',
    tooShort: 'Usa al menos 8 caracteres.',
    tooEasy:
      'Es una de las primeras frases que alguien probaría para adivinarla. Agrega unas palabras tuyas.',
  },
  reveal: {
    show: 'Mostrar',
    hide: 'Ocultar',
    what: 'frase secreta',
    shown: 'Tu frase secreta se ve',
    hidden: 'Tu frase secreta está oculta',
  },
  backup: {
    offerHeading: '¿Guardar una copia de seguridad ahora?',
    offerBody:
      'Es una copia bajo llave de lo que guardas, por si pierdes este dispositivo o se borra. Se abre con tu frase secreta.',
    promptHeading: '¿Hacemos una copia de seguridad?',
    promptBody: (n: number) =>
      `Guardaste ${n === 1 ? 'una cosa' : `${n} cosas`} desde tu última copia de seguridad. Una copia nueva las protege si pierdes este dispositivo o se borra.`,
    save: 'Guardar una copia de seguridad',
    notNow: 'Ahora no',
    saved: 'Tu copia de seguridad está lista. Búscala en tus descargas.',
    close: 'Cerrar',
    lastNever: 'Última copia: nunca',
    last: (date: string) => `Última copia: ${date}`,
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
  tampering: {
    heading: 'Algunos elementos guardados no están como los dejaste',
    body: 'Algo fuera de Terrarium cambió estos elementos en el almacenamiento de este navegador. No se perdió nada más, y todo se muestra tal como está ahora.',
    kind: {
      'rolled-back': 'volvió a una copia anterior.',
      deleted: 'ya no está.',
      resurrected: 'se había borrado y apareció otra vez.',
      swapped: 'se cambió por otro elemento.',
      changed: 'se cambió y no se puede abrir.',
    },
    item: (what: string, date: string | null, kind: string) =>
      date ? `${what}, del ${date}: ${kind}` : `${what}: ${kind}`,
    index:
      'Se reemplazó la lista que Terrarium lleva de tus elementos guardados, así que esta vez no se pudo revisar cada elemento.',
    accept: 'Ya lo leí',
  },
  /** Plain names for record types in a backup summary. Features add theirs here. */
  typeNames: {
    'journal-entry': 'Entradas del diario',
    'notice-session': 'Sesiones de tu registro',
    draft: 'Borradores',
    'backup-date': 'Fechas de copias de seguridad',
  } as Readonly<Record<string, string>>,
  itemNames: {
    'journal-entry': 'Una entrada del diario',
    'notice-session': 'Una sesión de tu registro',
    draft: 'Un borrador',
  } as Readonly<Record<string, string>>,
  otherItem: 'Un elemento guardado',
  otherType: 'Otros elementos',
};
