import { isMessageKey } from '../../../../lib/form';
import { useI18n } from '../../../../lib/i18n';

/** A field error as the reader sees it: a message key translated, the server's own text as it came. */
export function useStepMessage() {
  const { t } = useI18n();
  return (text?: string) => (text ? (isMessageKey(text) ? t(text) : text) : undefined);
}
