import { useI18n } from '../../../../lib/i18n';
import type { MessageKey } from '../../../../lib/messages';

const SHORTCUTS: Array<{ keys: string[]; label: MessageKey }> = [
  { keys: ['j', '↓'], label: 'appraisal.keys.next' },
  { keys: ['k', '↑'], label: 'appraisal.keys.previous' },
  { keys: ['a'], label: 'appraisal.keys.accept' },
  { keys: ['e'], label: 'appraisal.keys.adjust' },
  { keys: ['Esc'], label: 'appraisal.keys.cancel' },
  { keys: ['?'], label: 'appraisal.keys.help' },
];

/** The keyboard shortcuts, always in sight; "?" (or the button) explains them. */
export function ShortcutsHelp({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useI18n();
  return (
    <div className="shortcuts" aria-label={t('appraisal.keys.title')} role="note">
      <ul className="shortcuts-list">
        {SHORTCUTS.map((shortcut) => (
          <li key={shortcut.label}>
            {shortcut.keys.map((key, i) => (
              <span key={key}>
                {i > 0 && ' / '}
                <kbd>{key}</kbd>
              </span>
            ))}{' '}
            {t(shortcut.label)}
          </li>
        ))}
      </ul>
      <button type="button" className="button-link" aria-expanded={open} onClick={onToggle}>
        {t('appraisal.keys.title')}
      </button>
      {open && <p className="small">{t('appraisal.keys.explain')}</p>}
    </div>
  );
}
