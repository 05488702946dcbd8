import { useI18n } from './i18n.tsx';

export interface SiteAccessBannerProps {
  onGrant: () => void;
}

/** Shown where the browser has not granted access to sites (Firefox MV3 makes it opt-in). */
export function SiteAccessBanner({ onGrant }: SiteAccessBannerProps) {
  const { t } = useI18n();
  return (
    <div class="banner" role="alert">
      <p>{t('access_needed')}</p>
      <button type="button" onClick={onGrant}>{t('access_grant')}</button>
    </div>
  );
}
