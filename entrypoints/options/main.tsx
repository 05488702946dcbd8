import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '@/components/ArticleCard.tsx';
import { SiteAccessBanner } from '@/components/SiteAccessBanner.tsx';
import { entitiesById, pack } from '@/lib/knowledge-pack.ts';
import { hasSiteAccess, requestSiteAccess } from '@/lib/site-access.ts';
import '@/assets/ui.css';

const name = (id: string) => (id === 'article' ? 'the article' : (entitiesById.get(id)?.name ?? id));

function Options() {
  const [access, setAccess] = useState(true);
  useEffect(() => void hasSiteAccess().then(setAccess), []);
  return (
    <main class="options">
      <h1>Aleppo Context settings</h1>
      {!access && <SiteAccessBanner onGrant={() => void requestSiteAccess().then(setAccess)} />}
      <ArticleCard pack={pack} reporterName={name} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
