import { options, type VNode } from 'preact';
import { type Lang, langOfPath, localizePath } from '../../core/i18n/lang';

/**
 * Every internal link on a Spanish page must lead to the Spanish page. Rather
 * than thread the language through each of the app's links, the one place that
 * sees every <a> as it is created puts it in the page's language. A link that
 * names its own language with `hreflang` (the language switch) is left alone.
 */
let pageLang: Lang = 'en';

export function setPageLang(lang: Lang): void {
  pageLang = lang;
}

const previousHook = options.vnode;
options.vnode = (vnode: VNode) => {
  if (vnode.type === 'a' && pageLang !== 'en') {
    const props = vnode.props as { href?: unknown; hreflang?: unknown };
    const href = props.href;
    if (
      typeof href === 'string' &&
      href.startsWith('/') &&
      !href.startsWith('//') &&
      props.hreflang === undefined &&
      langOfPath(href) !== pageLang
    ) {
      props.href = localizePath(href, pageLang);
    }
  }
  previousHook?.(vnode);
};
