import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { session } from './lib/api-client';
// The app registers its texts before the first render (app/providers); so do tests that render a feature alone.
import './app/messages';

// Role queries over a whole page are slow in jsdom.
configure({ asyncUtilTimeout: 4000 });

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
});
