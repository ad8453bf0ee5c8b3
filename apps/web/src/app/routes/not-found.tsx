import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('page.notFound')}</h1>
      <Link to="/">{t('page.backHome')}</Link>
    </section>
  );
}
