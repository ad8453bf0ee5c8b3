import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n';

const CODE_ALPHABET = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/;

/** A code as printed or typed ("k7m2-qx9p wd4t") as the API reads it: capitals, no spaces or dashes. */
export const normalizeCode = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();

/**
 * The code box of `/s` (the printed card says "vào <site>/s rồi nhập mã phiếu"), also offered under an
 * unknown code: a code that cannot be one is caught here, before it counts against the guessing limit.
 */
export function CodeEntry({ initial = '', autoFocus }: { initial?: string; autoFocus?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normalizeCode(text);
    if (!CODE_ALPHABET.test(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void navigate(`/s/${code}`);
  };
  return (
    <form className="code-entry" noValidate onSubmit={submit}>
      <label htmlFor={id}>{t('survey.public.codeLabel')}</label>
      <input
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        placeholder="K7M2-QX9P-WD4T"
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        autoFocus={autoFocus}
      />
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'}>
        {t(invalid ? 'survey.public.codeInvalid' : 'survey.public.codeHint')}
      </p>
      <button type="submit" className="button-primary button-block">
        {t('survey.public.open')}
      </button>
    </form>
  );
}
