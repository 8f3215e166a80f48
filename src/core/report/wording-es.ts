// The documents in Spanish: for the person's own records, or for an advocate who reads Spanish.
// Written in the first person, like the English; professions are named by their field
// ("psicología"), so nothing says whether the therapist is a man or a woman.

import { clock, localMoment, utcDay } from './local-moment';
import type { DocumentWording } from './wording';

const dayFormat = new Intl.DateTimeFormat('es-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** '12 de marzo de 2024' for '2024-03-12'. */
const day = (date: string): string => dayFormat.format(utcDay(date));

/** '6:30 p. m.' for '18:30': twelve-hour time, as most Spanish speakers in the US read it. */
function time(text: string): string {
  const { hours, minutes } = clock(text);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'a. m.' : 'p. m.'}`;
}

/** 'a la 1:15 p. m.' but 'a las 6:30 p. m.'. */
const at = (when: string): string => (when.startsWith('1:') ? `a la ${when}` : `a las ${when}`);

const sessionCount = (n: number): string => (n === 1 ? '1 sesión' : `${n} sesiones`);

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const spanishWording: DocumentWording = {
  lang: 'es',
  day,
  time,
  instant: (iso) => {
    const moment = localMoment(iso);
    return `${day(moment.date)}, ${time(moment.time)}`;
  },

  profession: {
    psychologist: 'psicología',
    counselor: 'consejería profesional',
    'social-worker': 'trabajo social clínico',
    mft: 'terapia matrimonial y familiar',
    physician: 'psiquiatría u otra rama de la medicina',
    'psychiatric-np': 'enfermería psiquiátrica de práctica avanzada',
  },
  unlicensedProfession: 'coaching o práctica sin licencia',
  unknownProfession: 'salud mental',
  place: {
    office: 'en el consultorio de siempre',
    video: 'por videollamada',
    elsewhere: 'en un lugar que no era el consultorio',
  },
  fee: { usual: 'cobro de siempre', reduced: 'cobro reducido', waived: 'sin cobro' },
  touch: {
    none: 'ningún contacto físico',
    handshake: 'un apretón de manos',
    hug: 'un abrazo',
    other: 'otro contacto físico',
  },
  sign: {
    'body-comments': 'comentarios sobre mi cuerpo o mi aspecto',
    special: 'me dijo que yo era especial, que no era como sus otros pacientes',
    favors: 'favores (la sesión se alargó, me cobró menos o nada)',
    'later-or-elsewhere': 'pasó la sesión a una hora más tarde o fuera del consultorio',
    touch: 'me tocó',
    'outside-contact': 'contacto fuera de la terapia',
    'partners-run-down': 'habló mal de mi pareja',
    'sex-talk': 'llevó la conversación a mi vida sexual',
    'own-love-life': 'me habló de su propia vida amorosa o sexual',
    'romantic-proposal': 'insinuó o propuso una relación romántica o sexual',
    'sexual-contact': 'contacto sexual',
  },
  feltLike: {
    therapy: 'terapia',
    date: 'una cita',
    friendship: 'una amistad',
    unsure: 'no lo sabía',
  },
  needs: {
    mine: 'las mías',
    theirs: 'las de mi terapeuta',
    both: 'las mías y las de mi terapeuta',
    unsure: 'no lo sabía',
  },
  prompt: {
    draws: 'Lo que me atrae de mi terapeuta',
    'first-moment': 'La primera vez que lo noté',
    suggestive: '¿Mi terapeuta dijo o hizo algo insinuante?',
    comfort: '¿Me sentiría a gusto hablándolo con mi terapeuta?',
    gut: '¿Hay algo en mi terapeuta que me incomoda?',
    notes: 'Notas',
  },
  draw: {
    looks: 'su físico',
    'how-they-talk': 'su forma de hablar',
    'how-they-look-at-me': 'cómo me mira',
    'how-they-talk-to-me': 'cómo me habla',
    'what-they-say-to-me': 'lo que me dice',
    'how-they-listen': 'cómo escucha',
    'makes-me-feel-safe': 'que a su lado me siento a salvo',
    'makes-me-feel-unsafe': 'que a su lado no me siento a salvo',
    'how-they-show-care': 'cómo muestra que le importo',
    'understands-me': 'lo bien que parece entenderme',
    'power-or-charisma': 'su poder o su carisma',
    'something-suggestive': 'algo insinuante que dijo o hizo',
    'something-else': 'otra cosa',
  },
  suggestive: {
    no: 'No',
    'not-sure': 'No lo sé',
    once: 'Sí, una vez',
    'more-than-once': 'Sí, más de una vez',
  },
  comfort: {
    comfortable: 'Sí',
    'only-awkward': 'No, pero solo porque me daría vergüenza',
    unsafe: 'No, presiento que podría reaccionar de una forma en la que no me sentiría a salvo',
    'not-sure': 'No lo sé',
  },
  gut: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },

  narrative: {
    fromNotes: (date, words) => `${date} (de mis notas): ${words}`,
    firstNoticed: (date, text) =>
      `La primera vez que lo noté${date === '' ? '' : ` (${date})`}${text === '' ? '.' : `: ${text}`}`,
    suggestiveOnce: 'Mi terapeuta dijo o hizo algo insinuante una vez',
    suggestiveMoreThanOnce: 'Mi terapeuta dijo o hizo cosas insinuantes más de una vez',
    session: (date, when, facts) => `${date}, sesión ${at(when)}: ${facts.join('; ')}.`,
    lasted: (actual, planned) => `duró ${actual} minutos (previstos: ${planned})`,
    contactsBetween: (n) =>
      n === 1
        ? '1 contacto desde la sesión anterior que no fue para acordar citas'
        : `${n} contactos desde la sesión anterior que no fueron para acordar citas`,
    whatHappened: (signs) => `lo que pasó: ${signs.join(', ')}`,
  },

  report: {
    title: 'Informe de pruebas',
    madeOn: (instant, timeZone) => `Informe hecho el ${instant} (zona horaria: ${timeZone}).`,
    covers: (entries, sessions, from, to) =>
      `Este informe incluye ${entries === 1 ? '1 entrada del diario' : `${entries} entradas del diario`} y ${sessions === 1 ? '1 sesión de terapia' : `${sessions} sesiones de terapia`}, del ${from} al ${to}, de la más antigua a la más reciente. Cada entrada lleva la fecha en que se escribió por primera vez, y cada sesión, el día y la hora en que fue. Si una entrada se cambió después, sus versiones anteriores van a continuación, también de la más antigua a la más reciente.`,
    empty:
      'Este informe todavía no incluye entradas ni sesiones. Para agregarlas, marca entradas del diario como prueba o elige sesiones del registro de sesiones, y vuelve a hacer el informe. Aunque esté vacío, deja constancia del día en que se hizo.',
    timeline: 'Línea de tiempo',
    nothingYet: 'Todavía no hay nada que mostrar.',
    sessionHeading: (n, date, when) => `${n}. Sesión: ${date}, ${when}`,
    date: 'Fecha',
    startTime: 'Hora de inicio',
    length: 'Duración',
    lengthValue: (actual, planned) => `${actual} minutos (previstos: ${planned})`,
    place: 'Lugar',
    fee: 'Cobro',
    contactsBetween: 'Contactos desde la sesión anterior que no fueron para acordar citas',
    physicalContact: 'Contacto físico',
    whatHappened: 'Lo que pasó',
    noneNoted: 'nada anotado',
    notes: (text) => `Notas: ${text}`,
    feltLike: 'Se sintió como',
    needsAtCenter: 'De quién eran las necesidades que estaban en el centro',
    notedAfterwards: 'Lo que anoté después',
    entryHeading: (n, instant) => `${n}. Entrada del diario: ${instant}`,
    firstWritten: 'Escrita por primera vez',
    thisVersionWritten: 'Esta versión se escribió',
    earlierVersions: 'Versiones anteriores',
    earlierVersion: (n, of, instant) => `Versión anterior ${n} de ${of}, escrita el ${instant}:`,
    emptyEntry: '(vacía)',
    codesHeading: 'Códigos de integridad',
    codesExplained: [
      'Cada elemento de arriba tiene un código. Un código es un hash SHA-256: una huella que se calcula a partir de un texto. Si cambia una sola letra del texto, cambia el código.',
      'El código de un elemento se calcula con sus líneas en la copia de texto simple de este informe (el archivo .txt): desde su título con número hasta su última línea, como se indica abajo. Las líneas se leen como texto UTF-8, cada una termina con un salto de línea (LF) y no hay salto de línea después de la última. El código final se calcula de la misma forma desde la línea 1 hasta la última línea del último elemento, así que cubre todo lo que está antes de esta sección.',
    ],
    howToCheck:
      'Para comprobar un código en una computadora, guarda el texto simple como report.txt y ejecuta el comando de abajo. Comprueba el primer código de la lista de arriba; para otro código, cambia los dos números de línea.',
    itemCode: (n) => `Elemento ${n}`,
    finalCode: 'Código final',
    lines: (from, to) => `líneas ${from}-${to}`,
    limitsHeading: 'Lo que estos códigos muestran y lo que no',
    limits: [
      'Un código no es una firma. No muestra quién hizo este informe. Cualquier persona que cambie el texto puede calcular códigos nuevos para él, así que los códigos impresos en una copia solo muestran que la copia coincide consigo misma.',
      'Lo que los códigos sí pueden mostrar: da el código final a alguien de confianza, por ejemplo a un abogado o a una persona que te apoye, y pídele que anote la fecha. Más adelante, cualquiera puede volver a calcular el código final con el texto simple. Si es el mismo, nada de lo que está antes de esta sección cambió desde esa fecha.',
      'Un informe hecho de nuevo más adelante, en el mismo idioma y la misma zona horaria, da a un elemento el mismo código solo si el elemento, su número y cada palabra siguen iguales. El código final es nuevo cada vez, porque incluye el momento en que se hizo el informe.',
      'Los códigos no prueban cuándo se escribió algo. Las fechas vienen del reloj del dispositivo en que se escribió.',
      'Los códigos no prueban que lo escrito sea cierto, y no muestran lo que se dejó fuera de este informe.',
    ],
    summary: {
      heading: 'Resumen',
      period: 'Período',
      fromTo: (from, to) => (from === to ? from : `Del ${from} al ${to}`),
      none: 'Todavía no hay fechas',
      entries: 'Entradas del diario',
      sessions: 'Sesiones de terapia',
      findingsHeading: 'Lo que muestran las sesiones de este informe',
      noSessions:
        'Este informe no incluye sesiones de terapia, así que no hay patrones ni gráficas.',
      noFindings:
        'Las sesiones de este informe no muestran cambios graduales ni señales de alerta que se repitan en más de una sesión.',
      theme: (sign, sessions, from, to, details) =>
        [
          `${capital(sign)}: ${sessionCount(sessions)}, ${from === to ? `el ${from}` : `del ${from} al ${to}`}.`,
          ...details,
        ].join(' '),
      finding: (finding, n, w) => {
        switch (finding.rule) {
          case 'overriding-event':
          case 'sign-recurring':
            return `Anotado en ${sessionCount(n)}.`;
          case 'running-over':
            return `${capital(sessionCount(n))} duraron 10 minutos o más de lo previsto; la más larga se pasó ${finding.longestOverrun} minutos.`;
          case 'getting-longer':
            return `Las sesiones duraron un poco más cada vez, hasta ${finding.longestOverrun} minutos más de lo previsto.`;
          case 'later-start':
            return `${capital(sessionCount(n))} empezaron a las 5 p. m. o después, más tarde que todas las anteriores; la más tardía empezó ${at(w.time(finding.latestStart))}`;
          case 'off-site':
            return `Fueron en otro lugar, no en el consultorio ni por videollamada: ${sessionCount(n)}.`;
          case 'fee-reduced':
            return [
              finding.reduced > 0 ? `Cobro reducido en ${sessionCount(finding.reduced)}.` : '',
              finding.waived > 0 ? `Sin cobro en ${sessionCount(finding.waived)}.` : '',
            ]
              .filter((part) => part !== '')
              .join(' ');
          case 'contact-between':
            return `Contacto por algo más que acordar citas antes de ${sessionCount(n)}: ${finding.contacts} veces en total.`;
          case 'touch-routine':
            return `Un abrazo u otro contacto físico en ${sessionCount(n)}.`;
        }
      },
      overTitle: 'Minutos de más sobre la duración prevista, por sesión',
      overValue: (date, minutes) => `${date}: ${minutes}`,
      overDescription: (values) => `De la más antigua a la más reciente. ${values.join('; ')}.`,
      startTitle: 'Hora de inicio, por sesión',
      startValue: (date, time) => `${date}: ${time}`,
      startDescription: (values) => `De la más antigua a la más reciente. ${values.join('; ')}.`,
      minutes: (n) => `${n} min`,
    },
  },

  complaint: {
    title: (therapist) => `Queja sobre ${therapist}`,
    aTherapist: 'mi terapeuta',
    to: 'Para',
    board: (state) => (state ? `Junta de licencias de ${state}` : 'Junta de licencias'),
    date: 'Fecha',
    aboutHeading: 'Sobre quién es esta queja',
    name: 'Nombre',
    profession: 'Profesión',
    licenseNumber: 'Número de licencia',
    practiceAddress: 'Dirección del consultorio',
    state: 'Estado',
    datesHeading: 'Fechas del tratamiento',
    notGiven: 'No se indicaron.',
    from: (date) => `Desde el ${date}.`,
    fromTo: (from, to) => `Del ${from} al ${to}.`,
    whatHappenedHeading: 'Lo que pasó',
    notWrittenYet: 'Todavía no está escrito.',
    aboutMeHeading: 'Sobre mí',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    address: 'Dirección',
    contactMe:
      'Recibí la terapia de la que trata esta queja. Por favor, comuníquense conmigo sobre ella.',
    noContact:
      'No puse mis datos de contacto en esta copia. Se los daré a la junta cuando presente la queja.',
  },
};
