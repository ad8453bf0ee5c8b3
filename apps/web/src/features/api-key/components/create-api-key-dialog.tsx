import { zodResolver } from '@hookform/resolvers/zod';
import { API_KEY_SCOPE_LABELS, API_KEY_SCOPES } from '@par/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { SecretDialog } from '../../../components/secret-once';
import { isMessageKey, placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useCreateApiKey } from '../api/create-api-key';
import { isoDateOf } from '../expiry';

const schema = z.object({
  name: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'apiKeys.scopesRequired'),
  expiresAt: z.string().refine((text) => isoDateOf(text) !== undefined, 'apiKeys.expiresInvalid'),
});

type Values = z.infer<typeof schema>;

/** Creates a key for a provincial system, then shows it exactly once. */
export function CreateApiKeyDialog({ onClose }: { onClose(): void }) {
  const { t, lang, localize } = useI18n();
  const scopesId = useId();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', scopes: [], expiresAt: '' },
  });
  const create = useCreateApiKey({
    onError: (error) => placeProblem(error, form.setError, lang, { fields: ['name', 'scopes', 'expiresAt'] }),
  });

  if (create.data) {
    return (
      <SecretDialog
        title={t('apiKeys.createdTitle', { name: create.data.name })}
        label={t('apiKeys.key')}
        value={create.data.key}
        warning={t('apiKeys.keyOnce')}
        doneLabel={t('apiKeys.saved')}
        onClose={onClose}
      >
        <p className="muted">{t('apiKeys.usage')}</p>
      </SecretDialog>
    );
  }

  const { errors } = form.formState;
  const scopesError = errors.scopes?.message;
  return (
    <FormDialog
      title={t('apiKeys.createTitle')}
      onClose={onClose}
      onSubmit={(event) =>
        void form.handleSubmit(({ expiresAt, ...v }) => {
          const date = isoDateOf(expiresAt);
          create.mutate(date ? { ...v, expiresAt: date } : v);
        })(event)
      }
      pending={create.isPending}
      submitLabel={t('apiKeys.create')}
    >
      <ErrorAlert error={create.error} />
      <Field label={t('apiKeys.name')} error={errors.name?.message} hint={t('apiKeys.nameHint')} required>
        {(control) => <input {...control} {...form.register('name')} autoComplete="off" autoFocus />}
      </Field>
      <fieldset
        className={scopesError ? 'field field-invalid' : 'field'}
        aria-describedby={scopesError ? `${scopesId}-error` : undefined}
      >
        <legend>
          {t('apiKeys.scopes')}
          <span aria-hidden="true"> *</span>
        </legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="checkbox">
            <input type="checkbox" value={scope} {...form.register('scopes')} />
            <span>
              <code>{scope}</code> — {localize(API_KEY_SCOPE_LABELS[scope])}
            </span>
          </label>
        ))}
        {scopesError && (
          <p className="field-error" id={`${scopesId}-error`}>
            {isMessageKey(scopesError) ? t(scopesError) : scopesError}
          </p>
        )}
      </fieldset>
      <Field label={t('apiKeys.expiresAt')} error={errors.expiresAt?.message} hint={t('apiKeys.expiresHint')}>
        {(control) => (
          <input
            {...control}
            {...form.register('expiresAt')}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
          />
        )}
      </Field>
    </FormDialog>
  );
}
