// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { FindingDetail } from '../../../core/notice/drift';
import type {
  Fee,
  FeltLike,
  LocalDate,
  LocalTime,
  NeedsAtCenter,
  Place,
  Touch,
} from '../../../core/notice/session';
import type { FieldError, SessionField } from '../../../core/notice/validate-session';
import type { WarningSignId } from '../../../core/notice/warning-signs';
import type { notice as en, SignText } from '../en/notice';

const signs: Readonly<Record<WarningSignId, SignText>> = {
  'body-comments': {
    short: 'Comentarios sobre mi cuerpo',
    name: 'Hizo comentarios sobre mi cuerpo o mi aspecto',
    example: 'Por ejemplo: “Ese vestido te queda muy bien”.',
    why: 'Los comentarios sobre tu cuerpo desvían la atención de tu vida hacia cómo te ve tu terapeuta.',
  },
  special: {
    short: 'Dijo que soy especial',
    name: 'Me dijo que soy especial, que no soy como sus otros pacientes',
    example: 'Por ejemplo: “No suelo contarles esto a mis pacientes, pero tú eres diferente”.',
    why: 'Sentir que te dan un trato especial puede hacer más difícil notar cuándo se cruza un límite.',
  },
  favors: {
    short: 'Favores',
    name: 'Me hizo favores',
    example: 'Por ejemplo: alargar la sesión, o cobrarme menos o nada.',
    why: 'Los favores pueden dejarte con una deuda difícil de nombrar. También hacen confuso qué tipo de relación tienen.',
  },
  'later-or-elsewhere': {
    short: 'Más tarde o en otro lugar',
    name: 'Pasó nuestras sesiones a una hora más tarde, o fuera del consultorio',
    example: 'Por ejemplo: la última cita del día, o vernos en un café.',
    why: 'Las horas tardías y otros lugares quitan las protecciones normales del consultorio.',
  },
  touch: {
    short: 'Me tocó',
    name: 'Me tocó, aunque pareciera algo inocente',
    example: 'Por ejemplo: tomarme de la mano, o un abrazo al final de cada sesión.',
    why: 'El contacto físico que se vuelve costumbre puede cambiar poco a poco lo que les parece normal.',
  },
  'outside-contact': {
    short: 'Contacto fuera de terapia',
    name: 'Tuvimos contacto fuera de la terapia',
    example: 'Por ejemplo: vernos, muchos mensajes de texto o de chat, o llamadas informales.',
    why: 'El contacto fuera de las sesiones puede hacer que la terapia se sienta como una amistad.',
  },
  'partners-run-down': {
    short: 'Habló mal de mi pareja',
    name: 'Habló mal de mi pareja o de las personas con quienes salgo',
    example: 'Por ejemplo: “Tu pareja no te ve como te veo yo”.',
    why: 'Hablar mal de tu pareja puede acercarte más a tu terapeuta, sobre todo si se presenta como una mejor opción.',
  },
  'sex-talk': {
    short: 'Hablar de mi vida sexual',
    name: 'Llevó la conversación a mi vida sexual sin que yo lo pidiera',
    example: 'Por ejemplo: volver a hablar de sexo después de que yo cambié de tema.',
    why: 'Hablar de sexo cuando no viniste por eso sirve a los intereses de tu terapeuta, no a tu terapia.',
  },
  'own-love-life': {
    short: 'Su vida amorosa',
    name: 'Me contó sobre su propia vida amorosa',
    example: 'Por ejemplo: sus citas, su vida sexual o problemas con su pareja.',
    why: 'Cuando tu terapeuta te cuenta sus romances o sus problemas, tus sesiones empiezan a girar en torno a su vida.',
  },
  'romantic-proposal': {
    short: 'Insinuación o propuesta romántica',
    name: 'Insinuó o propuso una relación romántica o sexual',
    example: 'Por ejemplo: “Si no fuera tu terapeuta…”, o invitarme a salir.',
    why: 'Tu terapeuta nunca debe hacer esto, sientas lo que sientas o digas lo que digas. Con esto, la terapia deja de ser segura.',
  },
  'sexual-contact': {
    short: 'Contacto sexual',
    name: 'Hubo contacto sexual de cualquier tipo',
    example: 'Por ejemplo: besos, caricias de tipo sexual o relaciones sexuales.',
    why: 'Esto nunca es parte de la terapia. Y nunca es tu culpa, aunque tú lo hayas querido.',
  },
};

const fieldErrors: Readonly<Record<SessionField, Partial<Record<FieldError, string>>>> = {
  date: {
    missing: 'Escribe la fecha de la sesión',
    'not-a-date': 'Escribe una fecha que exista, por ejemplo, 27 de marzo de 2024',
    'in-the-future': 'La fecha de la sesión debe ser hoy o un día anterior',
  },
  start: {
    missing: 'Escribe la hora en que empezó la sesión',
    'not-a-time': 'Escribe una hora, por ejemplo, 2:30 p. m.',
  },
  plannedMinutes: {
    missing: 'Escribe cuántos minutos iba a durar la sesión',
    'not-a-number': 'Escribe la duración prevista con números, como 50',
    'not-whole': 'Escribe la duración prevista en minutos enteros, como 50',
    negative: 'La duración prevista no puede ser menor que cero',
    zero: 'La duración prevista debe ser de 1 minuto como mínimo',
    'over-a-day': 'La duración prevista debe ser de 1,440 minutos (24 horas) o menos',
  },
  actualMinutes: {
    missing: 'Escribe cuántos minutos duró de verdad la sesión',
    'not-a-number': 'Escribe la duración real con números, como 50',
    'not-whole': 'Escribe la duración real en minutos enteros, como 50',
    negative: 'La duración real no puede ser menor que cero',
    zero: 'La duración real debe ser de 1 minuto como mínimo',
    'over-a-day': 'La duración real debe ser de 1,440 minutos (24 horas) o menos',
  },
  place: {
    missing: 'Elige dónde fue la sesión',
    'unknown-choice': 'Elige dónde fue la sesión',
  },
  fee: {
    missing: 'Elige cuánto pagaste',
    'unknown-choice': 'Elige cuánto pagaste',
  },
  contactsBetween: {
    'not-a-number': 'Escribe el número de contactos con números, como 2, o déjalo en blanco',
    'not-whole': 'Escribe el número de contactos como un número entero, como 2',
    negative: 'El número de contactos no puede ser menor que cero',
    'too-many': 'Escribe un número de contactos de 9,999 o menos',
  },
  touch: {
    missing: 'Elige qué contacto físico hubo',
    'unknown-choice': 'Elige qué contacto físico hubo',
  },
  signs: {
    'unknown-choice': 'Elige solo entre las señales de la lista',
  },
  notes: {
    'too-long': 'Las notas deben tener 20,000 caracteres o menos',
  },
};

const times = (n: number, one: string, many: (n: number) => string) => (n === 1 ? one : many(n));

/** Dates are calendar days, not instants: format them in UTC so no time zone can move them. */
const dateFormat = new Intl.DateTimeFormat('es-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('es-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('es-US', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const listFormat = new Intl.ListFormat('es-US', { style: 'long', type: 'conjunction' });
const utc = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
/** Spanish writes weekdays and months in lower case; a date that stands alone starts with a capital. */
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Twelve-hour time, as most Spanish speakers in the US read it; no-break spaces keep it on one line. */
/** Una hora en el eje de un gráfico: "5 p. m.", o "5:30 p. m." si no es en punto. */
function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const suffix = h < 12 ? 'a.\u00a0m.' : 'p.\u00a0m.';
  return m === 0
    ? `${h % 12 || 12}\u00a0${suffix}`
    : `${h % 12 || 12}:${String(m).padStart(2, '0')}\u00a0${suffix}`;
}

const overText = (minutes: number): string =>
  minutes === 0 ? 'a tiempo' : minutes > 0 ? `${minutes} min de más` : `${-minutes} min de menos`;

function formatTime(time: LocalTime): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h < 12 ? 'a.\u00a0m.' : 'p.\u00a0m.';
  return `${h % 12 || 12}:${String(m).padStart(2, '0')}\u00a0${suffix}`;
}

/** A date inside a sentence: “mié, 27 de mar de 2024”. */
function dayInSentence(date: LocalDate): string {
  return dateFormat.format(utc(date));
}

/** A date that stands alone, as a link or a table heading. */
function formatDate(date: LocalDate): string {
  return capitalized(dayInSentence(date));
}

/** “a la 1:15 p. m.” but “a las 2:30 p. m.”. */
const atTime = (time: string) => (time.startsWith('1:') ? `a la ${time}` : `a las ${time}`);

/** Ends a sentence once: the period of “p. m.” also closes the sentence. */
const period = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function findingSentence(detail: FindingDetail, count: number): string {
  switch (detail.rule) {
    case 'overriding-event':
      return detail.event === 'sexual-contact'
        ? times(
            count,
            'Anotaste contacto sexual en una sesión. Esto nunca es parte de la terapia, y nunca es tu culpa.',
            (n) =>
              `Anotaste contacto sexual en ${n} sesiones. Esto nunca es parte de la terapia, y nunca es tu culpa.`,
          )
        : times(
            count,
            'Anotaste que tu terapeuta insinuó o propuso una relación romántica o sexual. Nunca debe hacer eso, sientas lo que sientas o digas lo que digas.',
            (n) =>
              `En ${n} sesiones, anotaste que tu terapeuta insinuó o propuso una relación romántica o sexual. Nunca debe hacer eso, sientas lo que sientas o digas lo que digas.`,
          );
    case 'running-over':
      return `${count} sesiones duraron 10 minutos o más de lo previsto. La más larga se pasó ${detail.longestOverrun} minutos.`;
    case 'getting-longer':
      return `Las sesiones duraron un poco más cada vez, hasta ${detail.longestOverrun} minutos más de lo previsto.`;
    case 'later-start':
      return `${count} sesiones empezaron a las 5\u00a0p.\u00a0m. o después, más tarde que todas las anteriores. ${period(`La más tardía empezó ${atTime(formatTime(detail.latestStart))}`)}`;
    case 'off-site':
      return times(
        count,
        'Una sesión fue en otro lugar, no en el consultorio ni por videollamada.',
        (n) => `${n} sesiones fueron en otro lugar, no en el consultorio ni por videollamada.`,
      );
    case 'fee-reduced':
      if (detail.reduced === 0)
        return times(
          detail.waived,
          'No te cobraron una sesión.',
          (n) => `No te cobraron ${n} sesiones.`,
        );
      if (detail.waived === 0)
        return times(
          detail.reduced,
          'Te cobraron menos en una sesión.',
          (n) => `Te cobraron menos en ${n} sesiones.`,
        );
      return `Te cobraron menos en ${detail.reduced} ${detail.reduced === 1 ? 'sesión' : 'sesiones'}, y no te cobraron nada en ${detail.waived}.`;
    case 'contact-between':
      return `Antes de ${count} sesiones, tuviste contacto con tu terapeuta por algo más que acordar citas: ${detail.contacts} veces en total.`;
    case 'touch-routine':
      return `Hubo un abrazo u otro contacto físico en ${count} sesiones. El contacto se está volviendo costumbre.`;
    case 'sign-recurring':
      return `Anotaste “${signs[detail.sign].name}” en ${count} sesiones.`;
  }
}

/** Why each kind of drift matters, in one line under the finding. */
const findingWhy: Readonly<Record<Exclude<FindingDetail['rule'], 'sign-recurring'>, string>> = {
  'overriding-event': 'No tienes que decidir qué hacer sin ayuda.',
  'running-over':
    'Dar tiempo extra una y otra vez es un favor. Y los favores hacen que la terapia se confunda con otra cosa.',
  'getting-longer':
    'Los límites pueden perderse así: con pasos pequeños, cada uno un poco más allá.',
  'later-start':
    'Las juntas de licencias nombran las citas muy tarde, cuando no hay nadie más cerca, como una señal de alerta.',
  'off-site': 'Fuera del consultorio, se pierden las protecciones normales de la terapia.',
  'fee-reduced': 'Si te cobran menos, puedes sentir que le debes algo a tu terapeuta.',
  'contact-between':
    'El contacto frecuente fuera de las sesiones puede hacer que la terapia se sienta como una amistad.',
  'touch-routine':
    'El contacto físico que se vuelve rutina puede cambiar poco a poco lo que parece normal.',
};

export const notice: typeof en = {
  title: 'Observar: tu registro de sesiones',
  lead: 'Una nota breve después de cada sesión. Con el tiempo, Terrarium te muestra patrones que cuesta ver semana a semana.',
  question:
    'La pregunta que conviene hacerte una y otra vez: ¿la terapia todavía se siente como terapia, o más como una cita o una amistad? ¿Gira en torno a tus necesidades, o a las de tu terapeuta?',
  logSession: 'Anotar una sesión',
  saved: 'Sesión guardada.',
  deleted: 'Sesión borrada.',
  emptyHeading: 'Todavía no has anotado ninguna sesión',
  empty:
    'Después de tu próxima sesión, tómate un minuto para anotarla. Si no pasó nada especial, te tomará muy poco.',
  lockedNote: 'Tu registro de sesiones está bloqueado. Desbloquéalo para ver tus sesiones.',
  findingsHeading: 'Lo que llama la atención',
  noFindings:
    'Por ahora no aparece ningún patrón. Si algo te pareció mal, confía en eso, aunque haya pasado una sola vez.',
  finding: findingSentence,
  findingWhy,
  showAll: (more: number) => times(more, 'Ver todo: 1 más', (n) => `Ver todo: ${n} más`),
  showFewer: 'Ver solo los tres primeros',
  overridingHelp: 'Lee lo que puedes hacer ahora',
  decideLink: 'Piénsalo con calma en “Decidir”',
  findingPeriod: (first: LocalDate, last: LocalDate) =>
    first === last
      ? `El ${dayInSentence(first)}.`
      : `Del ${dayInSentence(first)} al ${dayInSentence(last)}.`,
  sessionsBehind: (n: number) =>
    times(n, 'La sesión en la que se basa', (k) => `Las ${k} sesiones en las que se basa`),
  timelineHeading: 'Línea de tiempo',
  sessionsHeading: 'Tus sesiones',
  sessionsCount: (n: number) => times(n, 'Una sesión anotada.', (k) => `${k} sesiones anotadas.`),
  sessionSummary: (parts: { time: string; planned: number; actual: number; signs: number }) => {
    const minutes = (n: number) => (n === 1 ? '1 minuto' : `${n} minutos`);
    const length =
      parts.planned === parts.actual
        ? `Duró ${minutes(parts.actual)}`
        : `Duró ${minutes(parts.actual)} (previstos: ${parts.planned})`;
    const noted =
      parts.signs === 0
        ? 'Ninguna señal anotada'
        : parts.signs === 1
          ? '1 señal anotada'
          : `${parts.signs} señales anotadas`;
    return `${period(`Empezó ${atTime(parts.time)}`)} ${length}. ${noted}.`;
  },
  formatDate,
  formatShortDate: (date: LocalDate) => shortDateFormat.format(utc(date)),
  formatMonth: (month: string) => capitalized(monthFormat.format(utc(month))),
  formatYear: (date: string) => date.slice(0, 4),
  formatTime,
  signs,
  session: {
    title: 'Una sesión anotada',
    intro: 'Lo que anotaste de esta sesión.',
    edit: 'Cambiar esta sesión',
    date: 'Fecha',
    start: 'Hora de inicio',
    length: 'Duración',
    place: 'Lugar',
    fee: 'Pago',
    contacts: 'Contacto desde la sesión anterior',
    contactCount: (n: number) => (n === 0 ? 'Ninguno' : times(n, 'Una vez', (k) => `${k} veces`)),
    touch: 'Contacto físico',
    fromAnswers: 'Señales en estas respuestas',
    otherSigns: 'Algo más',
    notes: 'Notas',
    reflection: 'Cómo se sintió',
    none: 'Ninguna',
    noReflection: 'Sin responder',
    reflectionValue: (feltLike: string, needs: string) =>
      `${feltLike}. Necesidades en el centro: ${needs.charAt(0).toLowerCase()}${needs.slice(1)}.`,
  },
  form: {
    newTitle: 'Anotar una sesión',
    editTitle: 'Cambiar una sesión',
    intro:
      'Solo hacen falta las primeras preguntas. Si no pasó nada más, deja lo demás como está y guarda.',
    errorSummary: 'Hay un problema',
    nothingSaved:
      'Todavía no se ha guardado nada. Corrige los problemas de abajo y vuelve a guardar.',
    date: 'Fecha de la sesión',
    start: 'Hora de inicio',
    startHint: 'Por ejemplo, 2:30 p. m.',
    plannedMinutes: 'Duración prevista, en minutos',
    actualMinutes: 'Duración real, en minutos',
    lengthHint: 'Por ejemplo, 50.',
    place: '¿Dónde fue la sesión?',
    places: {
      office: 'En el consultorio de siempre',
      video: 'Por videollamada',
      elsewhere: 'En otro lugar',
    } satisfies Record<Place, string>,
    placeHint: '“En otro lugar” puede ser un café, un carro, la casa de tu terapeuta o la tuya.',
    fee: '¿Cuánto pagaste?',
    fees: {
      usual: 'Lo de siempre',
      reduced: 'Menos de lo normal',
      waived: 'Nada: no me cobró',
    } satisfies Record<Fee, string>,
    contactsBetween:
      'Desde tu última sesión, ¿cuántas veces tuvieron contacto por algo que no fuera acordar citas?',
    contactsHint:
      'Cuenta mensajes de texto, chats, llamadas y encuentros. Déjalo en blanco si no hubo ninguno.',
    touch: '¿Hubo algún contacto físico?',
    touches: {
      none: 'Ninguno',
      handshake: 'Un apretón de manos',
      hug: 'Un abrazo',
      other: 'Otro contacto',
    } satisfies Record<Touch, string>,
    anythingElse: '¿Pasó algo más?',
    anythingElseHint:
      'Tus respuestas de arriba ya cuentan como señales: tiempo y pago, lugar, contacto físico y contacto entre sesiones.',
    counted: (names: string[]) => `Ya cuenta por tus respuestas: ${listFormat.format(names)}.`,
    anythingElseOptions: { no: 'No', yes: 'Sí' },
    signs: '¿Qué más pasó?',
    signsHint: 'Marca lo que corresponda.',
    overriding: '¿Pasó alguna de estas dos cosas?',
    overridingHint: 'Esto nunca es parte de la terapia. Si pasó, no es tu culpa.',
    notes: 'Notas (opcional)',
    notesHint: 'Lo que quieras recordar. Solo tú puedes leerlo.',
    save: 'Guardar la sesión',
    saving: 'Guardando…',
    back: 'Volver al registro de sesiones',
    backToSession: 'Volver a la sesión',
    notFound: 'No encontramos esa sesión. Puede que se haya borrado.',
    saveFailed: 'No se pudo guardar la sesión. No se cambió nada. Vuelve a intentarlo, por favor.',
    unlockCancelled:
      'La sesión no se guardó porque el registro sigue bloqueado. Tus respuestas siguen aquí.',
    delete: 'Borrar esta sesión',
    deleteConfirm: '¿Borrar esta sesión para siempre? No se puede deshacer.',
    deleteYes: 'Sí, borrarla',
    deleteNo: 'No, conservarla',
    errors: (field: SessionField, error: FieldError) =>
      fieldErrors[field][error] ?? 'Revisa esta respuesta',
  },
  reflection: {
    title: 'Un momento para pensar en esta sesión',
    intro: (n: number) =>
      times(
        n,
        'Anotaste una señal de alerta en esta sesión. Son dos preguntas rápidas. No hay respuestas correctas.',
        (k) =>
          `Anotaste ${k} señales de alerta en esta sesión. Son dos preguntas rápidas. No hay respuestas correctas.`,
      ),
    feltLike: '¿Esta sesión se sintió como terapia, como una cita o como una amistad?',
    feltLikeOptions: {
      therapy: 'Como terapia',
      date: 'Más como una cita',
      friendship: 'Más como una amistad',
      unsure: 'No lo sé',
    } satisfies Record<FeltLike, string>,
    needsAtCenter: '¿De quién eran las necesidades que estaban en el centro?',
    needsOptions: {
      mine: 'Las mías',
      theirs: 'Las de mi terapeuta',
      both: 'Las mías y las de mi terapeuta',
      unsure: 'No lo sé',
    } satisfies Record<NeedsAtCenter, string>,
    note: '¿Notaste algo más? (opcional)',
    why: 'La terapia está para atender tus necesidades. Si se sintió como una cita o una amistad, o giró en torno a las necesidades de tu terapeuta, puede que se estén perdiendo los límites de la terapia. Eso nunca es tu culpa.',
    save: 'Guardar',
    skip: 'Saltar por ahora',
    required: 'Responde las dos preguntas, o elige “Saltar por ahora”',
    feltLikeRequired: 'Elige cómo se sintió la sesión',
    needsRequired: 'Elige de quién eran las necesidades que estaban en el centro',
  },
  timeline: {
    caption: 'Cada fila es una señal o una medida. Cada columna es una sesión.',
    captionMonths: 'Cada fila es una señal o una medida. Cada columna es un mes.',
    chartLabel: (sessions: number, first: LocalDate, last: LocalDate) =>
      sessions === 1
        ? `Gráfico de la línea de tiempo de una sesión, el ${dayInSentence(first)}. La misma información está en la tabla.`
        : `Gráfico de la línea de tiempo de ${sessions} sesiones, del ${dayInSentence(first)} al ${dayInSentence(last)}. La misma información está en la tabla.`,
    scrollLabel: 'Gráfico de la línea de tiempo. Desplázate hacia los lados para verlo entero.',
    legendSome: 'Punto pequeño: un poco',
    legendMuch: 'Punto grande: mucho',
    legendFinding: 'Con borde: parte de un patrón que se nombra arriba',
    showTable: 'Ver la línea de tiempo como tabla',
    newestRight: 'Lo más antiguo a la izquierda, lo más reciente a la derecha.',
    scrollCue: '← Desplázate hacia los lados para ver sesiones anteriores',
    gridHeading: 'Cada señal, sesión por sesión',
    trends: (n: number) =>
      times(
        n,
        'Tu única sesión por ahora.',
        (k) => `Tus últimas ${k} sesiones, la más antigua a la izquierda.`,
      ),
    overTitle: 'Minutos de más sobre lo previsto',
    overTick: (minutes: number) => `${minutes} min`,
    overReference: '10 min de más',
    overSummary: (dates: string[], over: number[]) => {
      const many = over.filter((v) => v >= 10).length;
      const each = dates.map((d, i) => `${d}: ${overText(over[i] ?? 0)}`);
      const tail =
        many === 0
          ? 'Ninguna se alargó 10 minutos o más.'
          : times(
              many,
              'Una se alargó 10 minutos o más.',
              (k) => `${k} se alargaron 10 minutos o más.`,
            );
      return `${listFormat.format(each)}. ${tail}`;
    },
    startTitle: 'Hora de inicio',
    startTick: formatClock,
    startReference: '5\u00a0p.\u00a0m.',
    startSummary: (dates: string[], starts: number[]) => {
      const late = starts.filter((v) => v >= 17 * 60).length;
      const each = dates.map((d, i) => `${d}: ${formatClock(starts[i] ?? 0)}`);
      const tail =
        late === 0
          ? 'Ninguna empezó a las 5\u00a0p.\u00a0m. o después.'
          : times(
              late,
              'Una empezó a las 5\u00a0p.\u00a0m. o después.',
              (k) => `${k} empezaron a las 5\u00a0p.\u00a0m. o después.`,
            );
      return `${listFormat.format(each)}. ${tail}`;
    },
    rows: {
      over: 'Se alargó',
      start: 'Empezó a las 5 p. m. o más tarde',
      place: 'En otro lugar',
      fee: 'Cobro menor o sin cobro',
      contact: 'Contacto entre sesiones',
      touch: 'Abrazo o contacto físico',
    },
    columns: {
      date: 'Fecha',
      month: 'Mes',
      sessions: 'Sesiones',
      length: 'Duración',
      start: 'Inicio',
      place: 'Lugar',
      fee: 'Pago',
      contact: 'Contacto entre sesiones',
      touch: 'Contacto físico',
      signs: 'Señales anotadas',
    },
    minutes: (actual: number, planned: number) =>
      actual === planned ? `${actual} min` : `${actual} min (previstos: ${planned})`,
    overBy: (minutes: number) => `${minutes} min de más`,
    none: 'Ninguna',
    countOf: (count: number, sessions: number) => `${count} de ${sessions}`,
    signCount: (name: string, count: number) => (count === 1 ? name : `${name} (${count} veces)`),
    list: (items: string[]) => listFormat.format(items),
    inPattern: '(parte de un patrón que se nombra arriba)',
  },
};
