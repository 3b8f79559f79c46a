import { validateFullName } from '@motcua/domain';
import { Edit, required, SimpleForm, TextInput } from 'react-admin';
import { domainValidator } from '../common/domainValidators';
import { UnitTreeInput } from '../units/UnitTreeInput';
import { RolesInput } from './RolesInput';
import { FormErrorSummary } from '../common/FormErrorSummary';

export const validateOfficerName = [required(), domainValidator(validateFullName)];

/** Only what PATCH /api/officers/:id accepts travels; the data provider adds the version read before. */
const editable = ({ fullName, unitId, roles }: Record<string, unknown>) => ({ fullName, unitId, roles });

/**
 * The account's name, unit and roles. The rest of the personal record is the officer's own (profile page).
 * Pessimistic, so a stale version (409) or a refused role change shows the API's message instead of an undo.
 */
export const OfficerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={editable}>
    <SimpleForm disableInvalidFormNotification>
      <FormErrorSummary />
      <TextInput source="fullName" validate={validateOfficerName} fullWidth />
      <UnitTreeInput source="unitId" validate={required()} fullWidth />
      <RolesInput />
    </SimpleForm>
  </Edit>
);

export default OfficerEdit;
