import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  SETTINGS_CATEGORIES, type Density, type HighlightStyle, type Settings, type SettingsCategory, type SiteMode,
} from '@/core/settings/index.ts';
import { HoverDelaySlider } from './HoverDelaySlider.tsx';
import { useI18n } from './i18n.tsx';
import { SettingsData } from './SettingsData.tsx';
import { Check, RadioGroup, isolate, saveErrorText, type Announcement, type Save, type SaveOutcome, type SettingsUpdate } from './settings-controls.tsx';
import { SiteListEditor } from './SiteListEditor.tsx';

export type { SaveOutcome, SettingsUpdate } from './settings-controls.tsx';

export interface SettingsFormEntity {
  id: string;
  name: string;
  kind: string;
}

export interface SettingsFormProps {
  settings: Settings;
  /** the pack's entities, for the muted-names list */
  entities: readonly SettingsFormEntity[];
  onSave: Save;
  onReset: () => Promise<SaveOutcome>;
  /** how long the hover delay slider waits after the last move before saving (ms) */
  settleMs?: number;
}

const PREVIEW: Record<SettingsCategory, string> = {
  person: 'Bashar al-Assad', place: 'Aleppo', organisation: 'SANA', country: 'Russia', group: 'rebels', figure: '34,000',
};

/** Every setting, saved as it changes; a status line says what happened. */
export function SettingsForm({ settings: s, entities, onSave, onReset, settleMs }: SettingsFormProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Announcement>();

  // Always a new object, so announcing re-renders the form: after a refused save, that puts a
  // control the reader flipped back to the settings as they are.
  const announce = (a: Announcement | undefined) => setStatus(a && { ...a });
  const save: Save = async (update: SettingsUpdate) => {
    const r = await onSave(update);
    if (r.ok) announce({ text: t('settings_status_saved'), kind: 'ok' });
    else announce(saveErrorText(t, r));
    return r;
  };
  const set = <K extends keyof Settings>(key: K) => (value: Settings[K]) => void save({ [key]: value } as Partial<Settings>);
  const category = (c: SettingsCategory) => t(`settings_category_${c}`);
  const kinds = SETTINGS_CATEGORIES.filter((c) => entities.some((e) => e.kind === c));

  return (
    <div class="settings">
      <fieldset class="settings__section">
        <legend>{t('settings_general_legend')}</legend>
        <Check isSwitch name="enabled" label={t('settings_enabled')} hint={t('settings_enabled_hint')} checked={s.enabled} onChange={set('enabled')} />
      </fieldset>

      <fieldset class="settings__section">
        <legend>{t('settings_sites_legend')}</legend>
        <RadioGroup<SiteMode>
          legend={t('settings_where_legend')} name="siteMode" value={s.siteMode} onChange={set('siteMode')}
          options={[
            { value: 'all', label: t('settings_siteMode_all') },
            { value: 'news', label: t('settings_siteMode_news') },
            { value: 'listed', label: t('settings_siteMode_listed') },
          ]}
        />
        <SiteListEditor
          name="allowList" legend={t('settings_allowList_legend')} hint={t('settings_allowList_hint')} sites={s.allowList} announce={announce}
          onChange={(update) => save((cur) => ({ allowList: update(cur.allowList) }))}
        />
        <SiteListEditor
          name="blockList" legend={t('settings_blockList_legend')} hint={t('settings_blockList_hint')} sites={s.blockList} announce={announce}
          onChange={(update) => save((cur) => ({ blockList: update(cur.blockList) }))}
        />
      </fieldset>

      <fieldset class="settings__section">
        <legend>{t('settings_what_legend')}</legend>
        <fieldset class="settings__group settings__grid">
          <legend>{t('settings_categories_legend')}</legend>
          {SETTINGS_CATEGORIES.map((c) => (
            <Check
              key={c} name={`category-${c}`} label={category(c)} checked={s.categories[c]}
              onChange={(on) => void save((cur) => ({ categories: { ...cur.categories, [c]: on } }))}
            />
          ))}
        </fieldset>
        <RadioGroup<Density>
          legend={t('settings_density_legend')} name="density" value={s.density} onChange={set('density')}
          options={[
            { value: 'first-per-paragraph', label: t('settings_density_first') },
            { value: 'every', label: t('settings_density_every') },
          ]}
        />
        <Check
          name="figureComparison" label={t('settings_figureComparison')} hint={t('settings_figureComparison_hint')}
          checked={s.figureComparison} onChange={set('figureComparison')}
        />
      </fieldset>

      <fieldset class="settings__section">
        <legend>{t('settings_muted_legend')}</legend>
        <p class="hint">{t('settings_muted_hint')}</p>
        {kinds.map((kind) => (
          <fieldset class="settings__group settings__grid" key={kind}>
            <legend>{category(kind)}</legend>
            {entities.filter((e) => e.kind === kind).map((e) => (
              <Check
                key={e.id} name={`mute-${e.id}`} label={<span lang="en">{e.name}</span>} checked={s.mutedEntities.includes(e.id)}
                onChange={(on) => void save((cur) => ({
                  mutedEntities: on ? [...cur.mutedEntities.filter((id) => id !== e.id), e.id] : cur.mutedEntities.filter((id) => id !== e.id),
                }))}
              />
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset class="settings__section">
        <legend>{t('settings_look_legend')}</legend>
        <RadioGroup<HighlightStyle>
          legend={t('settings_style_legend')} name="highlightStyle" value={s.highlightStyle} onChange={set('highlightStyle')}
          options={[
            { value: 'underline', label: t('settings_style_underline') },
            { value: 'background', label: t('settings_style_background') },
            { value: 'none', label: t('settings_style_none') },
          ]}
        />
        <fieldset class="settings__group settings__colors">
          <legend>{t('settings_colors_legend')}</legend>
          {SETTINGS_CATEGORIES.map((c) => (
            <div class="field field--color" key={c}>
              <input
                id={`color-${c}`} type="color" value={s.colors[c]}
                onChange={(e) => {
                  const color = e.currentTarget.value.toLowerCase();
                  void save((cur) => ({ colors: { ...cur.colors, [c]: color } }));
                }}
              />
              <label for={`color-${c}`}>{category(c)}</label>
            </div>
          ))}
        </fieldset>
        <div class="preview" aria-label={t('settings_preview')} role="group">
          <span class="preview__label">{t('settings_preview')}</span>
          <p class="preview__sample" lang="en" dir="ltr">
            {SETTINGS_CATEGORIES.map((c, i) => (
              <Fragment key={c}>
                {i > 0 && ' · '}
                <span class={`preview__mark preview__mark--${s.highlightStyle}`} style={{ '--mark': s.colors[c] }} data-category={c}>{PREVIEW[c]}</span>
              </Fragment>
            ))}
          </p>
        </div>
        <HoverDelaySlider
          value={s.hoverDelayMs} settleMs={settleMs}
          onCommit={async (ms) => (await save({ hoverDelayMs: ms })).ok}
        />
        <Check name="badge" label={t('settings_badge')} checked={s.badge} onChange={set('badge')} />
      </fieldset>

      <SettingsData settings={s} onSave={save} onReset={onReset} announce={announce} />

      <div class={`settings__status${status?.kind === 'error' ? ' settings__status--error' : ''}`} role="status" aria-live="polite">
        {status && (
          <>
            <span>{status.text}</span>
            {status.detail && <span class="settings__detail">{t('settings_details', isolate(status.detail))}</span>}
          </>
        )}
      </div>
    </div>
  );
}
