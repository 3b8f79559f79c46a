import { useCallback, useMemo, useReducer, useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { apiFailureOf, confirmProfile, getProfile, updateProfile, type Profile, type ProfilePatch } from './profileApi';
import {
  changedFields,
  fieldsChangedOnServer,
  formValuesOf,
  rebaseValues,
  validateProfileForm,
  valuesAfterSave,
  type FieldMessages,
  type FormField,
  type ProfileFormValues,
} from './profileForm';

interface EditorState {
  /** The record as last read from the server: the version sent with a PATCH and what "changed" means. */
  base: Profile;
  values: ProfileFormValues;
  touched: ReadonlySet<FormField>;
  submitted: boolean;
  /** Submit attempts so far: the error summary takes the focus once per failed attempt. */
  attempts: number;
  serverErrors: FieldMessages;
  /** The current record from a 409 VERSION_CONFLICT, until the officer reloads or closes the dialog. */
  conflict: Profile | null;
}

type Action =
  | { type: 'edit'; changes: Partial<ProfileFormValues>; field: FormField }
  | { type: 'blur'; field: FormField }
  | { type: 'submit' }
  | { type: 'saved'; sent: ProfilePatch; saved: Profile }
  | { type: 'rejected'; errors: FieldMessages }
  | { type: 'conflict'; current: Profile }
  | { type: 'closeConflict' }
  /** The server's record moved on (conflict reloaded, avatar changed, confirmation): keep the officer's edits. */
  | { type: 'rebase'; current: Profile };

const withoutKeys = (messages: FieldMessages, fields: readonly FormField[]) =>
  Object.fromEntries(
    Object.entries(messages).filter(([field]) => !fields.includes(field as FormField)),
  ) as FieldMessages;

function reducer(state: EditorState, action: Action): EditorState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        values: { ...state.values, ...action.changes },
        touched: new Set(state.touched).add(action.field),
        serverErrors: withoutKeys(state.serverErrors, [action.field]),
      };
    case 'blur':
      return state.touched.has(action.field) ? state : { ...state, touched: new Set(state.touched).add(action.field) };
    case 'submit':
      return { ...state, submitted: true, attempts: state.attempts + 1 };
    case 'saved':
      return {
        ...state,
        base: action.saved,
        values: valuesAfterSave(state.values, action.sent, state.base, action.saved),
        touched: new Set(),
        submitted: false,
        serverErrors: {},
      };
    case 'rejected':
      return { ...state, serverErrors: action.errors };
    case 'conflict':
      return { ...state, conflict: action.current };
    case 'closeConflict':
      return { ...state, conflict: null };
    case 'rebase':
      return {
        ...state,
        base: action.current,
        values: rebaseValues(state.values, state.base, action.current),
        serverErrors: withoutKeys(state.serverErrors, fieldsChangedOnServer(state.base, action.current)),
        conflict: null,
      };
  }
}

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** The profile form's state and the calls behind its buttons. */
export function useProfileEditor(initial: Profile) {
  const [state, dispatch] = useReducer(reducer, initial, (profile): EditorState => ({
    base: profile,
    values: formValuesOf(profile),
    touched: new Set(),
    submitted: false,
    attempts: 0,
    serverErrors: {},
    conflict: null,
  }));
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();

  const { base, values, touched, submitted, serverErrors } = state;
  const clientErrors = useMemo(
    () =>
      validateProfileForm(values, locale === 'en' ? 'en' : 'vi', {
        birthDateFormat: translate('profile.validation.birth_date_format'),
      }),
    [values, locale, translate],
  );
  const patch = useMemo(() => changedFields(values, base), [values, base]);
  const dirty = Object.keys(patch).length > 0;

  /** The server's word wins; a rule broken in the browser shows once the field was touched, holds text, or on submit. */
  const errorOf = (field: FormField): string | undefined =>
    serverErrors[field] ??
    (submitted || touched.has(field) || !isBlank(values[field]) ? clientErrors[field] : undefined);

  const notifyFailure = useCallback(
    (message: string) => notify(message, { type: 'error', messageArgs: { _: message } }),
    [notify],
  );

  const submit = async () => {
    dispatch({ type: 'submit' });
    // The form's error summary says what is wrong and takes the focus.
    if (Object.keys(clientErrors).length > 0) return;
    if (!dirty) {
      notify('profile.messages.nothing_changed', { type: 'info' });
      return;
    }
    setSaving(true);
    try {
      const saved = await updateProfile(base.version, patch);
      dispatch({ type: 'saved', sent: patch, saved });
      notify('profile.messages.saved', { type: 'success' });
    } catch (error) {
      const failure = apiFailureOf(error);
      if (failure.status === 409 && failure.code === 'VERSION_CONFLICT' && failure.current) {
        dispatch({ type: 'conflict', current: failure.current });
      } else if (Object.keys(failure.fieldErrors).length > 0 || failure.code === 'CCCD_TAKEN') {
        dispatch({
          type: 'rejected',
          errors: { ...(failure.code === 'CCCD_TAKEN' ? { citizenId: failure.message } : {}), ...failure.fieldErrors },
        });
        notifyFailure(failure.message);
      } else {
        notifyFailure(failure.message);
      }
    } finally {
      setSaving(false);
    }
  };

  const confirm = async () => {
    setConfirming(true);
    try {
      dispatch({ type: 'rebase', current: await confirmProfile() });
      notify('profile.messages.confirmed', { type: 'success' });
    } catch (error) {
      notifyFailure(apiFailureOf(error).message);
    } finally {
      setConfirming(false);
    }
  };

  /** The avatar endpoints bump the record's version without returning it, so read the record again. */
  const refresh = async () => {
    try {
      dispatch({ type: 'rebase', current: await getProfile() });
    } catch (error) {
      notifyFailure(apiFailureOf(error).message);
    }
  };

  return {
    base,
    values,
    dirty,
    saving,
    attempts: state.attempts,
    confirming,
    conflict: state.conflict,
    errorOf,
    edit: (field: FormField, changes: Partial<ProfileFormValues>) => dispatch({ type: 'edit', field, changes }),
    blur: (field: FormField) => dispatch({ type: 'blur', field }),
    submit,
    confirm,
    refresh,
    reloadFromConflict: () => {
      if (state.conflict) dispatch({ type: 'rebase', current: state.conflict });
    },
    closeConflict: () => dispatch({ type: 'closeConflict' }),
  };
}

export type ProfileEditor = ReturnType<typeof useProfileEditor>;
