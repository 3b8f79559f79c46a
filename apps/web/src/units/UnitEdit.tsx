import { Edit, SimpleForm } from 'react-admin';
import { UnitFormInputs } from './UnitFormInputs';

/** Pessimistic: a stale version (409) or a refused delete (unit still has sub-units or accounts) shows its message. */
export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <UnitFormInputs />
    </SimpleForm>
  </Edit>
);

export default UnitEdit;
