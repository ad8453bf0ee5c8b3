import { ChangePasswordForm } from '../../features/auth';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../lib/i18n';

export function AccountPasswordPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageHeader title={t('password.title')} description={t('password.description')} />
      <ChangePasswordForm />
    </section>
  );
}
