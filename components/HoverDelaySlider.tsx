import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '@/core/settings/index.ts';
import { useI18n } from './i18n.tsx';

export interface HoverDelaySliderProps {
  value: number;
  /** saves a settled value; resolves to whether it was saved */
  onCommit: (ms: number) => Promise<boolean>;
  /** how long after the last move the value counts as settled */
  settleMs?: number;
}

/**
 * The hover delay slider. It follows the pointer or the arrow keys at once, but saves only once
 * the value has settled (`settleMs` after the last move), so a drag is one write, not fifty.
 */
export function HoverDelaySlider({ value, onCommit, settleMs = 400 }: HoverDelaySliderProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [shown, setShown] = useState(value);
  const pending = useRef<number | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ value, onCommit });
  latest.current = { value, onCommit };

  // A change from elsewhere (another page, sync) shows, unless the reader is moving the slider.
  useEffect(() => {
    if (pending.current === undefined) setShown(value);
  }, [value]);

  const commit = () => {
    clearTimeout(timer.current);
    const ms = pending.current;
    pending.current = undefined;
    if (ms === undefined || ms === latest.current.value) return;
    void latest.current.onCommit(ms).then((ok) => {
      if (!ok && pending.current === undefined) setShown(latest.current.value);
    });
  };
  // Leaving the page with a move not yet saved: save it now.
  useEffect(() => commit, []);

  const format = (ms: number) => t('settings_hoverDelay_value', ms.toLocaleString(lang));
  return (
    <div class="field field--range">
      <label for={id}>{t('settings_hoverDelay')}</label>
      <div class="range">
        <input
          id={id} type="range" min={HOVER_DELAY_MIN_MS} max={HOVER_DELAY_MAX_MS} step={50} value={shown}
          aria-valuetext={format(shown)}
          onInput={(e) => {
            const ms = Number(e.currentTarget.value);
            setShown(ms);
            pending.current = ms;
            clearTimeout(timer.current);
            timer.current = setTimeout(commit, settleMs);
          }}
        />
        <output for={id} class="range__value">{format(shown)}</output>
      </div>
    </div>
  );
}
