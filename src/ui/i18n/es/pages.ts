// Spanish. Same shape as the English catalog (a missing sentence is a type error).
import type { pages as en } from '../en/pages';
export const pages: typeof en = {
  start: {
    title: 'Un lugar tranquilo para pensar en tu terapia',
    lead: 'Terrarium es para quienes van a terapia y sienten algo por su terapeuta, o sienten que su terapeuta está cruzando un límite. Te ayuda a entender lo que sientes y a ver las señales de alerta. También te ayuda a decidir qué hacer y a buscar ayuda si algo ya pasó.',
    isHeading: 'Qué es Terrarium',
    is: [
      'Una guía y un cuaderno privados. Todo se queda en este dispositivo.',
      'Todo lo que escribes se guarda bajo llave con tu frase secreta.',
      'Puedes salir en cualquier momento con “Salir de esta página”.',
    ],
    isNotHeading: 'Qué no es',
    isNot: [
      'No es terapia.',
      'No es un servicio de crisis. Si estás en peligro, llama o envía un mensaje de texto al 988 (para español, marca 2), o llama al 911.',
      'No es asesoría legal.',
    ],
    partsHeading: 'Por dónde empezar',
    parts: {
      learn: 'Entiende por qué surgen estos sentimientos y dónde está el límite.',
      reflect: 'Un diario privado, con preguntas que te ayudan a pensar.',
      notice: 'Anota tus sesiones y mira las señales de alerta con el tiempo.',
      decide: 'Piensa si es seguro contarle a tu terapeuta lo que sientes.',
      prepare: 'Prepárate para la conversación y revisa cómo te fue.',
      happened: 'Si tu terapeuta ya cruzó el límite: primeros pasos y cómo presentar una queja.',
    },
  },
  erased: {
    title: 'Datos borrados',
    body: 'Los datos de este sitio se borraron de este navegador.',
    next: 'Ya puedes cerrar esta página, o volver al inicio.',
    home: 'Ir a la página de inicio',
  },
  safety: {
    title: 'Cómo protegerte',
    lead: 'Terrarium guarda bajo llave lo que escribes en este dispositivo. Pero ninguna app puede ocultarlo todo. Aquí te contamos lo que puede hacer, lo que no puede hacer y lo que puedes hacer tú.',
    sections: [
      {
        heading: 'Salir rápido',
        items: [
          '“Salir de esta página” está arriba en cada página. Presiónalo, o presiona Shift tres veces, para salir de Terrarium al instante.',
          'Tapa la página, bloquea tus notas y abre la página del tiempo de la BBC (bbc.com/weather). Puedes elegir otra página en “Privacidad y configuración”, al final de cada página.',
          'Lo que estés escribiendo y no hayas guardado: Terrarium primero intenta guardarlo bajo llave como borrador. Si la página se cierra antes, se pierde. Guarda seguido.',
          'Si alguien presiona Atrás después de que salgas, ve la página de inicio de Terrarium, no la página en la que estabas. Para leer tus notas, necesitaría tu frase secreta.',
        ],
      },
      {
        heading: 'Lo que hace Terrarium',
        items: [
          'No envía nada a ningún lugar. No hay cuenta ni servidor.',
          'Lo que escribes queda bajo llave con tu frase secreta. Sin ella, nadie puede leerlo. Ni siquiera nosotros.',
        ],
      },
      {
        heading: 'El historial de tu navegador',
        items: [
          'Tu navegador guarda una lista de las páginas de Terrarium que abriste, y cuándo. Cada una tiene un nombre simple, como “Terrarium · Diario”, y una dirección. Las direcciones pueden dar una pista de qué partes usaste.',
          'Nada de lo que escribiste o elegiste está en esa lista.',
          'Terrarium no puede borrar tu historial. Puedes borrar tú las visitas a Terrarium, o usar una ventana privada la próxima vez.',
          'Un historial vacío de repente también puede llamar la atención. Borrar solo las visitas a Terrarium llama menos la atención.',
          'Si tu navegador tiene una cuenta abierta, tu historial se puede copiar a otros dispositivos de esa cuenta.',
          'El nombre y el ícono de la planta están pensados para verse normales en la pantalla de inicio.',
        ],
      },
      {
        heading: 'Lo que puede borrar “Borrar todo”',
        items: [
          '“Borrar todo”, en “Privacidad y configuración”, elimina lo que Terrarium guardó en este navegador: tus notas, tus ajustes y la copia para usarla sin conexión.',
          'No puede llegar a los archivos propios del navegador. El navegador puede guardar copias ahí por un tiempo, como datos viejos bajo llave o páginas que guardó. Tu historial también se queda.',
          'Para borrarlos, abre la configuración de tu navegador y busca los datos guardados de este sitio (a menudo se llaman “cookies y datos de sitios”). Bórralos. Después borra las visitas del historial.',
        ],
      },
      {
        heading: 'Dispositivos y cuentas que compartes',
        items: [
          'Si alguien sabe el código de tu teléfono o usa la misma cuenta, puede ver que tienes Terrarium instalado, aunque no pueda leerlo.',
          'Elige una frase secreta que nadie pueda adivinar. No la anotes donde otras personas puedan verla.',
        ],
      },
      {
        heading: 'Programas espía',
        items: [
          'Si alguien puso un programa espía en tu dispositivo, puede ver lo que escribes en cualquier app. Ninguna app te puede proteger de eso.',
          'Si crees que eso pasó, usa un dispositivo que esa persona nunca haya tocado. Por ejemplo, una computadora de la biblioteca o el teléfono de una amistad.',
        ],
      },
      {
        heading: 'Si estás en peligro',
        items: [
          'Llama o envía un mensaje de texto al 988 a cualquier hora (para español, marca 2). En una emergencia, llama al 911.',
        ],
      },
    ],
    done: 'Ir a la página de inicio',
  },
  settings: {
    title: 'Privacidad y configuración',
    exitHeading: 'Adónde lleva “Salir de esta página”',
    exitHint: 'Una página web común, que no llame la atención. Debe empezar con https.',
    exitLabel: 'Dirección de la página web',
    exitSave: 'Guardar la dirección',
    exitSaved: (url: string) => `Listo. “Salir de esta página” ahora abre ${url}.`,
    exitInvalid:
      'Escribe una dirección web que empiece con https, como https://www.bbc.com/weather',
    errorSummary: 'Hay un problema',
  },
};
