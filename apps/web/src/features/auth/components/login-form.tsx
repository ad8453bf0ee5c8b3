import { useRef, useState, type FormEvent } from 'react';
import type { UseFormSetError } from 'react-hook-form';
import { Field } from '../../../components/field';
import { ApiError, problemMessage } from '../../../lib/api-error';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useCountdown } from '../../../lib/use-countdown';
import { useSignIn } from '../api/sign-in';
import type { Credentials } from '../api/types';
import { useSessionState } from '../use-session';

type FieldName = keyof Credentials;
type Errors = Partial<Record<FieldName, string>>;

/**
 * The form's own rules (message keys). Plain state, not react-hook-form and zod: the login page is the first
 * load, and those two alone weigh ~30 KB gzip (`npm run bench` measures the login page's JavaScript).
 */
function validate(values: Credentials): Errors {
  const errors: Errors = {};
  if (values.username.trim() === '') errors.username = 'login.usernameRequired';
  if (values.password === '') errors.password = 'login.passwordRequired';
  return errors;
}

/** Seconds to wait after a 429: the problem's `retryAfter`, else a minute (the throttle's window). */
function retryAfterOf(error: ApiError): number {
  const seconds = Number(error.problem.retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}

/** The sign-in form: a clear sentence for each way a login can be refused. Success starts the session. */
export function LoginForm() {
  const { t, lang, formatDateTime } = useI18n();
  const state = useSessionState();
  const [secondsLeft, wait] = useCountdown();
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  const setError: UseFormSetError<Credentials> = (name, error, options) => {
    setErrors((current) => ({ ...current, [name]: error.message }));
    if (options?.shouldFocus) inputs.current[name as FieldName]?.focus();
  };
  const login = useSignIn({
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'RATE_LIMITED') wait(retryAfterOf(error));
      placeProblem(error, setError, lang, { fields: ['username', 'password'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    const first = (['username', 'password'] as const).find((name) => found[name]);
    if (first) inputs.current[first]?.focus();
    else login.mutate({ ...values, username: values.username.trim() });
  };
  const bind = (name: FieldName) => ({
    name,
    value: values[name],
    ref: (element: HTMLInputElement | null) => {
      inputs.current[name] = element;
    },
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((current) => ({ ...current, [name]: value }));
      if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  const refusal = (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('error.unexpected');
    switch (error.code) {
      case 'INVALID_CREDENTIALS':
        return t('login.invalid');
      case 'ACCOUNT_LOCKED': {
        const until = error.problem.lockedUntil;
        return typeof until === 'string'
          ? t('login.lockedUntil', { time: formatDateTime(until) })
          : t('login.locked');
      }
      case 'ACCOUNT_DISABLED':
        return t('login.disabled');
      case 'RATE_LIMITED':
        return t('login.throttled', { seconds: retryAfterOf(error) });
      default:
        return problemMessage(error.problem, lang);
    }
  };

  return (
    <form className="login-form" noValidate onSubmit={submit}>
      {state.status === 'ended' &&
        (state.reason === 'expired' || state.reason === 'revoked') &&
        !login.error && (
          <p className="alert alert-info" role="status">
            {t(state.reason === 'revoked' ? 'session.revoked' : 'session.expired')}
          </p>
        )}
      {login.error && (
        <div className="alert alert-error" role="alert">
          {refusal(login.error)}
        </div>
      )}
      <Field label={t('login.username')} error={errors.username}>
        {(control) => <input {...control} {...bind('username')} autoComplete="username" autoFocus />}
      </Field>
      <Field label={t('login.password')} error={errors.password}>
        {(control) => (
          <input {...control} {...bind('password')} type="password" autoComplete="current-password" />
        )}
      </Field>
      <button
        type="submit"
        className="button-primary button-block"
        disabled={login.isPending || secondsLeft > 0}
      >
        {login.isPending
          ? t('login.signingIn')
          : secondsLeft > 0
            ? t('login.waitSeconds', { seconds: secondsLeft })
            : t('login.submit')}
      </button>
    </form>
  );
}
