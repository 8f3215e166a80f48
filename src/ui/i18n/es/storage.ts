import type { storage as en } from '../en/storage';

export const storage: typeof en = {
  safariTab: {
    heading: 'Safari puede borrar tus notas después de siete días',
    body: 'En iPhone y iPad, Safari borra todo lo que un sitio web guardó cuando usas Safari siete días sin abrir ese sitio. En Terrarium, eso quiere decir tu diario, tu registro de sesiones y tus notas.',
    homeScreen:
      'Terrarium en tu pantalla de inicio cuenta solo los días en que lo usas, así que allí esto no debería pasar. Para agregarlo:',
    steps: [
      'En Safari, toca el botón Compartir (un cuadrado con una flecha hacia arriba).',
      'Toca “Agregar a pantalla de inicio”. Quizás tengas que bajar para encontrarlo.',
      'Toca “Agregar”.',
      'Desde ahora, abre Terrarium desde su ícono en tu pantalla de inicio.',
    ],
    backup:
      'Antes de cambiar, guarda un archivo de respaldo (en “Privacidad y configuración”). Puedes restaurarlo en la copia de la pantalla de inicio. Un archivo de respaldo también es tu única copia si Safari borra esta.',
  },
  homeScreen: {
    heading: 'Abriste Terrarium desde tu pantalla de inicio',
    body: 'Aquí Terrarium cuenta solo los días en que lo usas, así que la regla de siete días de Safari no debería borrar tus notas. Un archivo de respaldo sigue siendo la copia más segura.',
  },
};
