import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Settings } from '@/core/settings/index.ts';
import type { Translate } from './i18n.tsx';

/** What a save reports (the settings store's SaveResult has this shape). */
export type SaveOutcome =
  | { ok: true; settings?: Settings }
  | { ok: false; code: string; field?: string; error: string };
/** Fields to replace, or a function of the current settings (so a change made elsewhere meanwhile is kept). */
export type SettingsUpdate = Partial<Settings> | ((current: Settings) => Partial<Settings>);
export type Save = (update: SettingsUpdate) => Promise<SaveOutcome>;

export interface Announcement {
  text: string;
  kind: 'ok' | 'error';
  /** the technical reason, in English, for an error */
  detail?: string;
}
/** undefined clears the status line (a newer message is shown elsewhere, beside its field) */
export type Announce = (a: Announcement | undefined) => void;

/**
 * Wraps text that comes from outside the translation (a site, a file name, a field name) in
 * Unicode isolates, so that a Latin name inside an Arabic sentence (or the reverse) keeps its
 * own direction and does not reorder the words around it.
 */
export const isolate = (s: string) => `\u2068${s}\u2069`;

/** The status line's sentence for a failed save. */
export function saveErrorText(t: Translate, r: Extract<SaveOutcome, { ok: false }>): Announcement {
  const text = {
    invalid: t('settings_error_invalid', isolate(r.field ?? '')),
    quota: t('settings_error_quota'),
    rate: t('settings_error_rate'),
    'read-failed': t('settings_error_read'),
  }[r.code] ?? t('settings_error_write');
  return { text, kind: 'error', detail: r.error };
}

export interface CheckProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** a switch (on/off) rather than a box to tick */
  isSwitch?: boolean;
  name?: string;
}

/** A labelled checkbox, with an optional hint tied to it by aria-describedby. */
export function Check({ label, hint, checked, onChange, isSwitch, name }: CheckProps) {
  const id = useId();
  return (
    <div class="field field--check">
      <input
        id={id} type="checkbox" role={isSwitch ? 'switch' : undefined} name={name} checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
    </div>
  );
}

export interface RadioGroupProps<T extends string> {
  legend: ComponentChildren;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: ComponentChildren }>;
  onChange: (value: T) => void;
  children?: ComponentChildren;
}

/** A fieldset of radio buttons; arrow keys move between them, as in any radio group. */
export function RadioGroup<T extends string>({ legend, name, value, options, onChange, children }: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="settings__group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="field field--check" key={o.value}>
          <input
            id={`${id}-${o.value}`} type="radio" name={name} value={o.value} checked={o.value === value}
            onChange={(e) => e.currentTarget.checked && onChange(o.value)}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {children}
    </fieldset>
  );
}
