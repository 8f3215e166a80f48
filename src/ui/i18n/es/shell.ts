// Spanish. Same shape as the English catalog (a missing sentence is a type error).

import type { Lang } from '../../../core/i18n/lang';
import type { shell as en } from '../en/shell';

export const shell: typeof en = {
  appName: 'Terrarium',
  titleWords: {
    start: 'Inicio',
    reading: 'Lectura',
    journal: 'Diario',
    log: 'Registro',
    questions: 'Preguntas',
    notes: 'Notas',
    documents: 'Documentos',
    settings: 'Ajustes',
    tips: 'Consejos',
    missing: 'No encontrada',
  },
  otherLanguage: { lang: 'en', name: 'English' } as { lang: Lang; name: string },
  lockButton: 'Bloquear',
  skipToContent: 'Ir al contenido principal',
  nav: {
    label: 'Partes de Terrarium',
    home: 'Inicio',
    learn: 'Aprender',
    reflect: 'Reflexionar',
    notice: 'Observar',
    decide: 'Decidir',
    prepare: 'Prepararte',
    happened: 'Si ya pasó',
    safety: 'Cómo protegerte',
    settings: 'Privacidad y configuración',
  },
  crisis: {
    heading: '¿Necesitas ayuda ahora mismo?',
    line988:
      'Llama o envía un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, 24 horas, gratis). Para español, marca 2.',
    emergency: 'En una emergencia, llama al 911.',
    notService: 'Terrarium no es un servicio de crisis.',
  },
  firstVisit: {
    heading: 'Antes de empezar',
    body: 'Otra persona podría ver este dispositivo. Para salir rápido, presiona “Salir de esta página”, arriba, o presiona Shift tres veces. Eso bloquea tus notas y abre una página del tiempo. Lo que no hayas guardado se puede perder. Tómate dos minutos para leer cómo usar Terrarium de forma segura.',
    read: 'Leer “Cómo protegerte”',
    later: 'Ahora no',
  },
  limits: {
    noStorage:
      'Este navegador no deja que Terrarium guarde nada. Puedes leer la guía. Pero aquí no funcionan el diario, el registro de sesiones ni las respuestas guardadas.',
    noOffline:
      'Este navegador no puede guardar Terrarium para usarlo sin internet. Solo se abrirá cuando tengas conexión.',
  },
  notFound: {
    title: 'No encontramos esa página',
    body: 'Puede que la dirección tenga un error, o que la página se haya movido.',
    home: 'Ir a la página de inicio',
  },
};
