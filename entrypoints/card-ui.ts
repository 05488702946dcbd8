import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardView, type CardViewRequest } from '@/page/card-view.ts';
import { CARD_VIEW_GLOBAL } from '@/page/card-view-global.ts';
import { pack, reporterNameOf } from '@/lib/knowledge-pack.ts';

// Injected into a page's frame by the background (scripting.executeScript) when the content
// script is about to open its first card. Content scripts of one extension share an isolated
// world, so the factory is handed over on that world's global object; the page cannot see it.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] = (o: CardViewRequest) =>
    createCardView({ ...o, pack, reporterName: (id) => reporterNameOf(id, o.i18n.t('article_theArticle')) });
});
