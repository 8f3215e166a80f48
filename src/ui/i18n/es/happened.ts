// Spanish. Same shape as the English catalog (a missing sentence is a type error).
// Sources, board names, phone numbers and legal citations stay as they are.

import type { LaterTherapistDuty } from '../../../core/boards/state-laws';
import type { DatesProblem } from '../../../core/report/complaint';
import type { happened as en } from '../en/happened';
import { documentWords, reportTitle } from './document';

const tell = 'https://therapyabuse.org/resources.htm';
const jaapl = 'https://jaapl.org/content/early/2020/02/12/JAAPL.003911-20/tab-figures-data';

type Happened = typeof en;

const part: Omit<Happened, 'complaint' | 'report' | 'exportText' | 'verify'> = {
  title: 'Si ya pasó',
  lead: 'Si tu terapeuta tuvo contacto sexual contigo, o te lo propuso, esta página es para ti. Ve paso a paso. No tienes que hacer nada hoy.',
  notAdvice: 'Terrarium no da asesoría legal. Un abogado puede decirte qué se aplica en tu caso.',
  sourceLabel: 'Fuente:',

  firstSteps: {
    heading: 'Primeros pasos',
    items: [
      {
        heading: 'No es tu culpa',
        text: 'No importa quién empezó, ni si dijiste que sí. Cuidar que la relación siga siendo profesional es siempre trabajo de tu terapeuta, nunca tuyo.',
        source: {
          label: 'APA Ethics Code 10.05; California “Therapy Never Includes Sexual Behavior”',
          url: 'https://solid.dca.ca.gov/publications/proftherapy.shtml',
        },
      },
      {
        heading: 'No vuelvas a la terapia con esa persona',
        text: 'Aunque te pida perdón, te prometa que no volverá a pasar o te diga que tu caso es distinto. Trata también de no contactar a esa persona, ni por mensaje ni por teléfono. Si quieres hacerlo, háblalo antes con un abogado.',
        source: { label: 'TELL, resources for survivors', url: tell },
      },
      {
        heading: 'Puedes recibir apoyo ahora',
        text: 'Hoy mismo puedes hablar con alguien, gratis y de forma confidencial. Los números están aquí abajo. Más adelante, otra persona con experiencia en terapia puede ayudarte a recuperarte.',
        source: null,
      },
    ],
  },

  support: {
    heading: 'Apoyo ahora',
    call988: 'Llamar al 988',
    text988: 'Enviar un mensaje al 988',
    about988:
      'Llama o envía un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis: gratis, privada, las 24 horas. Para español, marca 2.',
    rainn: 'Llamar a RAINN: 800-656-4673',
    aboutRainn:
      'National Sexual Assault Hotline, la línea nacional de ayuda por agresión sexual: las 24 horas. Te comunica con un centro cerca de ti.',
    tell: 'TELL: therapyabuse.org',
    aboutTell:
      'Therapy Exploitation Link Line: te responden por correo electrónico personas que pasaron por lo mismo. No dan terapia ni asesoría legal.',
    emergency: 'En una emergencia, llama al 911.',
  },

  options: {
    heading: 'Tus opciones',
    lead: 'No hay un orden correcto, y no tienes que decidir hoy. Mucha gente usa más de una. Cada opción tiene su lado bueno y su lado difícil.',
    goodLabel: 'Lo que puede lograr',
    hardLabel: 'Lo difícil',
    list: [
      {
        id: 'board',
        heading: 'Una queja ante la junta de licencias',
        good: [
          'La junta puede quitarle la licencia a tu terapeuta o ponerle límites, y así proteger a otros pacientes.',
          'Cualquier persona puede presentar una queja, y puedes escribirla tú.',
          'A mucha gente le hace bien escribir la queja.',
        ],
        hard: [
          'Puede tardar muchos meses. La junta protege al público: no te representa ni te paga por el daño que sufriste.',
          'La junta le avisa a tu terapeuta de la queja, y tu terapeuta puede responder.',
          'Hay plazos, y cambian según el estado y la profesión. En California, por ejemplo, son 7 años desde los hechos para consejeros, trabajadores sociales y terapeutas familiares, y 10 para médicos. Preséntala pronto.',
        ],
        source: {
          label: 'TELL, licensing-board tips; Cal. Bus. & Prof. Code §§ 4990.32, 2230.5',
          url: 'https://therapyabuse.org/t2-licensing-board-complaints.htm',
        },
      },
      {
        id: 'police',
        heading: 'La policía, donde es un delito',
        good: [
          'En más de 20 estados, el contacto sexual entre terapeuta y paciente es un delito.',
          'Un caso penal puede terminar en una condena.',
        ],
        hard: [
          'Solo sirve donde el estado tiene una ley así, y las reglas cambian de un estado a otro.',
          'La fiscalía decide si lleva el caso a juicio. Tú participarías como testigo, y puede tardar mucho.',
        ],
        source: {
          label: 'NASW, Criminalization of Psychotherapist Sexual Misconduct (2013)',
          url: 'https://partnersagainstsexualabuse.org/what-is-counselor-sexual-abuse-2/',
        },
      },
      {
        id: 'attorney',
        heading: 'Un abogado civil',
        good: [
          'Con una demanda puedes recibir dinero por el daño que sufriste.',
          'Un abogado puede explicarte tus derechos, tus plazos y qué paso dar primero.',
        ],
        hard: [
          'Las demandas tienen sus propios plazos, y pueden ser más cortos de lo que crees.',
          'Un caso puede ser largo y estresante, y algunas partes pueden hacerse públicas.',
        ],
        source: { label: 'TELL, resources for survivors', url: tell },
      },
      {
        id: 'new-therapist',
        heading: 'Contarlo en una nueva terapia',
        good: [
          'En una nueva terapia, alguien con experiencia puede ayudarte a entender lo que pasó y a sanar.',
          'También puede ayudarte a pensar en tus opciones.',
        ],
        hard: [
          'Volver a confiar en alguien que da terapia puede costar. Está bien ir despacio.',
          'En algunos estados, quien te atiende en la nueva terapia tiene obligaciones cuando se lo cuentas, como denunciarlo. Más abajo puedes ver si tu estado es uno de ellos. Puedes preguntarle antes qué tendría que hacer.',
        ],
        source: {
          label: 'MacIntyre & Appel (2020), J Am Acad Psychiatry Law 48(2), table 2',
          url: jaapl,
        },
      },
      {
        id: 'support',
        heading: 'Apoyo de personas que entienden',
        good: [
          'Las líneas de crisis y los grupos de sobrevivientes pueden escucharte y ayudarte a pensar, sin presionarte para que hagas nada.',
        ],
        hard: ['No pueden tomar medidas contra tu terapeuta en tu lugar.'],
        source: { label: 'TELL, resources for survivors', url: tell },
      },
      {
        id: 'not-yet',
        heading: 'Todavía no',
        good: [
          'Está bien esperar hasta que te sientas con fuerzas. Mientras tanto, puedes guardar tus notas aquí.',
        ],
        hard: [
          'Los plazos siguen corriendo mientras esperas. Un abogado puede decirte cuánto tiempo tienes.',
        ],
        source: null,
      },
    ],
  },

  state: {
    heading: 'Lo que se aplica en tu estado',
    label: 'Tu estado',
    hint: 'El estado donde tuviste la terapia. No guardamos esta elección.',
    choose: 'Elige un estado',
    show: 'Ver lo que se aplica',
    criminalHeading: '¿Es un delito?',
    criminalYes: (state: string, citation: string): string =>
      `Sí. En ${state}, el contacto sexual entre terapeuta y paciente puede ser un delito según ${citation}. Que la ley se aplique puede depender de cuándo pasó y de otros detalles. La policía o un abogado pueden decirte cómo se aplica en tu caso.`,
    criminalUnknown: (state: string): string =>
      `Todavía no pudimos revisar por nuestra cuenta la ley penal de ${state}. En más de 20 estados esto es un delito, así que vale la pena averiguarlo: la policía o un abogado pueden decírtelo.`,
    unlicensedToo: 'Esta ley también se aplica a quienes ofrecen terapia sin licencia.',
    dutiesHeading: 'Si lo cuentas en una nueva terapia',
    dutiesYes: (state: string, citation: string): string =>
      `La ley de ${state} (${citation}) dice que la persona que te da terapia ahora, si se lo cuentas, debe:`,
    dutiesNone: (state: string): string =>
      `No conocemos ninguna ley de ${state} que le dé obligaciones especiales a quien te atiende en una nueva terapia cuando se lo cuentas. Igual debe guardar en privado lo que le digas, dentro de los límites de siempre.`,
    duties: {
      'give-brochure-and-discuss':
        'darte el folleto del estado sobre la conducta sexual indebida de terapeutas, y hablarlo contigo',
      'ask-whether-to-report': 'preguntarte si quieres que se denuncie',
      'report-if-client-agrees': 'denunciarlo si dices que sí',
      'report-and-tell-client': 'denunciarlo, y avisarte de que lo está denunciando',
      'ask-about-anonymity': 'preguntarte si quieres que tu nombre no aparezca en la denuncia',
      'tell-right-to-report': 'decirte que tienes derecho a denunciarlo ante el estado',
      'give-complaint-hotline': 'darte el teléfono gratuito del estado para presentar quejas',
      'report-to-district-attorney':
        'si dices que sí, denunciarlo ante el departamento de licencias y la fiscalía del distrito en un plazo de 30 días',
    } satisfies Record<LaterTherapistDuty, string>,
  },

  board: {
    heading: 'Encuentra la junta que le da la licencia',
    lead: 'Cada profesión tiene su propia junta de licencias en cada estado. Elige qué tipo de profesional era la persona que te daba terapia.',
    professionLabel: '¿Qué tipo de profesional era la persona que te daba terapia?',
    professionHint:
      'Si no lo sabes, mira su tarjeta, su sitio web o sus facturas: las letras después de su nombre (por ejemplo LPC o LCSW) te lo dicen.',
    show: 'Ver la junta',
    loading: 'Buscando la junta…',
    nothingSaved: 'No guardamos nada de lo que elijas aquí.',
    boardIs: 'La junta:',
    agencyIs: 'Forma parte de:',
    departmentOnly:
      'Este es el departamento del estado que da la licencia. No pudimos confirmar el nombre de la junta dentro de él: el departamento te lo puede decir.',
    noBoard: (org: string): string =>
      `No pudimos confirmar qué junta da la licencia a esta profesión en tu estado. Empieza por ${org}: te puede indicar la junta correcta.`,
    complaintPage: 'Presentar una queja ante la junta',
    lookupPage: 'Revisar la licencia de esa persona',
    boardSite: 'El sitio web de la junta',
    phone: (phone: string): string => `Llamar a la junta: ${phone}`,
    otherBoards: 'Otra junta también puede dar licencia a esta profesión en tu estado:',
    checked: (month: string): string => `Revisado en el sitio de la propia junta, ${month}.`,
    notConfirmed: 'No pudimos confirmar esta dirección: empieza por',
    missing: (org: string): string => `Para lo que no aparece aquí, empieza por ${org}:`,
    pagesMove:
      'Las juntas cambian sus páginas. Si un enlace no funciona, busca el nombre de la junta.',
  },

  why: {
    heading: 'Por qué puede importar denunciar',
    text: 'Algunos terapeutas que hacen esto han dañado a más de un paciente. Una queja puede ayudar a proteger a otras personas. Pero primero van tu seguridad y tu recuperación, y la decisión es tuya.',
    source: {
      label: 'Gartrell et al. (1986), American Journal of Psychiatry 143(9):1126–31',
      url: 'https://scilit.com/publications/fea77d52ea23390a5e2a93d7aebe393d',
    },
  },

  next: {
    heading: 'Cuando te sientas con fuerzas',
    complaint: 'Preparar una queja para la junta de licencias',
    complaintText:
      'Responde unas preguntas, una por página. Al final tendrás una carta para imprimir, guardar como PDF o pegar en el formulario de la junta.',
    report: 'Hacer un informe de pruebas',
    reportText:
      'Un registro con fechas de las entradas del diario y las sesiones que elijas. Los códigos del final permiten a cualquiera comprobar que una copia coincide con la que compartiste.',
    guide: 'Leer la guía: si ya pasó',
    guideText: 'La misma información, con más contexto.',
    nothingSent:
      'No se envía nada a ningún lugar. Tú decides si presentas la queja y cuándo, y la presentas tú.',
  },
};

/** The complaint builder: question pages, check your answers, and where to send it. */
const complaint: Happened['complaint'] = {
  title: 'Preparar una queja',
  lead: 'Responde una pregunta por página. Puedes cambiar cualquier respuesta antes del final, y volver más tarde: tu borrador queda guardado bajo llave en este dispositivo.',
  notAdvice:
    'Esto no es asesoría legal. No se envía nada: al final, tú eliges cómo presentar la queja.',
  start: 'Empezar una queja nueva',
  drafts: 'Tus borradores',
  untitled: 'Queja (todavía sin el nombre de tu terapeuta)',
  draftAbout: (name: string, state: string): string => (state ? `${name}, ${state}` : name),
  continueDraft: 'Seguir',
  deleteDraft: 'Borrar',
  deleteHidden: (name: string): string => `el borrador sobre ${name}`,
  confirmDelete: '¿Borrar este borrador? No se puede deshacer.',
  deleted: 'Se borró el borrador.',
  notFound: 'No encontramos este borrador. Puede que se haya borrado.',
  backToList: 'Volver a tus quejas',
  back: 'Atrás',
  continue: 'Continuar',
  saveAndCheck: 'Guardar y volver a tus respuestas',
  saving: 'Guardando…',
  errorSummary: 'Hay un problema',
  saveFailed: 'No se pudo guardar tu respuesta. Vuelve a intentarlo, por favor.',
  cancelled: 'Tu respuesta no se guardó porque se cerró la ventana de la frase secreta.',
  questionOf: (n: number, total: number): string => `Pregunta ${n} de ${total}`,
  optional: '(opcional)',

  stateStep: {
    title: '¿En qué estado fue la terapia?',
    hint: 'La queja la recibe la junta de licencias de ese estado, aunque ya te hayas mudado.',
    label: 'Estado',
    choose: 'Elige un estado',
    error: 'Elige el estado donde fue la terapia',
  },
  professionStep: {
    title: '¿Qué tipo de profesional era tu terapeuta?',
    hint: 'Cada profesión tiene su propia junta de licencias. Si no lo sabes, elige “No lo sé”: te mostraremos cómo averiguarlo.',
    error: 'Elige qué tipo de profesional era tu terapeuta',
    options: {
      psychologist: 'Psicólogo o psicóloga',
      counselor: 'Consejero o consejera profesional (por ejemplo, LPC o LMHC)',
      'social-worker': 'Trabajador o trabajadora social clínica (por ejemplo, LCSW)',
      mft: 'Terapeuta matrimonial y familiar (por ejemplo, LMFT)',
      physician: 'Psiquiatra, médico o médica (MD o DO)',
      'psychiatric-np':
        'Enfermero o enfermera psiquiátrica de práctica avanzada (nurse practitioner)',
      unlicensed: 'Un coach, o una persona sin licencia',
      'not-sure': 'No lo sé',
    },
  },
  boardStep: {
    title: 'La junta que la recibe',
    lead: 'Aquí iría tu queja. Todavía no guardamos nada: la próxima pregunta es la primera que guardamos, protegida con tu frase secreta.',
  },
  therapistStep: {
    title: 'Sobre tu terapeuta',
    nameLabel: 'Nombre completo',
    nameHint: 'Tal como te lo dio, con su título si lo usa, como Dr. o Dra.',
    nameError: 'Escribe el nombre de tu terapeuta',
    licenseLabel: 'Número de licencia (opcional)',
    licenseHint:
      'Puede estar en una factura, en su sitio web o en la página de la junta para consultar licencias. Déjalo en blanco si no lo sabes.',
    addressLabel: 'Dónde atiende (opcional)',
    addressHint: 'La dirección del consultorio, o la ciudad.',
  },
  youStep: {
    title: 'Tus datos de contacto (opcional)',
    hint: 'Las juntas suelen necesitar una forma de comunicarse contigo. Puedes dejar esto en blanco aquí y agregarlo cuando presentes la queja. Estos datos quedan bajo llave en este dispositivo y solo aparecen en la carta.',
    nameLabel: 'Tu nombre (opcional)',
    emailLabel: 'Tu correo electrónico (opcional)',
    phoneLabel: 'Tu número de teléfono (opcional)',
    addressLabel: 'Tu dirección postal (opcional)',
  },
  datesStep: {
    title: '¿Cuándo tuviste terapia con esta persona?',
    hint: 'Si no recuerdas el día exacto, elige el primer día del mes.',
    fromLabel: 'Primera sesión',
    toLabel: 'Última sesión (opcional)',
    toHint: 'Déjalo en blanco si todavía tienes sesiones o si no lo sabes.',
    errors: {
      'from-missing': 'Escribe la fecha de la primera sesión',
      'from-invalid': 'Escribe una fecha que exista para la primera sesión',
      'to-invalid': 'Escribe una fecha que exista para la última sesión',
      future: 'Las fechas deben ser de hoy o de antes',
      'to-before-from': 'La última sesión debe ser el mismo día que la primera, o después',
    } satisfies Record<DatesProblem, string>,
  },
  evidenceStep: {
    title: '¿En qué debe basarse la queja?',
    lead: 'En la próxima página preparamos un borrador de “lo que pasó” con las entradas del diario que marcaste como prueba y las sesiones que elijas aquí, por orden de fecha.',
    entriesHeading: 'Entradas del diario marcadas como prueba',
    entriesNone:
      'Todavía no hay entradas del diario marcadas como prueba. Puedes marcar cualquier entrada en Reflexionar.',
    entriesCount: (n: number): string =>
      n === 1
        ? '1 entrada del diario está marcada como prueba.'
        : `${n} entradas del diario están marcadas como prueba.`,
    includeEntry: 'Incluir',
    sessionsLegend: 'Sesiones que quieres incluir',
    sessionsHint:
      'En el registro, las sesiones no tienen marca de prueba. Marca las que quieras en la queja y en el informe de pruebas. No cambia nada en tu registro.',
    sessionsNone: 'No hay sesiones en tu registro.',
    tickWithSigns: 'Marcar todas las sesiones con alguna señal de alerta',
    signsCount: (n: number): string => (n === 1 ? '1 señal de alerta' : `${n} señales de alerta`),
    noSigns: 'ninguna señal de alerta',
    reflectLink: 'Ir a tu diario',
  },
  narrativeStep: {
    title: 'Lo que pasó',
    care: 'Escribir esto puede hacer que todo vuelva. Toma pausas, detente cuando lo necesites y vuelve más tarde: lo que guardes queda protegido. Si se vuelve demasiado, hay apoyo ahora mismo.',
    label: 'Lo que pasó, por orden de fecha',
    hint: 'Preparamos este borrador con lo que elegiste, por orden de fecha. Nunca incluye tus respuestas a «Lo que te atrae» ni a «Algo más»: esas quedan solo para ti. Cambia lo que quieras: agrega lo que falte y quita lo que no quieras contar. La mayoría de las juntas trabaja en inglés: pregunta a la junta si acepta quejas en español, o pide ayuda para traducir esta parte.',
    hintEmpty:
      'Cuenta lo que pasó, con fechas, horas y lugares cuando puedas. La mayoría de las juntas trabaja en inglés: pregunta a la junta si acepta quejas en español, o pide ayuda para traducir esta parte.',
    redraft: 'Volver a preparar el borrador con mis pruebas',
    redraftWarning: 'Esto cambia el texto del cuadro por un borrador nuevo.',
    error: 'Cuenta lo que pasó',
    count: (n: number): string =>
      n === 1 ? '1 carácter' : `${n.toLocaleString('es-US')} caracteres`,
  },
  check: {
    title: 'Revisa tus respuestas',
    lead: 'Revisa lo que escribiste antes de hacer la carta. Puedes cambiar lo que quieras.',
    change: 'Cambiar',
    changeHidden: (what: string): string => ` ${what}`,
    rows: {
      state: 'Estado',
      profession: 'Profesión',
      therapist: 'Terapeuta',
      you: 'Tus datos de contacto',
      dates: 'Fechas del tratamiento',
      evidence: 'Pruebas',
      narrative: 'Lo que pasó',
    },
    notGiven: 'No lo indicaste',
    stillSeeing: 'todavía en terapia, o no se sabe',
    evidenceSummary: (entries: number, sessions: number): string =>
      `${entries} ${entries === 1 ? 'entrada del diario' : 'entradas del diario'}, ${sessions} ${sessions === 1 ? 'sesión' : 'sesiones'}`,
    missing: 'Todavía faltan algunas respuestas',
    make: 'Hacer la carta',
  },
  file: {
    title: 'Tu queja',
    lead: 'Aquí tienes tu carta. No se envió nada. Guárdala, imprímela o cópiala en el formulario de la junta.',
    boardHeading: 'Quién la recibe',
    unknownBoard: 'Elige un estado y una profesión para ver qué junta la recibe.',
    unlicensedHeading: 'Para esto no hay junta de licencias',
    unlicensedText:
      'Los coaches y las personas sin licencia no responden ante ninguna junta de licencias. Pero tienes otros caminos:',
    unlicensedRoutes: {
      criminal:
        'La policía: en algunos estados, la ley penal también se aplica a quienes ofrecen terapia sin licencia.',
      criminalStates: (states: string) =>
        `Nuestra investigación encontró una ley así en ${states}.`,
      civil: 'Un abogado civil: para reclamar por el daño que sufriste, y para saber tus plazos.',
      'unlicensed-practice-report':
        'Si usaba un título que exige licencia (por ejemplo, psicólogo o consejero), la junta de ese título puede tomar medidas por ejercer sin licencia.',
      support: 'Apoyo: TELL, RAINN y el 988 también están para ti.',
    },
    notSureHeading: '¿No sabes cuál es su profesión?',
    notSureText:
      'Busca a tu terapeuta en las páginas de licencias de las juntas de tu estado. Su licencia muestra qué junta le corresponde. Luego cambia tu respuesta.',
    nationalDirectories: 'Las listas nacionales de juntas estatales:',
    howHeading: 'Cómo enviarla',
    how: [
      'La mayoría de las juntas reciben quejas con un formulario en su sitio web, por correo electrónico o por correo postal. La página de quejas de la junta dice cómo.',
      'Si el formulario tiene un cuadro para contar lo que pasó, pega ahí el texto simple de abajo. Compara el número de caracteres con el límite del cuadro.',
      'Agrega copias, nunca los originales, de todo lo que respalde tu queja: mensajes, facturas, registros de citas. Puedes enviar también tu informe de pruebas.',
      'Guarda una copia de todo lo que envíes, y anota la fecha en que lo enviaste.',
    ],
    howSource: {
      label:
        'California Board of Behavioral Sciences; Minnesota Board of Behavioral Health and Therapy',
      url: 'https://bbs.ca.gov/consumers/consumer_complaints.html',
    },
    exportHeading: 'Guardar o imprimir la carta',
    edit: 'Cambiar tus respuestas',
  },
};

/** The evidence report page and the export controls both documents share. */
const report: Happened['report'] = {
  title: reportTitle,
  lead: 'Un registro con fechas de lo que elijas: entradas del diario marcadas como prueba y sesiones de tu registro, de la más antigua a la más reciente. Incluye las versiones anteriores de las entradas que cambiaste. Los códigos del final permiten a cualquiera comprobar que una copia coincide con la que compartiste.',
  chooseHeading: 'Elige qué incluir',
  entriesLegend: 'Entradas del diario marcadas como prueba',
  entriesNone:
    'No hay entradas del diario marcadas como prueba. Puedes marcar cualquier entrada en tu diario.',
  sessionsLegend: 'Sesiones',
  sessionsNone: 'No hay sesiones en tu registro.',
  partsLegend: 'Dejar fuera algunas partes',
  leaveOutRevisions: 'Dejar fuera las versiones anteriores de las entradas que cambié',
  leaveOutNotes: 'Dejar fuera mis notas y reflexiones sobre las sesiones',
  revealsHeading: 'Lo que este informe muestra a quien lo lea',
  reveals: (entries: number, sessions: number, versions: number) => [
    entries === 0
      ? 'Ninguna entrada del diario.'
      : entries === 1
        ? '1 entrada del diario: cada palabra que escribiste en ella, y cuándo la escribiste.'
        : `${entries} entradas del diario: cada palabra que escribiste en ellas, y cuándo las escribiste.`,
    versions === 0
      ? 'Ninguna versión anterior de las entradas.'
      : versions === 1
        ? '1 versión anterior de una entrada que cambiaste: lo que escribiste primero y cambiaste después.'
        : `${versions} versiones anteriores de entradas que cambiaste: lo que escribiste primero y cambiaste después.`,
    sessions === 0
      ? 'Ninguna sesión.'
      : `${sessions === 1 ? '1 sesión' : `${sessions} sesiones`}: fecha, hora, duración, lugar, cobro, contacto físico, contacto entre sesiones y señales de alerta, y tus notas, salvo que las dejes fuera.`,
    'El día y la hora en que hiciste el informe, y la zona horaria de tu dispositivo.',
  ],
  revealsNot: 'No nombra esta aplicación, y no incluye nada de lo que dejes fuera arriba.',
  saved: 'Se guardaron tus elecciones.',
  empty:
    'Todavía no elegiste nada. El informe lo dirá y explicará cómo agregar elementos, pero igual puedes hacerlo.',
  exportHeading: 'Hacer el informe',
  print: 'Página para imprimir',
};

const exportText: Happened['exportText'] = {
  ...documentWords,
  pdf: 'Descargar PDF',
  pdfWorking: 'Preparando el PDF…',
  pdfDone: 'El PDF está listo. Revisa tus descargas.',
  pdfFailed:
    'No se pudo hacer el PDF. La página para imprimir y el texto simple de abajo siguen funcionando.',
  printable: 'Abrir una página para imprimir',
  textHeading: 'Texto simple',
  textHint:
    'Para pegarlo en el formulario web de una junta. Algunos formularios tienen un límite de largo: compara el número de caracteres con el límite del formulario.',
  textLabel: (title: string): string => `${title}, en texto simple`,
  count: (n: number): string =>
    n === 1 ? '1 carácter' : `${n.toLocaleString('es-US')} caracteres`,
  copy: 'Copiar el texto',
  copied: 'Copiado. Pégalo en el formulario.',
  copyFailed: 'No se pudo copiar. Selecciona el texto de arriba y cópialo tú.',
  downloadText: 'Descargar como archivo de texto',
  onlyNarrative: 'Solo “lo que pasó”',
  printTitle: 'Página para imprimir',
  printButton: 'Imprimir',
  printHint:
    'Usa la opción de imprimir de tu navegador, y elige “Guardar como PDF” para quedarte con una copia.',
  backToExport: 'Atrás',
  working: 'Preparando…',
  previewHeading: 'La carta',
  previewLabel: (title: string): string => `${title}: vista previa`,
  showText: 'Mostrar el texto simple',
  paper: { legend: 'Tamaño de papel del PDF', letter: 'Carta (EE. UU.)', a4: 'A4' },
  docLang: {
    legend: '¿En qué idioma quieres los documentos?',
    english: 'En inglés (recomendado para la junta)',
    englishHint:
      'La mayoría de las juntas de licencias de EE. UU. trabaja en inglés. Pregunta si aceptan documentos en español; en inglés, pueden leerlos sin esperar una traducción.',
    spanish: 'En español',
    spanishHint: 'Para guardarlos tú, o para una persona que te apoye y lea español.',
    ownWords:
      'Esto cambia solo las palabras que escribe Terrarium. Lo que escribiste tú queda tal como lo escribiste.',
  },
};

/** Comprobar un informe pegado con sus códigos de integridad. */
const verify: Happened['verify'] = {
  title: 'Comprobar los códigos de un informe',
  link: 'Comprobar los códigos de un informe que tengas',
  lead: 'Pega el texto simple de un informe de pruebas. Esta página vuelve a calcular cada código con el texto y te dice cuáles coinciden. Nada de lo que pegues se guarda ni se envía.',
  label: 'El informe, como texto simple',
  hint: 'Pégalo completo, desde el título hasta el final.',
  keptLabel: 'Un código final que alguien guardó (opcional)',
  keptHint:
    'Si diste el código final a alguien, por ejemplo a un abogado, pega el código que guardó. Esta es la comprobación que cuenta, porque los códigos impresos en una copia se pueden cambiar junto con su texto.',
  check: 'Comprobar los códigos',
  checking: 'Comprobando…',
  noCodes:
    'No se encontraron códigos de integridad en este texto. Pega el informe completo en texto simple, con su sección «Códigos de integridad». Un informe hecho con una versión anterior de esta aplicación tiene códigos de otro tipo, que esta página no puede comprobar.',
  resultsHeading: 'Lo que encontró la comprobación',
  item: (n) => `Elemento ${n}`,
  same: (from, to) => `coincide (líneas ${from}–${to}).`,
  moved: (from, to, listedFrom, listedTo) =>
    `su texto coincide, pero está en las líneas ${from}–${to}, no en las ${listedFrom}–${listedTo}. Se agregaron o se quitaron líneas antes, o se cambiaron de lugar elementos.`,
  changed: (from, to) =>
    `no coincide. Algo en las líneas ${from}–${to} no es igual que cuando se hizo el código.`,
  finalSame: 'El código final coincide con todo lo que está antes de los códigos.',
  finalChanged:
    'El código final no coincide: algo antes de los códigos se cambió, se agregó, se quitó o se movió.',
  noFinal: 'No se encontró un código final.',
  keptSame:
    'El código final que alguien guardó es el mismo: este texto no cambió desde que lo anotó.',
  keptDifferent:
    'El código final que alguien guardó no es el mismo: este no es el informe que anotó, o se cambió.',
  limits:
    'Que coincida solo muestra que el texto concuerda con los códigos impresos en él. Cualquier persona que cambie un informe puede imprimir códigos nuevos. Solo un código final que alguien anotó antes muestra que nada cambió desde entonces.',
};

/** Registered as `happened` in the Spanish catalog. */
export const happened: Happened = { ...part, complaint, report, exportText, verify };
