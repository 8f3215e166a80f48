import { useLocation } from 'preact-iso';
import { localizePath } from '../../../core/i18n/lang';
import { useMessages } from '../../i18n';

/** Read by the early script (src/ui/safety/before-render.ts): the language the person chose last, on this device only. */
const CHOSEN_LANG_KEY = 'terrarium-lang';

/** A link to this same page in the other language. */
export function LanguageSwitch() {
  const { url } = useLocation();
  const other = useMessages().shell.otherLanguage;
  const remember = () => {
    try {
      localStorage.setItem(CHOSEN_LANG_KEY, other.lang);
    } catch {
      // Without storage the choice lasts as long as the address.
    }
  };
  return (
    <a
      class="language-switch"
      href={localizePath(url, other.lang)}
      hreflang={other.lang}
      lang={other.lang}
      onClick={remember}
    >
      {other.name}
    </a>
  );
}
