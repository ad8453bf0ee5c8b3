import { useEffect, type Ref } from 'react';
import { useI18n } from '../../../../lib/i18n';
import { pointsText } from '../../../../lib/points';
import { queueItemKey, type QueueItem } from '../../api/types';

const optionId = (key: string) => `queue-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The queue as a list box: ↑/↓ (or j/k anywhere) move through it, the selected leaf opens beside it.
 * The list keeps focus; the active row is announced through `aria-activedescendant`.
 */
export function QueueList({
  items,
  selected,
  onSelect,
  onStep,
  listRef,
  label,
}: {
  items: readonly QueueItem[];
  selected: string | null;
  onSelect(key: string): void;
  /** −1 / +1: the previous / next row (crossing to another page when at an end). */
  onStep(step: -1 | 1): void;
  listRef: Ref<HTMLUListElement>;
  label: string;
}) {
  const { t, lang } = useI18n();
  useEffect(() => {
    if (selected) document.getElementById(optionId(selected))?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <ul
      ref={listRef}
      className="queue-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={selected ? optionId(selected) : undefined}
      onKeyDown={(event) => {
        const moves: Record<string, -1 | 1> = { ArrowDown: 1, ArrowUp: -1 };
        if (event.key in moves) {
          event.preventDefault();
          onStep(moves[event.key]);
        } else if (event.key === 'Home' && items[0]) {
          event.preventDefault();
          onSelect(queueItemKey(items[0]));
        } else if (event.key === 'End' && items.length) {
          event.preventDefault();
          onSelect(queueItemKey(items[items.length - 1]));
        }
      }}
    >
      {items.map((item) => {
        const key = queueItemKey(item);
        return (
          <li
            key={key}
            id={optionId(key)}
            role="option"
            aria-selected={key === selected}
            className={key === selected ? 'queue-row queue-row-selected' : 'queue-row'}
            onClick={() => onSelect(key)}
          >
            <span className="queue-row-title">
              <code>{item.unitCode}</code> · <code>{item.leafCode}</code> {item.title}
            </span>
            <span className="queue-row-meta">
              {t('appraisal.selfShort', {
                points: pointsText(item.self?.points, lang),
                max: pointsText(item.maxPoints, lang),
              })}
              <span className={item.pending ? 'pill pill-warn' : 'pill pill-ok'}>
                {t(item.pending ? 'appraisal.pending' : 'appraisal.done')}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
