import { useI18n } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';

/** A module whose screens arrive with its issue: titled, with a plain note. */
export function ModulePage({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t(title)}</h1>
      <p className="muted">{t('page.comingSoon')}</p>
    </section>
  );
}
