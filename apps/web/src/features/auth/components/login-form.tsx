import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { ApiError, problemMessage } from '../../../lib/api-error';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useCountdown } from '../../../lib/use-countdown';
import { useSignIn } from '../api/sign-in';
import type { Credentials } from '../api/types';
import { useSessionState } from '../use-session';

const schema = z.object({
  username: z.string().trim().min(1, 'login.usernameRequired'),
  password: z.string().min(1, 'login.passwordRequired'),
});

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
  const form = useForm<Credentials>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', password: '' },
  });
  const login = useSignIn({
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'RATE_LIMITED') wait(retryAfterOf(error));
      placeProblem(error, form.setError, lang, { fields: ['username', 'password'] });
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

  const { errors } = form.formState;
  return (
    <form
      className="login-form"
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => login.mutate(values))(event)}
    >
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
      <Field label={t('login.username')} error={errors.username?.message}>
        {(control) => <input {...control} {...form.register('username')} autoComplete="username" autoFocus />}
      </Field>
      <Field label={t('login.password')} error={errors.password?.message}>
        {(control) => (
          <input
            {...control}
            {...form.register('password')}
            type="password"
            autoComplete="current-password"
          />
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
