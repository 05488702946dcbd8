import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { EXPORT_FILE_NAME, IMPORT_MAX_BYTES, exportSettings, parseSettingsImport, type ImportResult, type Settings } from '@/core/settings/index.ts';
import { useI18n, type Translate } from './i18n.tsx';
import { isolate, saveErrorText, type Announce, type Save, type SaveOutcome } from './settings-controls.tsx';

export interface SettingsDataProps {
  settings: Settings;
  onSave: Save;
  onReset: () => Promise<SaveOutcome>;
  announce: Announce;
}

function importErrorText(t: Translate, name: string, r: Extract<ImportResult, { ok: false }>) {
  const why = {
    'too-large': t('settings_import_tooLarge'),
    'not-json': t('settings_import_notJson'),
    'not-object': t('settings_import_notObject'),
    'newer-version': t('settings_import_newer'),
    'unknown-field': t('settings_import_unknownField', isolate(r.field ?? '')),
    'invalid-field': t('settings_import_invalidField', isolate(r.field ?? '')),
  }[r.code];
  return { text: `${t('settings_import_failed', isolate(name))} ${why}`, kind: 'error' as const, detail: r.error };
}

/** Export to a file, import from one, reset to defaults (after an in-page confirmation). */
export function SettingsData({ settings, onSave, onReset, announce }: SettingsDataProps) {
  const { t } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = EXPORT_FILE_NAME;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce({ text: t('settings_status_exported', isolate(EXPORT_FILE_NAME)), kind: 'ok' });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // so that choosing the same file again is a change
    const r: ImportResult = file.size > IMPORT_MAX_BYTES
      ? { ok: false, code: 'too-large', error: `The file is ${file.size.toLocaleString('en')} bytes; a settings file is far smaller.` }
      : parseSettingsImport(await file.text());
    if (!r.ok) return announce(importErrorText(t, file.name, r));
    const saved = await onSave(r.settings);
    if (!saved.ok) return announce(saveErrorText(t, saved));
    announce({
      text: r.defaulted.length
        ? t('settings_status_importedDefaulted', [isolate(file.name), isolate(r.defaulted.join(', '))])
        : t('settings_status_imported', isolate(file.name)),
      kind: 'ok',
    });
  };

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => resetButton.current?.focus());
  };
  const reset = async () => {
    const r = await onReset();
    setConfirming(false);
    announce(r.ok ? { text: t('settings_status_reset'), kind: 'ok' } : saveErrorText(t, r));
    requestAnimationFrame(() => resetButton.current?.focus());
  };

  return (
    <fieldset class="settings__section settings-data">
      <legend>{t('settings_data_legend')}</legend>
      <div class="settings-data__row">
        <button type="button" onClick={exportFile}>{t('settings_export')}</button>
      </div>
      <div class="settings-data__row">
        <label for={`${id}-import`} class="file-label">{t('settings_import')}</label>
        <input
          id={`${id}-import`} type="file" accept=".json,application/json" aria-describedby={`${id}-import-hint`}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <p id={`${id}-import-hint`} class="hint">{t('settings_import_hint')}</p>
      </div>
      <div class="settings-data__row">
        <button
          ref={resetButton} type="button" class="button--danger" aria-expanded={confirming}
          aria-controls={`${id}-confirm`} onClick={() => setConfirming(true)}
        >
          {t('settings_reset')}
        </button>
      </div>
      {confirming && (
        <div
          id={`${id}-confirm`} class="confirm" role="group" aria-labelledby={`${id}-question`}
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <p id={`${id}-question`}>{t('settings_reset_confirm')}</p>
          <div class="confirm__buttons">
            <button type="button" class="button--danger" data-confirm="reset" onClick={() => void reset()}>{t('settings_reset_yes')}</button>
            <button type="button" data-confirm="cancel" onClick={cancel} ref={cancelButton}>{t('settings_reset_cancel')}</button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
