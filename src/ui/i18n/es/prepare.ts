// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { ResponseResult, ResponseSign } from '../../../core/decide/response-check';
import type { prepare as en, Step } from '../en/prepare';

const results: Record<
  ResponseResult,
  { readonly title: string; readonly meaning: readonly string[]; readonly next: readonly Step[] }
> = {
  good: {
    title: 'Parece una buena respuesta',
    meaning: [
      'Lo que describes es una buena forma de recibir estos sentimientos en terapia: con calma y con respeto, y dejando claro el límite.',
      'Sigue adelante. Hablar de lo que sientes puede hacer más profundo el trabajo que hacen en terapia.',
      'No hay una fórmula para esto. Si algo empieza a sentirse mal, hazle caso a esa sensación.',
    ],
    next: [
      {
        text: 'Si más adelante su forma de responder empieza a cambiar, vuelve a revisarlo.',
        link: { href: '/notice', label: 'Sigue observando' },
      },
    ],
  },
  'not-ready': {
    title: 'A tu terapeuta le faltó preparación, y eso no es tu culpa',
    meaning: [
      'No todas las personas que dan terapia tienen la formación o la experiencia para manejar bien estos sentimientos. En una encuesta grande, solo 9 de cada 100 terapeutas dijeron que su formación sobre esto era suficiente. Su reacción dice más de su preparación que de ti.',
      'Lo que sientes es común y se entiende. No hiciste nada malo al hablar de ello.',
      'No hay una fórmula para esto. Cómo te sientes ahora en terapia es tu mejor guía.',
    ],
    next: [
      {
        text: 'Alguien con más experiencia en terapia te puede ayudar a entender estos sentimientos con cuidado. Está bien buscar a esa persona.',
        link: { href: '/learn/leaving-a-therapist', label: 'Dejar una terapia y buscar otra' },
      },
      { text: 'Habla de esto con alguien de confianza, fuera de la terapia.' },
    ],
  },
  stop: {
    title: 'Esto cruzó un límite: detente y busca apoyo',
    meaning: [
      'Insinuar una relación “para cuando termine la terapia” es una señal de alerta. Cuenta igual que pedir una relación ahora: las reglas lo prohíben.',
      'No es tu culpa. Contarle lo que sientes no fue una invitación, diga lo que diga.',
      'No hay una fórmula para esto. Tu instinto es tu mejor guía, y no necesitas pruebas para irte.',
    ],
    next: [
      {
        text: 'No vuelvas a esa terapia, aunque te pida perdón o te prometa que todo va a ser profesional.',
      },
      {
        text: 'Mereces apoyo. Lee los primeros pasos, dónde buscar ayuda y cómo presentar una queja.',
        link: { href: '/happened', label: 'Si ya pasó' },
      },
      {
        text: 'Escribe lo que pasó, con la fecha, ahora que lo recuerdas bien.',
        link: { href: '/notice', label: 'Tu registro de sesiones' },
      },
    ],
  },
  unethical: {
    title: 'Esto cruzó un límite: aléjate',
    meaning: [
      'Eso no es respetar el límite de la terapia. Las reglas de todas las profesiones de la salud mental prohíben que quien da terapia avance hacia una relación romántica o sexual con quien atiende.',
      'No es tu culpa. Contarle lo que sientes no fue una invitación, diga lo que diga.',
      'No hay una fórmula para esto. Tu instinto es tu mejor guía, y no necesitas pruebas para irte.',
    ],
    next: [
      {
        text: 'Deja la terapia con esta persona, aunque te pida perdón o te prometa que todo va a ser profesional.',
        link: { href: '/learn/leaving-a-therapist', label: 'Dejar una terapia y buscar otra' },
      },
      {
        text: 'Lee sobre el apoyo que hay, tus opciones y cómo presentar una queja.',
        link: { href: '/happened', label: 'Si ya pasó' },
      },
      {
        text: 'Escribe lo que pasó, con la fecha, ahora que lo recuerdas bien.',
        link: { href: '/notice', label: 'Tu registro de sesiones' },
      },
    ],
  },
};

const signs: Record<ResponseSign, string> = {
  'stayed-calm': 'Mantuvo la calma',
  'not-shocked': 'No pareció escandalizarse',
  curious: 'Mostró curiosidad por lo que significa para mí lo que siento',
  'clear-kind-boundary':
    'Me dejó claro, con amabilidad, que nuestra relación sigue siendo una relación de terapia',
  'focus-on-me': 'Mantuvo la atención en mí',
  panicked: 'Pareció entrar en pánico, o perdió la calma',
  'shut-it-down': 'No quiso hablar del tema, o lo cambió',
  'referred-away': 'Me derivó a otro profesional, o terminó nuestra terapia',
  'shocked-or-upset': 'Pareció escandalizarse o molestarse',
  'shamed-me': 'Me hizo sentir vergüenza',
  'showed-interest': 'Me dio a entender que también le intereso',
  'feels-the-same': 'Me dijo que siente lo mismo',
  'said-special': 'Me dijo que nuestro caso es especial o distinto',
  'suggested-meeting': 'Me propuso vernos fuera de la terapia',
  'touched-me': 'Me tocó, o se me acercó más',
  'hinted-after-therapy': 'Insinuó algo para cuando termine la terapia',
};

export const prepare: typeof en = {
  title: 'Prepara la conversación',
  lead: 'Contarle a tu terapeuta lo que sientes puede dar miedo. Quien sabe dar terapia ya ha escuchado esto antes y te puede ayudar a entender qué significan esos sentimientos.',
  checkFirst: '¿No sabes si es seguro contárselo? Primero responde unas preguntas.',
  checkFirstLink: '¿Es seguro contárselo a mi terapeuta?',
  openingsLegend: '¿Cómo te gustaría empezar?',
  openingsHint:
    'Elige la que más se parezca a ti, o escribe la tuya. Puedes cambiar las palabras que quieras, por ejemplo “usted” por “tú”.',
  openings: {
    direct:
      'Me cuesta mucho decir esto. Empecé a sentir algo por usted, y me gustaría entender qué significa.',
    gentle:
      'Hay algo que he estado evitando decirle. Tiene que ver con lo que siento por usted, y me da vergüenza.',
    curious:
      'Pienso mucho en usted entre una sesión y otra, más de lo que esperaba. ¿Podemos ver qué hay detrás de eso?',
    written: 'Lo escribí porque me cuesta decirlo en voz alta. ¿Se lo puedo leer?',
    planned:
      'Quiero hablar de algo personal que tiene que ver con nuestra terapia. ¿Podemos dejar tiempo para eso en la próxima sesión?',
  },
  own: 'Con mis propias palabras',
  ownLabel: 'Tus propias palabras',
  ownHint: 'Solo tú puedes ver esto.',
  chooseRequired: 'Elige una forma de empezar, o escribe la tuya',
  ownRequired: 'Escribe tus propias palabras, o elige otra forma de empezar',
  errorSummary: 'Hay un problema',
  practiceButton: 'Practicar cómo decirlo',
  goodHeading: 'Cómo es una buena respuesta',
  goodLead: 'Si tu terapeuta hace bien su trabajo:',
  good: [
    'mantiene la calma y no se escandaliza ni se molesta',
    'siente curiosidad por lo que ese sentimiento significa para ti',
    'te deja claro, con amabilidad, que la relación sigue siendo una relación de terapia',
    'pone la atención en ti y en lo que tú necesitas, no en sus propias necesidades',
  ],
  goodNote:
    'Quizás necesite un momento para pensar. Eso está bien. Lo importante es que el límite siga claro y la puerta siga abierta.',
  afterHeading: 'Después de la conversación',
  afterBody: 'Revisa cómo respondió tu terapeuta y qué significa eso para ti.',
  afterLink: '¿Cómo respondió tu terapeuta?',
  practice: {
    title: 'Practica lo que vas a decir',
    back: 'Atrás',
    yourOpening: 'Cómo vas a empezar',
    openingHint:
      'Cambia las palabras que quieras, para que suenen a ti. Los cambios se quedan en esta página, a menos que los guardes en tu diario.',
    none: 'Todavía no has elegido cómo empezar.',
    choose: 'Elegir cómo empezar',
    tipsHeading: 'Consejos',
    tips: [
      'Dilo en voz alta unas cuantas veces, cuando estés a solas. Cada vez cuesta menos.',
      'Puedes leerlo en tu celular o en un papel.',
      'Saca el tema al principio de la sesión, así hay tiempo para hablarlo.',
      'No tienes que decirlo todo de una vez. Con empezar es suficiente.',
      'Está bien decir que te dan nervios o vergüenza.',
    ],
    notesLabel: '¿Qué más te gustaría decir?',
    notesHint:
      'Un espacio privado para probar palabras. Se queda en esta página, a menos que lo guardes en tu diario.',
    save: 'Guardar en mi diario',
    saved: 'Se guardó en tu diario.',
    nothingToSave: 'Todavía no hay nada que guardar. Primero elige cómo empezar, o escribe algo.',
    journalEntry: (opening: string, notes: string) =>
      notes.trim() === ''
        ? `Practico lo que le quiero decir a mi terapeuta. Voy a empezar así: ${opening}`
        : `Practico lo que le quiero decir a mi terapeuta. Voy a empezar así: ${opening}\n\n${notes.trim()}`,
    journalNotesOnly: (notes: string) =>
      `Practico lo que le quiero decir a mi terapeuta.\n\n${notes.trim()}`,
    afterLink: 'Después de la conversación: ¿cómo respondió tu terapeuta?',
  },
  after: {
    title: '¿Cómo respondió tu terapeuta?',
    lead: 'Haya hecho lo que haya hecho, contárselo fue valiente. Marca todo lo que encaje.',
    back: 'Atrás',
    dateLabel: '¿Cuándo hablaste con tu terapeuta?',
    dateHint: 'Ya pusimos la fecha de hoy. Cámbiala si fue otro día.',
    dateInvalid: 'Escribe la fecha en que hablaste con tu terapeuta',
    dateFuture: 'La fecha tiene que ser hoy o un día anterior',
    legend: '¿Qué hizo tu terapeuta?',
    hint: 'Marca todo lo que encaje.',
    required: 'Marca al menos una cosa que hizo',
    signs,
    continue: 'Ver qué significa esto',
    results,
    dated: (date: string) => `Conversación del ${date}.`,
    why: 'Lo que nos contaste',
    calmIsNotEnough:
      'Quizás también mantuvo la calma o fue amable. Eso no cambia lo que esto significa.',
    save: 'Guardar esta revisión',
    saved: (date: string) => `Se guardó, con fecha del ${date}. La vas a encontrar en esta página.`,
    again: 'Revisar otra conversación',
    savedHeading: 'Tus revisiones guardadas',
    savedItem: (date: string, result: string) => `${date}: ${result}`,
    remove: 'Borrar',
    removeHidden: (date: string) => `la revisión del ${date}`,
    unlockToSee: 'Desbloquear para ver las revisiones que guardaste antes',
  },
};
