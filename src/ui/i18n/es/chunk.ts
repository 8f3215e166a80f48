import type { chunk as en } from '../en/chunk';

export const chunk: typeof en = {
  heading: 'Esta parte no se cargó',
  body: 'No se pudo descargar una parte de esta página. Puede pasar cuando se corta la conexión. Nada de lo que guardaste ha cambiado.',
  reload: 'Cargar la página de nuevo',
};
