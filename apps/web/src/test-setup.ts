import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { session } from './lib/api-client';
import { unsavedChanges } from './lib/unsaved-changes';
// The app registers its texts before the first render (app/providers); so do tests that render a feature alone.
import './app/messages';

// Role queries over a whole page are slow in jsdom, and a page's first visit in a file also imports its
// lazily loaded module (app/router.tsx), seconds when the API's tests share the 2 cores.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has <dialog> without its modal methods.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
};

afterEach(() => {
  cleanup();
  session.end('logout');
  localStorage.clear();
  unsavedChanges.clear();
});
