// Spanish. Same shape as the English catalog (a missing sentence is a type error).
import type { learn as en } from '../en/learn';
/** The page chrome of the guide. The guide's own text lives in src/content/guide/es/. */
export const learn: typeof en = {
  index: {
    title: 'Entiende lo que sientes',
    lead: 'Sentir algo por tu terapeuta es común, y no es motivo de vergüenza. Esta guía explica por qué pasa, dónde está el límite y qué hacer si alguien lo cruzó.',
    quickHint: '¿Tienes poco tiempo? Empieza aquí.',
    fullHeading: 'La guía completa',
    fullHint: 'Doce secciones cortas. Léelas en orden, o elige la que necesites.',
  },
  page: {
    pagerLabel: 'Páginas de la guía',
    previous: (title: string) => `Anterior: ${title}`,
    next: (title: string) => `Siguiente: ${title}`,
    allSections: 'Todas las secciones de la guía',
  },
  whereNext: {
    heading: 'Adónde ir después',
    intro:
      'Cuando quieras, Terrarium puede ayudarte a dar el siguiente paso. Todo lo que escribes queda guardado bajo llave en este dispositivo.',
    reflect: 'Escribe en privado sobre lo que sientes, con preguntas amables que te guían.',
    notice: 'Lleva un registro privado de tus sesiones y mira si las señales de alerta se repiten.',
    decide: 'Descubre si es seguro para ti contárselo a tu terapeuta.',
    happened: 'Primeros pasos, apoyo y cómo presentar una queja si tu terapeuta cruzó el límite.',
  },
};
