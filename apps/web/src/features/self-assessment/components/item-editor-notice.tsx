import { ConflictNotice } from '../../../components/conflict-notice';
import { ErrorAlert } from '../../../components/error-alert';
import type { AssessmentItem } from '../api/types';

interface Difference {
  label: string;
  mine: string;
  theirs: string;
}

/** What a leaf editor (`useItemEditor`) has to say: someone saved first — compare and choose — or an error. */
export function ItemEditorNotice({
  editor,
  differences,
}: {
  editor: {
    conflict: AssessmentItem | null;
    save: { error: unknown; isPending: boolean };
    takeTheirs(): void;
    keepMine(): void;
  };
  /** The fields to compare, mine against the item the server has now. */
  differences(current: AssessmentItem): Difference[];
}) {
  const { conflict, save } = editor;
  return conflict ? (
    <ConflictNotice
      fields={differences(conflict)}
      pending={save.isPending}
      onTakeTheirs={editor.takeTheirs}
      onKeepMine={editor.keepMine}
    />
  ) : (
    <ErrorAlert error={save.error} />
  );
}
