export interface SiteAccessBannerProps {
  onGrant: () => void;
}

/** Shown where the browser has not granted access to sites (Firefox MV3 makes it opt-in). */
export function SiteAccessBanner({ onGrant }: SiteAccessBannerProps) {
  return (
    <div class="banner" role="alert">
      <p>
        Aleppo Context needs permission to read the pages you visit, so that it can highlight mentions on them.
        It reads pages only on your computer and sends nothing anywhere.
      </p>
      <button type="button" onClick={onGrant}>Allow on all websites</button>
    </div>
  );
}
