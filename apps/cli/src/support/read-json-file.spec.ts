import { memoryIo } from '../../test/memory-io';
import { CliError } from './cli-error';
import { readJsonFile } from './read-json-file';

function failure(path: string): CliError {
  try {
    readJsonFile(memoryIo({ '/v/bad.json': '[1,' }), path);
  } catch (error) {
    return error as CliError;
  }
  throw new Error('expected a failure');
}

describe('readJsonFile', () => {
  it('parses a file', () => {
    expect(readJsonFile(memoryIo({ '/v/ok.json': '{"a":[1]}' }), '/v/ok.json')).toEqual({ a: [1] });
  });

  it('names the file and the reason when it cannot be read or parsed', () => {
    expect([failure('/nonexistent/x.json').code, failure('/nonexistent/x.json').messages.en]).toEqual([
      'FILE_UNREADABLE',
      'cannot read file "/nonexistent/x.json" (ENOENT).',
    ]);
    expect(failure('/v/bad.json').code).toBe('INVALID_JSON');
    expect(failure('/v/bad.json').messages.vi).toMatch(/^tệp "\/v\/bad.json" không phải JSON hợp lệ: /);
  });
});
