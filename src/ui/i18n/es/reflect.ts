// Spanish. Same shape as the English catalog (a missing sentence is a type error).
import type { reflect as en } from '../en/reflect';
/** Reflect: the private journal and its guided questions (PRODUCT.md §2). */
export const reflect: typeof en = {
  /** For dates and times. */
  locale: 'es-US',
  journal: {
    title: 'Tu diario',
    lead: 'Un lugar privado para pensar con calma. Solo tú puedes leer lo que escribes aquí. Queda bajo llave con tu frase secreta y nunca sale de este dispositivo.',
    startGuided: 'Empezar una reflexión guiada',
    guidedHint:
      'La reflexión guiada te hace unas pocas preguntas, una a la vez. Puedes saltarte cualquiera.',
    writeFree: 'Escribir una entrada libre',
    entriesHeading: 'Tus entradas',
    noEntries: 'Todavía no has escrito nada.',
    firstSaveHint:
      'Lo que guardes aparecerá aquí. La primera vez que guardes algo, elegirás una frase secreta que deja tu diario bajo llave.',
    unavailable:
      'Este navegador no puede guardar nada, así que aquí no puedes usar el diario. Prueba con otro navegador, o con una ventana que no sea privada.',
    searchLabel: 'Buscar en tu diario',
    searchHint: 'No importan las mayúsculas ni los acentos.',
    searchButton: 'Buscar',
    resultsHeading: 'Resultados de la búsqueda',
    clearSearch: 'Ver todas las entradas',
    count: (n: number) => (n === 1 ? 'Tienes 1 entrada.' : `Tienes ${n} entradas.`),
    matches: (n: number) =>
      n === 0
        ? 'Ninguna entrada coincide con tu búsqueda.'
        : n === 1
          ? '1 entrada coincide con tu búsqueda.'
          : `${n} entradas coinciden con tu búsqueda.`,
    guided: 'Reflexión guiada',
    free: 'Entrada libre',
    evidence: 'Marcada como prueba',
    edited: 'Con cambios desde que se escribió',
    deleted: 'La entrada se borró.',
  },
  prompts: {
    draws: {
      question: '¿Qué es lo que te atrae de tu terapeuta?',
      short: 'Lo que te atrae',
      hint: 'Elige todo lo que encaje. No hay respuestas equivocadas.',
      options: {
        looks: 'Su físico',
        'how-they-talk': 'Su forma de hablar',
        'how-they-look-at-me': 'Cómo me mira',
        'how-they-talk-to-me': 'Cómo me habla',
        'what-they-say-to-me': 'Lo que me dice',
        'how-they-listen': 'Cómo escucha',
        'makes-me-feel-safe': 'Que a su lado me siento a salvo',
        'makes-me-feel-unsafe': 'Que a su lado no me siento a salvo',
        'how-they-show-care': 'Cómo muestra que le importo',
        'understands-me': 'Lo bien que parece entenderme',
        'power-or-charisma': 'Su poder o su carisma',
        'something-suggestive': 'Algo insinuante que dijo o hizo',
        'something-else': 'Otra cosa',
      },
      textLabel: 'Con tus propias palabras (opcional)',
      textHint: 'Por ejemplo, qué es esa “otra cosa”, o un momento que recuerdas.',
    },
    'first-moment': {
      question: '¿Hubo un momento en terapia en que notaste estos sentimientos por primera vez?',
      short: 'Cuándo lo notaste',
      hint: 'Algunas personas recuerdan un momento. Muchas no. Las dos cosas son normales.',
      dateLabel: 'El día, si lo recuerdas (opcional)',
      dateHint: 'Basta con una fecha aproximada.',
      textLabel: '¿Qué pasó? (opcional)',
      textHint: 'Dónde estabas, qué se dijo, cómo te sentiste.',
    },
    suggestive: {
      question: '¿Tu terapeuta dijo o hizo algo insinuante que despertó estos sentimientos?',
      short: 'Algo insinuante',
      hint: 'Insinuante quiere decir con un toque sexual o romántico. Por ejemplo, un comentario sobre tu cuerpo o un roce que dura demasiado.',
      options: {
        no: 'No',
        'not-sure': 'No lo sé',
        once: 'Sí, una vez',
        'more-than-once': 'Sí, más de una vez',
      },
      textLabel: '¿Qué fue? (opcional)',
      textHint: 'Anotarlo ahora, con la fecha, puede ayudarte más adelante.',
    },
    comfort: {
      question: '¿Te sentirías a gusto hablando de estos sentimientos con tu terapeuta?',
      short: 'Hablarlo en terapia',
      hint: 'Si no, piensa por qué. ¿Solo te daría vergüenza, o algo no se siente seguro?',
      options: {
        comfortable: 'Sí, me sentiría a gusto',
        'only-awkward': 'Me daría vergüenza o sería incómodo, pero nada más',
        unsafe: 'No. Presiento que podría reaccionar de una forma en la que no me sentiría a salvo',
        'not-sure': 'No lo sé',
      },
      textLabel: '¿Quieres agregar algo? (opcional)',
      textHint: '',
    },
    gut: {
      question: 'Escucha tu instinto: ¿hay algo en tu terapeuta que te incomoda o que te frena?',
      short: 'Tu instinto',
      hint: 'Escucha a tu cuerpo, no solo a tus pensamientos. Un pequeño “algo no está bien” cuenta.',
      options: {
        yes: 'Sí',
        no: 'No',
        'not-sure': 'No lo sé',
      },
      textLabel: '¿Qué es? (opcional)',
      textHint: '',
    },
    notes: {
      question: '¿Hay algo más que quieras anotar?',
      short: 'Algo más',
      hint: 'Esto es solo para ti.',
      textLabel: 'Tus palabras (opcional)',
      textHint: '',
    },
  },
  guided: {
    back: 'Atrás',
    progress: (n: number, total: number) => `Pregunta ${n} de ${total}`,
    continue: 'Continuar',
    skip: 'Saltar esta pregunta',
    errorSummary: 'Hay un problema',
    dayInvalid: 'Escribe un día que exista, o deja el día en blanco',
    dayFuture: 'El día debe ser hoy o un día anterior',
  },
  summary: {
    title: 'Tu reflexión',
    lead: 'Todavía no se ha guardado nada. Léela con calma y cambia lo que quieras. Luego guárdala en tu diario.',
    skipped: 'Sin responder',
    change: 'Cambiar',
    changeWhat: (what: string) => `tu respuesta a “${what}”`,
    nothingAnswered:
      'Te saltaste todas las preguntas, así que no hay nada que guardar. Eso también está bien. Puedes volver a empezar cuando quieras.',
    cleared:
      'Tus respuestas se borraron cuando se cerró la página, así que no hay nada que guardar. Puedes volver a empezar cuando quieras.',
    startAgain: 'Empezar las preguntas de nuevo',
    save: 'Guardar en mi diario',
    saving: 'Guardando…',
    savedTitle: 'Tu reflexión está guardada',
    savedBody: 'Está en tu diario, bajo llave con tu frase secreta.',
    read: 'Leerla en tu diario',
    toDecide: 'Usar estas respuestas para decidir',
    toDecideHint:
      'La parte “Decidir” te ayuda a pensar si es seguro contarle a tu terapeuta lo que sientes. Usará lo que respondiste aquí, así que no te preguntará lo mismo dos veces.',
    toJournal: 'Ir a tu diario',
  },
  free: {
    title: 'Escribir una entrada libre',
    label: '¿Qué tienes en mente?',
    hint: 'Escribe lo que quieras, mucho o poco. Solo tú puedes leerlo.',
    save: 'Guardar en mi diario',
    empty: 'Escribe algo antes de guardar, o vuelve a tu diario',
    cancel: 'Volver a tu diario',
    saved: 'Se guardó en tu diario.',
  },
  entry: {
    title: 'Entrada del diario',
    editTitle: 'Cambiar esta entrada',
    back: 'Volver a tu diario',
    notFound: 'No encontramos esta entrada. Puede que se haya borrado.',
    written: (when: string) => `Escrita el ${when}.`,
    changed: (when: string) => `Último cambio: ${when}.`,
    edit: 'Cambiar esta entrada',
    editHint:
      'La versión que tienes ahora se conserva. Siempre podrás verla en “Versiones anteriores”.',
    bodyLabel: 'Tu entrada',
    saveChanges: 'Guardar los cambios',
    cancel: 'Cancelar',
    unchanged: 'No se cambió nada.',
    savedChanges: 'Tus cambios se guardaron. La versión anterior se conserva más abajo.',
    evidence: 'Marcar como prueba',
    unmarkEvidence: 'Quitar la marca de prueba',
    evidenceMarked: 'Esta entrada está marcada como prueba.',
    evidenceUnmarked: 'Se quitó la marca de prueba.',
    evidenceWhat: '¿Qué quiere decir “prueba”?',
    evidenceExplained:
      'Si algún día decides presentar una queja, Terrarium puede armar un informe con las entradas que marques. Marcar una entrada no la envía a ningún lugar. Puedes quitar la marca cuando quieras.',
    versionsHeading: 'Versiones anteriores',
    noVersions: 'Esta entrada no ha cambiado desde que se escribió.',
    version: (when: string) => `Versión escrita el ${when}`,
    delete: 'Borrar esta entrada',
    deleteTitle: '¿Borrar esta entrada?',
    deleteBody:
      'Se borrarán de este dispositivo la entrada y todas sus versiones anteriores. No se puede deshacer.',
    deleteConfirm: 'Sí, borrarla',
    deleteCancel: 'No, conservarla',
  },
  problems: {
    cancelled: 'No se guardó nada. Tus respuestas siguen aquí para cuando quieras.',
    unavailable:
      'Este navegador no puede guardar nada, así que no se guardó nada. Prueba con otro navegador, o con una ventana que no sea privada.',
    storageFull:
      'Este dispositivo no tiene espacio, así que no se guardó nada. Libera un poco de espacio y vuelve a intentarlo.',
    failed: 'Algo salió mal y no se guardó nada. Vuelve a intentarlo, por favor.',
  },
};
