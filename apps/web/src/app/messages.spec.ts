import { describe, expect, it } from 'vitest';
import { registeredMessages } from '../lib/messages';
import { messageCatalogues, messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the composed messages', () => {
  it('define each key in one catalogue only', () => {
    const keys = Object.values(messageCatalogues).flatMap((catalogue) => Object.keys(catalogue));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(messages)).toHaveLength(keys.length);
  });

  it('are the ones the i18n provider reads', () => {
    expect(registeredMessages()).toEqual(messages);
  });

  it('have both languages written out, with the same placeholders', () => {
    const faulty = Object.entries(messages)
      .filter(
        ([, text]) =>
          !text.vi.trim() || !text.en.trim() || placeholders(text.vi).join() !== placeholders(text.en).join(),
      )
      .map(([key]) => key);
    expect(faulty).toEqual([]);
  });
});
