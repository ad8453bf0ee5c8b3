import { zodResolver } from '@hookform/resolvers/zod';
import { ROLE_LABELS, ROLES, UNIT_ROLES, type Role } from '@par/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormDialog } from '../../../components/form-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { SecretDialog } from '../../../components/secret-once';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useConcurrentEdit } from '../../../lib/use-concurrent-edit';
import { unitsQueryOptions } from '../api/get-units';
import { useSaveUser, type UserWrite } from '../api/save-user';
import type { User, UserChanges } from '../api/types';
import { generatePassword } from '../password';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;
const AREA = /^(\*|[A-Za-z0-9._-]{1,20})$/;
const MIN_PASSWORD_LENGTH = 10;

const parseAreas = (text: string) => [...new Set(text.split(/[\s,;]+/).filter(Boolean))];

const isUnitRole = (role: Role) => UNIT_ROLES.includes(role);

const schema = z
  .object({
    username: z.string().trim().regex(USERNAME, 'users.usernameInvalid'),
    fullName: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
    role: z.enum(ROLES),
    unitCode: z.string(),
    areaCodes: z.string(),
    email: z.union([z.literal(''), z.string().trim().email('users.emailInvalid').max(254, 'form.tooLong')]),
    password: z.string(),
  })
  .superRefine((v, ctx) => {
    if (isUnitRole(v.role) && !v.unitCode) {
      ctx.addIssue({ code: 'custom', path: ['unitCode'], message: 'users.unitRequired' });
    }
    if (v.role === 'appraiser') {
      const areas = parseAreas(v.areaCodes);
      if (areas.some((area) => !AREA.test(area))) {
        ctx.addIssue({ code: 'custom', path: ['areaCodes'], message: 'users.areasInvalid' });
      } else if (areas.length === 0 && !v.unitCode) {
        ctx.addIssue({ code: 'custom', path: ['areaCodes'], message: 'users.scopeRequired' });
      }
    }
  });

type Values = z.infer<typeof schema>;

const valuesOf = (user?: User): Values => ({
  username: user?.username ?? '',
  fullName: user?.fullName ?? '',
  role: user?.role ?? 'unit_editor',
  unitCode: user?.unitCode ?? '',
  areaCodes: user?.areaCodes.join(', ') ?? '',
  email: user?.email ?? '',
  password: '',
});

/** What the role keeps: a unit for unit roles, areas and a lead agency for appraisers, nothing otherwise. */
function scopeOf(values: Values): { unitCode: string | null; areaCodes: string[] } {
  if (isUnitRole(values.role)) return { unitCode: values.unitCode, areaCodes: [] };
  if (values.role === 'appraiser')
    return { unitCode: values.unitCode || null, areaCodes: parseAreas(values.areaCodes) };
  return { unitCode: null, areaCodes: [] };
}

function changesOf(base: User, values: Values): UserChanges {
  const scope = scopeOf(values);
  const changes: UserChanges = { version: base.version };
  if (values.fullName !== base.fullName) changes.fullName = values.fullName;
  if (values.role !== base.role) changes.role = values.role;
  if (scope.unitCode !== base.unitCode) changes.unitCode = scope.unitCode;
  if (scope.areaCodes.join(',') !== base.areaCodes.join(',')) changes.areaCodes = scope.areaCodes;
  if (values.email.trim() !== (base.email ?? '')) changes.email = values.email.trim() || null;
  return changes;
}

/** A new account (with its initial password), or what changed in `base`. */
function writeOf(values: Values, base?: User): UserWrite {
  if (base) return { id: base.id, changes: changesOf(base, values) };
  const scope = scopeOf(values);
  return {
    create: {
      username: values.username,
      fullName: values.fullName,
      role: values.role,
      password: values.password,
      ...(scope.unitCode ? { unitCode: scope.unitCode } : {}),
      ...(scope.areaCodes.length ? { areaCodes: scope.areaCodes } : {}),
      ...(values.email.trim() ? { email: values.email.trim() } : {}),
    },
  };
}

/**
 * Creates an account (then shows its password once) or edits one against the version it was read at.
 * The fields follow the role: a unit for unit roles, areas and an optional lead agency for appraisers.
 */
export function UserFormDialog({ user, onClose }: { user?: User; onClose(): void }) {
  const { t, lang, localize } = useI18n();
  const { data: units = [] } = useQuery(unitsQueryOptions({ active: 'true' }));
  const unitsId = useId();
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(
      user
        ? schema
        : schema.refine((v) => v.password.length >= MIN_PASSWORD_LENGTH, {
            path: ['password'],
            message: 'password.tooShort',
          }),
    ),
    defaultValues: valuesOf(user),
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const edit = useConcurrentEdit(user, {
    reset: (current) => {
      form.reset(valuesOf(current));
      save.reset();
    },
    save: (current) => save.mutate(writeOf(form.getValues(), current)),
  });
  const { conflict } = edit;

  const save = useSaveUser({
    onSuccess: (saved, write) => {
      if ('create' in write) setCreated({ user: saved, password: write.create.password });
      else onClose();
    },
    onError: (error) => {
      if (edit.catchStale(error)) return;
      placeProblem(error, form.setError, lang, {
        fields: ['username', 'fullName', 'role', 'unitCode', 'areaCodes', 'email', 'password'],
        codes: {
          USERNAME_TAKEN: 'username',
          USER_UNIT_REQUIRED: 'unitCode',
          APPRAISER_SCOPE_REQUIRED: 'areaCodes',
          WEAK_PASSWORD: 'password',
        },
      });
    },
  });

  if (created) {
    return (
      <SecretDialog
        title={t('users.createdTitle', { username: created.user.username })}
        label={t('users.initialPassword')}
        value={created.password}
        warning={t('users.passwordOnce')}
        onClose={onClose}
      />
    );
  }

  const { errors } = form.formState;
  const mine = form.getValues();
  const roleName = (value: Role) => localize(ROLE_LABELS[value]);
  return (
    <FormDialog
      title={user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}
      onClose={onClose}
      onSubmit={(event) => void form.handleSubmit((values) => save.mutate(writeOf(values, edit.base)))(event)}
      pending={save.isPending}
      disabled={Boolean(conflict)}
    >
      {conflict ? (
        <ConflictNotice
          fields={[
            { label: t('users.fullName'), mine: mine.fullName, theirs: conflict.fullName },
            { label: t('users.role'), mine: roleName(mine.role), theirs: roleName(conflict.role) },
            { label: t('users.unit'), mine: scopeOf(mine).unitCode ?? '', theirs: conflict.unitCode ?? '' },
            {
              label: t('users.areas'),
              mine: scopeOf(mine).areaCodes.join(', '),
              theirs: conflict.areaCodes.join(', '),
            },
          ]}
          pending={save.isPending}
          onTakeTheirs={edit.takeTheirs}
          onKeepMine={edit.keepMine}
        />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <Field
        label={t('users.username')}
        error={errors.username?.message}
        hint={user ? undefined : t('users.usernameHint')}
        required
      >
        {(control) => (
          <input
            {...control}
            {...form.register('username')}
            readOnly={Boolean(user)}
            autoComplete="off"
            autoFocus={!user}
          />
        )}
      </Field>
      <Field label={t('users.fullName')} error={errors.fullName?.message} required>
        {(control) => <input {...control} {...form.register('fullName')} autoFocus={Boolean(user)} />}
      </Field>
      <Field label={t('users.email')} error={errors.email?.message} hint={t('users.emailHint')}>
        {(control) => <input {...control} type="email" {...form.register('email')} autoComplete="off" />}
      </Field>
      <Field label={t('users.role')} error={errors.role?.message} required>
        {(control) => (
          <select {...control} {...form.register('role')}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {roleName(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(isUnitRole(role) || role === 'appraiser') && (
        <Field
          label={t(role === 'appraiser' ? 'users.leadAgency' : 'users.unit')}
          error={errors.unitCode?.message}
          hint={t(role === 'appraiser' ? 'users.leadAgencyHint' : 'users.unitHint')}
          required={isUnitRole(role)}
        >
          {(control) => (
            <input {...control} {...form.register('unitCode')} list={unitsId} autoComplete="off" />
          )}
        </Field>
      )}
      {role === 'appraiser' && (
        <Field label={t('users.areas')} error={errors.areaCodes?.message} hint={t('users.areasHint')}>
          {(control) => <input {...control} {...form.register('areaCodes')} autoComplete="off" />}
        </Field>
      )}
      <datalist id={unitsId}>
        {units.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.name}
          </option>
        ))}
      </datalist>
      {!user && (
        <Field
          label={t('users.password')}
          error={errors.password?.message}
          hint={t('password.policy', { min: MIN_PASSWORD_LENGTH })}
          required
        >
          {(control) => (
            <div className="input-with-button">
              <input
                {...control}
                {...form.register('password')}
                type="text"
                autoComplete="new-password"
                spellCheck={false}
              />
              <button
                type="button"
                className="button-secondary"
                onClick={() => form.setValue('password', generatePassword(), { shouldValidate: true })}
              >
                {t('users.generatePassword')}
              </button>
            </div>
          )}
        </Field>
      )}
    </FormDialog>
  );
}
