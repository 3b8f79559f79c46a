import { useState } from 'react';
import type { CreateOfficerRequest, IssuedActivation, Role } from '@motcua/contracts';
import { normalizeFullName } from '@motcua/domain';
import { Create, HttpError, SimpleForm, TextInput, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { ActivationCodeDialog } from './ActivationCodeDialog';
import { createOfficer } from './officerApi';
import { OfficerAccountInputs } from './OfficerAccountInputs';
import { validateOfficerUsername } from './officerRules';
import { FormErrorSummary } from '../common/FormErrorSummary';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function toNewOfficer(values: Record<string, unknown>): CreateOfficerRequest {
  return {
    username: String(values.username ?? '').trim(),
    fullName: normalizeFullName(String(values.fullName ?? '')),
    unitId: Number(values.unitId),
    roles: (values.roles as Role[] | undefined) ?? [],
    email: blankToUndefined(values.email),
    phone: blankToUndefined(values.phone),
  };
}

/** The username rule answers as the admin types, not only on Save (the rest of the form keeps react-admin's submit-time checks). */
const UsernameInput = () => {
  const translate = useTranslate();
  const { trigger } = useFormContext();
  return (
    <TextInput
      source="username"
      validate={validateOfficerUsername}
      helperText={translate('admin.officers.username_help')}
      autoComplete="off"
      onChange={() => void trigger('username')}
    />
  );
};

/**
 * POST /api/officers answers {officer, activationCode} rather than react-admin's {data}, so the form saves through
 * officerApi, shows the code once, and only then opens the new account.
 */
export const OfficerCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const [issued, setIssued] = useState<IssuedActivation | null>(null);

  const save = async (values: Record<string, unknown>) => {
    try {
      const result = await createOfficer(toNewOfficer(values));
      notify('admin.officers.created', { type: 'success', messageArgs: { username: result.officer.username } });
      setIssued(result);
      return undefined;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      notify(error.message, { type: 'error' });
      // Field messages go under their inputs (react-admin's server-side validation).
      return (error.body?.errors as Record<string, string> | undefined) ?? undefined;
    }
  };

  return (
    <Create>
      <SimpleForm
        onSubmit={save}
        defaultValues={{ roles: ['officer'] }}
        warnWhenUnsavedChanges={!issued}
        noValidate
        disableInvalidFormNotification
      >
        <FormErrorSummary />
        <UsernameInput />
        <OfficerAccountInputs />
      </SimpleForm>
      <ActivationCodeDialog
        code={issued?.activationCode ?? null}
        fullName={issued?.officer.fullName ?? ''}
        username={issued?.officer.username ?? ''}
        onClose={() => {
          const id = issued?.officer.id;
          setIssued(null);
          if (id !== undefined) redirect('show', 'officers', id);
        }}
      />
    </Create>
  );
};

export default OfficerCreate;
