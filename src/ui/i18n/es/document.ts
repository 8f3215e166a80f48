import type { documentWords as en } from '../en/document';

export const reportTitle = 'Informe de pruebas';

export const documentWords: typeof en = {
  footerComplaint: 'Queja',
  footerReport: 'Informe de pruebas',
  page: (page: number, pages: number): string => `Página ${page} de ${pages}`,
  substitutionNote:
    'Algunos caracteres no se pudieron dibujar en este PDF. Aparecen aquí con su nombre entre [corchetes]. El texto simple y la página para imprimir los conservan tal cual.',
  /** The start of the files' names; the day is added after it. */
  fileComplaint: 'queja',
  fileReport: 'informe-de-pruebas',
};
