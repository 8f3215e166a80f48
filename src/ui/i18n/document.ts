import { EveryLanguage } from './catalog';
import { documentWords as en, reportTitle as enTitle } from './en/document';
import { documentWords as es, reportTitle as esTitle } from './es/document';

/** The words around an exported document, in whichever language the person chose for it. */
export const documentText = new EveryLanguage({
  en: { ...en, reportTitle: enTitle },
  es: { ...es, reportTitle: esTitle },
});
