import { required, TextInput } from 'react-admin';
import { UnitTreeInput } from '../units/UnitTreeInput';
import { FullNameInput } from './FullNameInput';
import { validateOfficerEmail, validateOfficerPhone } from './officerRules';
import { RolesInput } from './RolesInput';

/** What an admin sets on an account, whether creating it or correcting it: name, unit, roles and contact. */
export const OfficerAccountInputs = () => (
  <>
    <FullNameInput />
    <UnitTreeInput source="unitId" validate={required()} fullWidth />
    <RolesInput />
    <TextInput source="email" type="email" validate={validateOfficerEmail} fullWidth />
    <TextInput source="phone" type="tel" validate={validateOfficerPhone} />
  </>
);
