import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { placeProblem } from '../../lib/form';
import { useI18n } from '../../lib/i18n';
import { useConcurrentEdit } from '../../lib/use-concurrent-edit';
import { useSaveItem, type ItemWriter } from './api/save-item';
import type { AssessmentItem, ItemWrite, LeafRef } from './api/types';

type Placement<V extends FieldValues> = Parameters<typeof placeProblem<V>>[3];

interface ItemEditorOptions<V extends FieldValues> {
  item: AssessmentItem;
  at: LeafRef;
  /** Whose write it is: what else it makes stale (see `useSaveItem`). */
  writer: ItemWriter;
  resolver: Resolver<V>;
  /** The form values of an item as the server has it. */
  valuesOf(item: AssessmentItem): V;
  /** The write: what differs from `base`, with `base.version`. */
  changesOf(base: AssessmentItem, values: V): ItemWrite;
  /** Where the server's field problems go. */
  placement: Placement<V>;
  /** After the save (and the form's reset to the saved item). */
  onSaved?(item: AssessmentItem): void;
}

/**
 * A form over one leaf item (self-assessment, explanation, an appraiser's adjustment), saved against the
 * version it was read at. A 409 STALE_VERSION shows the current item until the user takes it or saves
 * over it; a newer item read meanwhile replaces the form only while the user has not touched it.
 */
export function useItemEditor<V extends FieldValues>({
  item,
  at,
  writer,
  resolver,
  valuesOf,
  changesOf,
  placement,
  onSaved,
}: ItemEditorOptions<V>) {
  const { lang } = useI18n();
  const form = useForm<V>({ resolver, defaultValues: valuesOf(item) as DefaultValues<V> });
  const { isDirty } = form.formState;
  const edit = useConcurrentEdit(item, {
    reset: (current) => {
      form.reset(valuesOf(current));
      save.reset();
    },
    save: (current) => saveAgainst(form.getValues(), current),
  });
  const base = edit.base ?? item;
  // What the save under way sent: what the user typed while it was in flight (a draft saved by itself
  // mid-edit) stays in the form, unsaved, instead of being replaced by the saved item.
  const sent = useRef<string | null>(null);
  const saveAgainst = (values: V, against: AssessmentItem) => {
    sent.current = JSON.stringify(form.getValues());
    save.mutate({ at, write: changesOf(against, values) });
  };

  const save = useSaveItem(writer, {
    onSuccess: (saved) => {
      edit.rebase(saved);
      const typed = form.getValues();
      const typedSince = sent.current !== null && JSON.stringify(typed) !== sent.current;
      form.reset(valuesOf(saved));
      if (typedSince) form.reset(typed, { keepDefaultValues: true });
      onSaved?.(saved);
    },
    onError: (error) => {
      if (!edit.catchStale(error)) placeProblem(error, form.setError, lang, placement);
    },
  });

  // Versions only grow: a newer one read from the server replaces an untouched form.
  useEffect(() => {
    if (item.version > base.version && !isDirty && !edit.conflict) {
      edit.rebase(item);
      form.reset(valuesOf(item));
    }
  }, [item, base.version, isDirty, edit, form, valuesOf]);

  return {
    form,
    save,
    /** The item the next save is checked against. */
    base,
    conflict: edit.conflict,
    takeTheirs: edit.takeTheirs,
    keepMine: edit.keepMine,
    /** Saves the values against `base`. */
    saveValues: (values: V) => saveAgainst(values, base),
  };
}
