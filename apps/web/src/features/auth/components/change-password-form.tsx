import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useChangePassword } from '../api/change-password';

/** The API's policy (10 characters, not the username, 4 distinct characters) is checked there too. */
const MIN_PASSWORD_LENGTH = 10;

const schema = z
  .object({
    currentPassword: z.string().min(1, 'password.currentRequired'),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, 'password.tooShort'),
    confirm: z.string(),
  })
  .refine((v) => v.confirm === v.newPassword, { path: ['confirm'], message: 'password.mismatch' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'password.same' });

type Values = z.infer<typeof schema>;

/** Changes the signed-in user's password (forced after a reset, or by choice). */
export function ChangePasswordForm() {
  const { t, lang } = useI18n();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const change = useChangePassword({
    onSuccess: () => form.reset(),
    onError: (error) =>
      placeProblem(error, form.setError, lang, {
        fields: ['currentPassword', 'newPassword'],
        rename: { password: 'newPassword' },
        codes: { WRONG_PASSWORD: 'currentPassword', WEAK_PASSWORD: 'newPassword' },
      }),
  });
  const { errors } = form.formState;
  return (
    <form
      className="form narrow"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(({ currentPassword, newPassword }) =>
          change.mutate({ currentPassword, newPassword }),
        )(event)
      }
    >
      <ErrorAlert error={change.error} />
      {change.isSuccess && (
        <p className="alert alert-success" role="status">
          {t('password.changed')}
        </p>
      )}
      <Field label={t('password.current')} error={errors.currentPassword?.message} required>
        {(control) => (
          <input
            {...control}
            {...form.register('currentPassword')}
            type="password"
            autoComplete="current-password"
            autoFocus
          />
        )}
      </Field>
      <Field
        label={t('password.new')}
        error={errors.newPassword?.message}
        hint={t('password.policy', { min: MIN_PASSWORD_LENGTH })}
        required
      >
        {(control) => (
          <input {...control} {...form.register('newPassword')} type="password" autoComplete="new-password" />
        )}
      </Field>
      <Field label={t('password.confirm')} error={errors.confirm?.message} required>
        {(control) => (
          <input {...control} {...form.register('confirm')} type="password" autoComplete="new-password" />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {change.isPending ? t('action.saving') : t('password.submit')}
        </button>
      </div>
    </form>
  );
}
