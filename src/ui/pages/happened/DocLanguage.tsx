import { useLocation } from 'preact-iso';
import { type Lang, langs } from '../../../core/i18n/lang';
import { useCatalog, useLang } from '../../i18n';
import { happened } from '../../i18n/happened';

/**
 * The language the documents are written in. English unless, on a page in
 * another language, the person chose that language: US licensing boards read
 * English, so English stays the default even when the app is in Spanish.
 * The choice lives in the address (?doc=es), never in storage.
 */
export function useDocLang(): Lang {
  const page = useLang();
  const asked = useLocation().query.doc;
  if (page === 'en') return 'en';
  return langs.find((lang) => lang === asked && lang === page) ?? 'en';
}

/** English or the page's language for the documents, shown only on pages that are not in English. */
export function DocLanguage() {
  const page = useLang();
  const chosen = useDocLang();
  const { path, query, route } = useLocation();
  const m = useCatalog(happened).exportText.docLang;
  if (page === 'en') return null;

  const choose = (lang: Lang) => {
    const params = new URLSearchParams(query);
    if (lang === 'en') params.delete('doc');
    else params.set('doc', lang);
    const search = params.toString();
    route(search ? `${path}?${search}` : path, true);
  };
  const options: { lang: Lang; label: string; hint: string }[] = [
    { lang: 'en', label: m.english, hint: m.englishHint },
    { lang: page, label: m.spanish, hint: m.spanishHint },
  ];

  return (
    <fieldset class="doc-language" aria-describedby="doc-language-hint">
      <legend>{m.legend}</legend>
      <p id="doc-language-hint" class="hint">
        {m.ownWords}
      </p>
      {options.map((option) => (
        <div class="choice" key={option.lang}>
          <input
            autoComplete="off"
            type="radio"
            id={`doc-language-${option.lang}`}
            name="doc-language"
            value={option.lang}
            checked={chosen === option.lang}
            aria-describedby={`doc-language-${option.lang}-hint`}
            onChange={() => choose(option.lang)}
          />
          <div>
            <label for={`doc-language-${option.lang}`}>{option.label}</label>
            <p id={`doc-language-${option.lang}-hint`} class="hint doc-language__hint">
              {option.hint}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
