import { useId, useRef, useState } from 'preact/hooks';
import { LIST_MAX_SITES, addSite, removeSite, siteForDisplay, type SiteErrorCode } from '@/core/settings/index.ts';
import { useI18n, type Translate } from './i18n.tsx';
import type { Announce, SaveOutcome } from './settings-controls.tsx';
import { isolate, saveErrorText } from './settings-controls.tsx';

export interface SiteListEditorProps {
  legend: string;
  hint?: string;
  sites: readonly string[];
  /** saves the new list (a function of the current one, so a change made elsewhere meanwhile is kept) */
  onChange: (update: (current: readonly string[]) => string[]) => Promise<SaveOutcome>;
  announce: Announce;
  /** `data-list` on the fieldset, for tests and styles */
  name: string;
}

const siteError = (t: Translate, lang: string, code: SiteErrorCode, input: string, site?: string) =>
  ({
    empty: t('settings_site_error_empty'),
    'not-web': t('settings_site_error_notWeb'),
    wildcard: t('settings_site_error_wildcard'),
    invalid: t('settings_site_error_invalid', isolate(input.trim().slice(0, 60))),
    'too-long': t('settings_site_error_tooLong'),
    duplicate: t('settings_site_error_duplicate', isolate(site ? siteForDisplay(site) : input.trim())),
    full: t('settings_site_error_full', LIST_MAX_SITES.toLocaleString(lang)),
  })[code];

/** A list of sites with Remove buttons, and a field to add one (Enter or the Add button). */
export function SiteListEditor({ legend, hint, sites, onChange, announce, name }: SiteListEditorProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const add = async (e: Event) => {
    e.preventDefault();
    const r = addSite(sites, text);
    if (!r.ok) {
      setError(siteError(t, lang, r.code, text, r.site));
      announce(undefined); // an earlier "Added ..." would read as if this had worked
      input.current?.focus();
      return;
    }
    setError(undefined);
    // Re-checked against the latest list when saved, in case it changed meanwhile.
    const saved = await onChange((current) => (current.includes(r.site) ? [...current] : [...current, r.site]));
    if (saved.ok) {
      setText('');
      announce({ text: t('settings_status_added', isolate(siteForDisplay(r.site))), kind: 'ok' });
    } else {
      const a = saveErrorText(t, saved);
      setError(a.text);
      announce(a);
    }
    input.current?.focus();
  };

  const remove = async (site: string, index: number) => {
    const saved = await onChange((current) => removeSite(current, site));
    if (saved.ok) {
      announce({ text: t('settings_status_removed', isolate(siteForDisplay(site))), kind: 'ok' });
      // Keep keyboard focus in the list: on the next Remove button, or on the field when it was the last.
      requestAnimationFrame(() => {
        const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-list="${name}"] .site-list__remove`);
        (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
      });
    } else announce(saveErrorText(t, saved));
  };

  return (
    <fieldset class="settings__group site-list" data-list={name}>
      <legend>{legend}</legend>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {sites.length ? (
        <ul class="site-list__items" aria-label={legend}>
          {sites.map((site, i) => {
            const shown = siteForDisplay(site);
            return (
              <li key={site}>
                <span class="site-list__name">
                  <bdi class="site-list__site" dir="ltr">{shown}</bdi>
                  {/* an international name is shown in its letters, and as the browser stores it (look-alike letters of two scripts) */}
                  {shown !== site && <> <bdi class="site-list__ascii" dir="ltr">{site}</bdi></>}
                </span>
                <button type="button" class="site-list__remove" aria-label={t('settings_site_removeLabel', shown)} onClick={() => void remove(site, i)}>
                  {t('settings_site_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="site-list__empty">{t('settings_list_empty')}</p>
      )}
      <form class="site-list__add" onSubmit={(e) => void add(e)} noValidate>
        <label for={`${id}-input`}>{t('settings_site_input')}</label>
        <input
          ref={input} id={`${id}-input`} type="text" inputMode="url" autocomplete="off" spellcheck={false} dir="ltr"
          placeholder={t('settings_site_placeholder')} value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(undefined);
          }}
        />
        <button type="submit">{t('settings_site_add')}</button>
      </form>
      {error && <p id={`${id}-error`} class="field-error" role="alert">{error}</p>}
      <p class="site-list__count">{t('settings_list_count', [sites.length.toLocaleString(lang), LIST_MAX_SITES.toLocaleString(lang)])}</p>
    </fieldset>
  );
}
