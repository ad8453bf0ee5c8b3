import { useId } from 'react';
import { formText } from '../lib/form';
import { useI18n } from '../lib/i18n';

/** A search field that applies on Enter or its button (not on every keystroke). */
export function SearchBox({
  label,
  value,
  onSearch,
}: {
  label: string;
  value: string;
  onSearch(value: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(formText(new FormData(event.currentTarget), 'q'));
      }}
    >
      <label htmlFor={id}>{label}</label>
      <div className="search-row">
        <input id={id} name="q" type="search" defaultValue={value} key={value} />
        <button type="submit" className="button-secondary">
          {t('action.search')}
        </button>
      </div>
    </form>
  );
}
