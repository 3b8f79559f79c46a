import { Edit, SimpleForm } from 'react-admin';
import { UnitFormInputs } from './UnitFormInputs';
import { FormErrorSummary } from '../common/FormErrorSummary';

/** Pessimistic: a stale version (409) or a refused delete (unit still has sub-units or accounts) shows its message. */
export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm disableInvalidFormNotification>
      <FormErrorSummary />
      <UnitFormInputs />
    </SimpleForm>
  </Edit>
);

export default UnitEdit;
