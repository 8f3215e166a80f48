// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { Draw, Question, SuggestiveAnswer } from '../../../core/decide/answers';
import type { Outcome } from '../../../core/decide/outcomes';
import type { Dated, decide as en, QuestionText } from '../en/decide';

const yesNo = {
  no: { label: 'No' },
  'not-sure': { label: 'No lo sé' },
  yes: { label: 'Sí' },
};

const questions: {
  draws: QuestionText<Draw>;
  suggestive: QuestionText<SuggestiveAnswer>;
  proposal: QuestionText<'no' | 'not-sure' | 'yes'>;
  contact: QuestionText<'no' | 'not-sure' | 'yes'>;
  comfort: QuestionText<'comfortable' | 'only-awkward' | 'not-sure' | 'unsafe'>;
  gut: QuestionText<'no' | 'not-sure' | 'yes'>;
} = {
  draws: {
    title: '¿Qué te atrae de tu terapeuta?',
    hint: 'Marca todas las que encajen. No hay respuestas malas.',
    summary: 'Qué te atrae',
    required: 'Elige al menos una, o sáltate esta pregunta',
    options: {
      looks: { label: 'Su físico' },
      'how-they-talk': { label: 'Su forma de hablar' },
      'how-they-look-at-me': { label: 'Cómo me mira' },
      'how-they-talk-to-me': { label: 'Cómo me habla' },
      'what-they-say-to-me': { label: 'Lo que me dice' },
      'how-they-listen': { label: 'Cómo me escucha' },
      'makes-me-feel-safe': { label: 'Que a su lado me siento a salvo' },
      'makes-me-feel-unsafe': { label: 'Que a su lado no me siento a salvo' },
      'how-they-show-care': { label: 'Cómo me demuestra que le importo' },
      'understands-me': { label: 'Lo bien que parece entenderme' },
      'power-or-charisma': { label: 'Su poder o su carisma' },
      'something-suggestive': { label: 'Algo insinuante que dijo o hizo' },
      'something-else': { label: 'Otra cosa' },
    },
  },
  suggestive: {
    title: '¿Tu terapeuta ha dicho o hecho algo insinuante?',
    hint: 'Por ejemplo, un comentario sobre tu cuerpo, una broma o una mirada coqueta, o sacar el tema del sexo sin que tú lo buscaras.',
    summary: 'Algo insinuante',
    required: 'Elige una respuesta, o sáltate esta pregunta',
    options: {
      no: { label: 'No' },
      'once-repaired': {
        label:
          'Una vez, y lo arregló enseguida: lo reconoció o pidió perdón, y no ha vuelto a pasar',
      },
      'not-sure': { label: 'No lo sé' },
      once: { label: 'Sí, una vez' },
      'more-than-once': { label: 'Sí, más de una vez' },
    },
  },
  proposal: {
    title: '¿Tu terapeuta te ha insinuado o pedido una relación romántica o sexual?',
    hint: 'Esto incluye insinuar algo para “cuando termine la terapia”, o decirte que ojalá las cosas entre ustedes fueran distintas.',
    summary: 'Una insinuación o propuesta de relación',
    required: 'Elige una respuesta, o sáltate esta pregunta',
    options: yesNo,
  },
  contact: {
    title: '¿Tu terapeuta ha participado en algún contacto sexual contigo?',
    hint: 'De cualquier tipo, ahora o en el pasado: besos, caricias que se sintieron sexuales, o sexo. Si tú diste un paso y tu terapeuta lo detuvo con amabilidad y claridad, responde que no: hizo su trabajo. Pasara lo que pasara, no es tu culpa.',
    summary: 'Contacto sexual',
    required: 'Elige una respuesta, o sáltate esta pregunta',
    options: yesNo,
  },
  comfort: {
    title: '¿Te sentirías a gusto contándole a tu terapeuta lo que sientes?',
    hint: 'Piensa en cómo crees que reaccionaría.',
    summary: 'Si te sentirías a gusto contándoselo',
    required: 'Elige una respuesta, o sáltate esta pregunta',
    options: {
      comfortable: { label: 'Sí, creo que sí' },
      'only-awkward': { label: 'Me daría vergüenza o sería incómodo, pero nada más' },
      unsafe: {
        label: 'No. Presiento que podría reaccionar de una forma en la que no me sentiría a salvo',
      },
      'not-sure': { label: 'No lo sé' },
    },
  },
  gut: {
    title: 'Escucha a tu instinto: ¿hay algo de tu terapeuta que te incomode o te frene?',
    hint: 'Hazle caso a lo primero que sientas.',
    summary: 'Lo que dice tu instinto',
    required: 'Elige una respuesta, o sáltate esta pregunta',
    options: yesNo,
  },
};

/** Draws as they read inside a sentence ("Parte de lo que te atrae es …"). */
const drawsInSentence: Record<Draw, string> = {
  looks: 'su físico',
  'how-they-talk': 'su forma de hablar',
  'how-they-look-at-me': 'cómo te mira',
  'how-they-talk-to-me': 'cómo te habla',
  'what-they-say-to-me': 'lo que te dice',
  'how-they-listen': 'cómo te escucha',
  'makes-me-feel-safe': 'que a su lado te sientes a salvo',
  'makes-me-feel-unsafe': 'que a su lado no te sientes a salvo',
  'how-they-show-care': 'cómo te demuestra que le importas',
  'understands-me': 'lo bien que parece entenderte',
  'power-or-charisma': 'su poder o su carisma',
  'something-suggestive': 'algo insinuante que dijo o hizo',
  'something-else': 'otra cosa',
};

const outcomes: (typeof en)['outcomes'] = {
  stop: {
    title: 'Detente y busca apoyo',
    meaning: [
      'Lo que nos contaste significa que tu terapeuta cruzó un límite. Todas las profesiones de la salud mental lo prohíben.',
      'No es tu culpa, aunque tú hayas dado el primer paso. Cuidar ese límite siempre le toca a tu terapeuta, nunca a ti.',
      'Ninguna lista de preguntas puede medir lo que te pasó. Tu instinto es tu mejor guía, y no necesitas pruebas para irte.',
    ],
    next: [
      {
        text: 'No vuelvas a las sesiones con esta persona, aunque te pida perdón o te prometa que no va a volver a pasar.',
      },
      {
        text: 'Mereces apoyo. Lee los primeros pasos, dónde buscar ayuda y cómo presentar una queja.',
        link: { href: '/happened', label: 'Si ya pasó' },
      },
    ],
  },
  'walk-away': {
    title: 'Quizás es hora de alejarte',
    meaning: [
      'Lo que nos contaste indica que tu terapeuta no está respetando el límite profesional.',
      'Si le cuentas lo que sientes, podrías darle pie para ir más lejos. No hiciste nada malo al darte cuenta.',
      'No hay una fórmula para esto, y tú conoces tu terapia mejor que nosotros. Si tu instinto te dice que te vayas, no necesitas pruebas para irte.',
    ],
    next: [
      {
        text: 'Piensa en dejar la terapia con esta persona y buscar a alguien nuevo.',
        link: { href: '/learn/leaving-a-therapist', label: 'Dejar una terapia y buscar otra' },
      },
      {
        text: 'Puedes presentar una queja ante la junta de licencias de tu terapeuta. No tienes que decidirlo ahora.',
      },
      {
        text: 'Guarda tus notas y tu registro de sesiones. Te pueden servir más adelante.',
        link: { href: '/notice', label: 'Tu registro de sesiones' },
      },
    ],
  },
  'slow-down': {
    title: 'Confía en tu instinto: ve más despacio',
    meaning: [
      'Algunas de tus respuestas nos dejan con dudas. Eso no quiere decir que algo ande mal. Quiere decir que no hay prisa.',
      'No hay una fórmula para esto. Tu instinto es tu mejor guía: escúchalo mientras avanzas.',
    ],
    meaningGut: [
      'Algunas de tus respuestas dicen que una parte de ti se está frenando. Tómalo en serio.',
      'No necesitas pruebas para frenarte, ni para irte. No hay una fórmula para esto: tu instinto es tu mejor guía.',
    ],
    unsureAboutLine: {
      text: 'Si no sabes bien si ya se cruzó un límite, lee lo que otras personas hacen cuando pasó.',
      link: { href: '/happened', label: 'Si ya pasó' },
    },
    next: [
      { text: 'No tienes que contárselo a tu terapeuta ahora.' },
      {
        text: 'Sigue observando: anota tus sesiones y cómo te sientes en ellas.',
        link: { href: '/notice', label: 'Abre tu registro de sesiones' },
      },
      { text: 'Habla de esto con alguien de confianza, fuera de la terapia.' },
      {
        text: 'Vuelve más adelante y responde otra vez estas preguntas. Puedes cambiar cualquier respuesta.',
      },
    ],
  },
  'probably-safe': {
    title: 'Probablemente puedes hablarlo',
    meaning: [
      'Por lo que respondiste, nada indica que tu terapeuta esté cruzando un límite. Sentir algo así en terapia es muy común. Una buena terapia te puede ayudar a entenderlo.',
      'No conocemos a tu terapeuta, y no podemos prometerte cómo va a reaccionar. No hay una fórmula para esto: tu instinto es tu mejor guía. Si algo de lo que hace te preocupa, vuelve aquí.',
    ],
    next: [
      {
        text: 'Prepárate para la conversación: formas de empezar y cómo es una buena respuesta.',
        link: { href: '/prepare', label: 'Prepara la conversación' },
      },
    ],
  },
};

export const decide: typeof en = {
  intro: {
    title: '¿Es seguro contárselo a mi terapeuta?',
    lead: 'Seis preguntas cortas sobre lo que sientes y sobre tu terapeuta. Después te decimos qué pensamos, y por qué.',
    points: [
      'Puedes saltarte una pregunta, volver atrás y cambiar cualquier respuesta.',
      'Si llevas un registro de tus sesiones en Terrarium, también tenemos en cuenta lo que muestra.',
      'No conocemos a tu terapeuta. Por eso te explicamos nuestras razones, para que puedas sacar tus propias conclusiones.',
    ],
    privacy:
      'Tus respuestas se quedan en esta página hasta que la cierres, a menos que decidas guardarlas. Lo que guardes queda protegido con tu frase secreta.',
    start: 'Empezar',
    resume: (n: number) => `Seguir desde la pregunta ${n}`,
    resumeCheck: 'Seguir: revisar tus respuestas',
    resumeResult: 'Ver otra vez tu resultado',
    clear: 'Borrar mis respuestas y empezar de nuevo',
    cleared: 'Se borraron tus respuestas.',
    unlockToResume: 'Desbloquear para seguir con tus respuestas guardadas',
    fromJournal: (n: number): string =>
      n === 1
        ? 'Tu última reflexión en el diario ya responde una de las preguntas, así que no te la volveremos a hacer. Puedes revisarla y cambiarla antes de ver el resultado.'
        : `Tu última reflexión en el diario ya responde ${n} de las preguntas, así que no te las volveremos a hacer. Puedes revisarlas y cambiarlas antes de ver el resultado.`,
    savedHeading: 'Tus resultados guardados',
    savedItem: (date: string, outcome: string) => `${date}: ${outcome}`,
  },
  progress: (n: number, of: number) => `Pregunta ${n} de ${of}`,
  back: 'Atrás',
  continue: 'Continuar',
  skip: 'Saltar esta pregunta',
  skipHint: 'Si te saltas una pregunta, la contamos como “no lo sé”, nunca como “no”.',
  errorSummary: 'Hay un problema',
  fromJournal: 'De tu diario',
  questions,
  drawsInSentence,
  check: {
    title: 'Revisa tus respuestas',
    lead: 'Puedes cambiar cualquier respuesta antes de ver el resultado.',
    change: 'Cambiar',
    changeHidden: (what: string) => ` la respuesta sobre ${what.toLowerCase()}`,
    skipped: 'Te la saltaste. La contamos como “no lo sé”.',
    cleared: 'Tus respuestas se borraron cuando se cerró la página.',
    startAgain: 'Empezar de nuevo',
    logHeading: 'De tu registro de sesiones',
    logLocked:
      'Tu registro de sesiones está bloqueado. Desbloquéalo para incluir lo que muestra, o sigue sin él.',
    logUnlock: 'Desbloquear mi registro de sesiones',
    logSkip: 'Seguir sin él',
    logNone: 'No has anotado ninguna sesión. No pasa nada: nos guiamos por tus respuestas.',
    logClear: (n: number) =>
      n === 1
        ? 'Tu única sesión anotada no muestra ninguna señal de alerta.'
        : `Tus ${n} sesiones anotadas no muestran ninguna señal de alerta.`,
    logSigns: (n: number) =>
      n === 1
        ? 'Tu única sesión anotada muestra estas señales:'
        : `Tus ${n} sesiones anotadas muestran estas señales:`,
    logSign: (sign: string, count: number) =>
      count === 1 ? `${sign}: en 1 sesión` : `${sign}: en ${count} sesiones`,
    logCorrect: 'Si algo de esto no es correcto, puedes corregirlo en tu registro de sesiones.',
    logLink: 'Ir a tu registro de sesiones',
    seeResult: 'Ver el resultado',
  },
  result: {
    lockedTitle: 'Tu registro de sesiones está bloqueado',
    lockedLead:
      'Lo que guardaste está bloqueado, y las sesiones que anotaste también. Desbloquéalo para que el resultado incluya lo que muestra tu registro de sesiones. Lo que contiene puede cambiar el resultado.',
    lockedSkipped:
      'No leímos tu registro de sesiones: está bloqueado. Este resultado se basa solo en tus respuestas, así que no puede decir que probablemente puedes hablarlo.',
    goneTitle: 'Tus respuestas ya no están',
    gone: 'Tus respuestas se borraron cuando se cerró la página, así que no hay ningún resultado que mostrar.',
    scaleLabel: 'Hacia dónde apuntan tus respuestas',
    scaleMarker: 'Tus respuestas',
    scale: {
      'probably-safe': 'Hablarlo',
      'slow-down': 'Ir más despacio',
      'walk-away': 'Alejarte',
      stop: 'Detenerte y buscar apoyo',
    } satisfies Record<Outcome, string>,
    why: 'Por qué pensamos esto',
    alsoNoted: 'Otras cosas que notamos',
    next: 'Qué puedes hacer ahora',
    notTherapy:
      'Terrarium no es terapia y no conoce a tu terapeuta. Esta es nuestra lectura de tus respuestas, no una promesa.',
    crisisHeading: 'Si necesitas ayuda ahora',
    crisis988:
      'Llama o envía un mensaje de texto al 988, a cualquier hora y gratis. Para español, marca 2.',
    crisis911: 'En una emergencia, llama al 911.',
    rainn:
      'Llama a RAINN, la línea nacional contra la agresión sexual, al 800-656-4673, a cualquier hora.',
    tell: 'TELL (therapyabuse.org): personas que pasaron por esto responden por correo, en inglés.',
    change: 'Cambiar tus respuestas',
    save: 'Guardar este resultado',
    saved: (date: string) =>
      `Se guardó el ${date}. Lo vas a encontrar en la primera página de estas preguntas.`,
    savedOn: (date: string) => `Guardaste este resultado el ${date}.`,
    remove: 'Borrar este resultado guardado',
    removed: 'Se borró el resultado guardado.',
    missing: 'No encontramos este resultado guardado. Puede que se haya borrado.',
    unlockToSee: 'Este resultado guardado está bloqueado. Desbloquéalo para verlo.',
    unlock: 'Desbloquear',
    answersHeading: 'Tus respuestas',
  },
  save: {
    later: 'Guardar y seguir más tarde',
    saved:
      'Listo. Tus respuestas quedan guardadas y protegidas en este dispositivo. Vuelve a estas preguntas para seguir.',
    cancelled: 'No se guardó. Tus respuestas se quedan en esta página hasta que la cierres.',
    unavailable:
      'Este navegador no puede guardar nada. Tus respuestas se quedan en esta página hasta que la cierres.',
    failed: 'No pudimos guardar. Tus respuestas siguen aquí, en esta página. Inténtalo otra vez.',
  },
  outcomes,
  reasons: {
    'reported-contact': 'Nos dijiste que tu terapeuta participó en un contacto sexual contigo.',
    'reported-proposal':
      'Nos dijiste que tu terapeuta te insinuó o te pidió una relación romántica o sexual.',
    'logged-overriding': {
      'romantic-proposal': ((dates) =>
        `Tu registro de sesiones muestra una insinuación o una propuesta de relación (${dates}).`) as Dated,
      'sexual-contact': ((dates) =>
        `Tu registro de sesiones muestra contacto sexual (${dates}).`) as Dated,
    },
    'suggestive-more-than-once':
      'Nos dijiste que tu terapeuta ha dicho o hecho algo insinuante más de una vez.',
    'suggestive-sign-recurs': {
      'body-comments': ((dates) =>
        `Tu registro de sesiones muestra comentarios sobre tu cuerpo o tu físico más de una vez (${dates}).`) as Dated,
      'sex-talk': ((dates) =>
        `Tu registro de sesiones muestra que habló de tu vida sexual más de una vez, sin que tú lo pidieras (${dates}).`) as Dated,
    },
    'suggestive-and-unsafe':
      'Pasó algo insinuante, y presientes que tu terapeuta podría reaccionar de una forma en la que no te sentirías a salvo.',
    'signs-recur': 'Varias señales de alerta se repitieron en más de una sesión:',
    'many-signs': (n: number) =>
      `Tu registro de sesiones muestra ${n} señales de alerta distintas:`,
    'feels-unsafe': {
      comfort:
        'Presientes que tu terapeuta podría reaccionar de una forma en la que no te sentirías a salvo.',
      draw: 'Parte de lo que te atrae es que a su lado no te sientes a salvo.',
    },
    'not-sure': {
      draws: 'No sabes bien qué te atrae.',
      suggestive: 'No sabes bien si algo que dijo o hizo tu terapeuta fue insinuante.',
      proposal: 'No sabes bien si tu terapeuta te insinuó una relación.',
      contact: 'No sabes bien si tu terapeuta participó en un contacto sexual contigo.',
      comfort: 'No sabes bien si te sentirías a gusto contándoselo.',
      gut: 'No sabes bien qué te dice tu instinto.',
    } satisfies Record<Question, string>,
    skipped: {
      draws: 'Te saltaste la pregunta sobre qué te atrae, así que la contamos como “no lo sé”.',
      suggestive:
        'Te saltaste la pregunta sobre algo insinuante, así que la contamos como “no lo sé”.',
      proposal:
        'Te saltaste la pregunta sobre una insinuación o propuesta de relación, así que la contamos como “no lo sé”.',
      contact:
        'Te saltaste la pregunta sobre contacto sexual, así que la contamos como “no lo sé”.',
      comfort:
        'Te saltaste la pregunta sobre si te sentirías a gusto contándoselo, así que la contamos como “no lo sé”.',
      gut: 'Te saltaste la pregunta sobre tu instinto, así que la contamos como “no lo sé”.',
    } satisfies Record<Question, string>,
    skippedMany: (n: number, list: string): string =>
      `Te saltaste ${n} preguntas: ${list}. Contamos cada una como “no lo sé”.`,
    skippedName: {
      draws: 'qué te atrae',
      suggestive: 'algo insinuante',
      proposal: 'una insinuación o propuesta de relación',
      contact: 'contacto sexual',
      comfort: 'si te sentirías a gusto contándoselo',
      gut: 'tu instinto',
    } satisfies Record<Question, string>,
    'gut-uneasy': 'Hay algo de tu terapeuta que te incomoda o te frena.',
    'suggestive-once': 'Nos dijiste que tu terapeuta dijo o hizo algo insinuante una vez.',
    'suggestive-draw': 'Parte de lo que te atrae es algo insinuante que dijo o hizo.',
    'draws-power-or-gaze': (list: string) =>
      `Parte de lo que te atrae es ${list}. Ese tipo de atracción puede hacer más difícil ver las cosas con claridad.`,
    'draws-other': (list: string) =>
      `Lo que te atrae incluye ${list}, no solo su calidez, la seguridad y sentir que te escucha y te entiende.`,
    'some-signs': (n: number) =>
      n === 1
        ? 'Tu registro de sesiones muestra una señal de alerta. Vale la pena anotar lo que pasa una sola vez, pero lo que más importa es una señal que se repite:'
        : 'Tu registro de sesiones muestra señales de alerta. Vale la pena anotar lo que pasa una sola vez, pero lo que más importa son las señales que se repiten:',
    'log-locked':
      'Tu registro de sesiones está bloqueado, así que no pudimos leerlo. Lo que contiene podría cambiar este resultado.',
    'slip-repaired':
      'Nos dijiste que una vez pasó algo insinuante, y que tu terapeuta lo arregló enseguida. Quien da terapia con cuidado puede equivocarse y volver a poner el límite de inmediato. Lo anotamos, pero no decide este resultado. Si vuelve a pasar, ya no es un error aislado.',
    'plain-attraction': (list: string) =>
      `Parte de lo que te atrae es ${list}. Que te atraiga cómo alguien se ve o habla es natural, y no es una señal de alerta por sí solo.`,
    'warm-draws': (list: string) =>
      `Lo que te atrae es ${list}: su calidez, la seguridad y sentir que te escucha y te entiende.`,
    'nothing-crossed':
      'Nos dijiste que tu terapeuta no ha dicho ni hecho nada insinuante, no te ha propuesto una relación y no ha tenido contacto sexual contigo.',
    'no-signs-logged': (n: number) =>
      n === 0
        ? 'No has anotado ninguna sesión, así que nos guiamos solo por tus respuestas.'
        : n === 1
          ? 'Tu única sesión anotada no muestra ninguna señal de alerta.'
          : `Ninguna de tus ${n} sesiones anotadas muestra una señal de alerta.`,
    'at-most-awkward': {
      comfortable: 'Te sentirías a gusto contándoselo.',
      'only-awkward': 'Contárselo sería incómodo o te daría vergüenza, pero te sentirías a salvo.',
    },
    'gut-clear': 'No hay nada de tu terapeuta que te incomode o te frene.',
    signLine: (sign: string, dates: string) => `${sign} (${dates})`,
    sessionsGone: (n: number) =>
      n === 1
        ? 'en 1 sesión que ya no está en tu registro'
        : `en ${n} sesiones que ya no están en tu registro`,
  },
};
