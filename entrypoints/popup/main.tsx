import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ArticleCard } from '@/components/ArticleCard.tsx';
import { entitiesById, pack } from '@/lib/knowledge-pack.ts';
import '@/assets/ui.css';

const name = (id: string) => (id === 'article' ? 'the article' : (entitiesById.get(id)?.name ?? id));

render(
  <main class="popup">
    <ArticleCard pack={pack} reporterName={name} compact onReadArticle={() => void browser.runtime.openOptionsPage()} />
  </main>,
  document.getElementById('app')!,
);
