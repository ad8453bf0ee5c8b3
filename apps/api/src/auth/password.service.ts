import { Injectable } from '@nestjs/common';
import * as argon2 from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { passwordRuleBreaks } from './password-policy';

// `Algorithm.Argon2id`: a `const enum` in the package's types, which `isolatedModules` cannot inline.
const ARGON2ID: argon2.Algorithm.Argon2id = 2;

/**
 * OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane, argon2 v1.3, 16-byte salt, 32-byte digest. The
 * same parameters as the `argon2` package used before issue 14, so the hashes it stored verify unchanged
 * (test/fixtures/legacy-argon2-hashes.json). `@node-rs/argon2` ships a prebuilt binary per platform: no
 * compiler or Node headers are needed to install it.
 */
export const PASSWORD_HASH_OPTIONS: argon2.Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export { MIN_PASSWORD_LENGTH } from './password-policy';

/** argon2id hashing, the password policy and generated passwords. */
@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, PASSWORD_HASH_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
  async verifyNobody(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.dummyHash, password);
    return false;
  }

  /** Throws WEAK_PASSWORD listing every rule the password breaks. */
  assertStrong(password: string, username: string): void {
    const broken = passwordRuleBreaks(password, username);
    if (broken.length) {
      const problems = broken.map((rule) => fieldProblem('WEAK_PASSWORD', rule, 'password'));
      throw new DomainError('WEAK_PASSWORD', {
        detail: {
          vi: problems.map((problem) => problem.message).join('; '),
          en: problems.map((problem) => problem.messageEn).join('; '),
        },
        errors: problems,
      });
    }
  }

  /** A readable random password (no look-alike characters), e.g. for a first admin or a reset. */
  generate(length = 16): string {
    const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const bytes = randomBytes(length);
    return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  }
}
