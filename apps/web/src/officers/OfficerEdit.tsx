import { Edit, SimpleForm } from 'react-admin';
import { OfficerAccountInputs } from './OfficerAccountInputs';
import { FormErrorSummary } from '../common/FormErrorSummary';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Only what PATCH /api/officers/:id accepts travels (a cleared contact as null); the data provider adds the version read before. */
const editable = ({ fullName, unitId, roles, email, phone }: Record<string, unknown>) => ({
  fullName,
  unitId,
  roles,
  email: blankToNull(email),
  phone: blankToNull(phone),
});

/**
 * The account's name, unit, roles and contact (an admin corrects a wrong e-mail or phone; the API validates and
 * audits it). The rest of the personal record is the officer's own (profile page).
 * Pessimistic, so a stale version (409) or a refused role change shows the API's message instead of an undo.
 */
export const OfficerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={editable}>
    {/* noValidate: the domain rules speak (in Vietnamese), not the browser's own type="email" check. */}
    <SimpleForm warnWhenUnsavedChanges noValidate disableInvalidFormNotification>
      <FormErrorSummary />
      <OfficerAccountInputs />
    </SimpleForm>
  </Edit>
);

export default OfficerEdit;
